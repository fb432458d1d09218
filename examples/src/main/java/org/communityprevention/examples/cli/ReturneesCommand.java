package org.communityprevention.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.returnee.Returnee;
import org.communityprevention.core.returnee.ReturneeFinding;
import org.communityprevention.core.returnee.ReturneeStatus;
import org.communityprevention.core.returnee.ReturneeTally;
import org.communityprevention.core.returnee.Returnees;
import org.communityprevention.core.time.DateWindow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code returnees}: holiday returnees' records in (JSON Lines of {@code Returnee}), each returnee's status on a day
 * and every village's figures per day out (返乡人员, §2.3). Exits 1 when a returnee has a finding on the day: not
 * registered by the return day, no valid negative pre-return test, a health code that is not green.
 */
@Command(name = "returnees", description = "Holiday returnees (JSON Lines of Returnee): status on a day and the "
    + "village figures per day.")
final class ReturneesCommand extends JsonCommand {
  /** The longest window of daily figures, in days: a year. */
  static final int MAX_DAYS = 366;

  @Option(names = "--date", description = "Beijing date of the statuses (YYYY-MM-DD).")
  String date;
  @Option(names = "--from", description = "First day of the village figures (default: --date).")
  String from;
  @Option(names = "--until", description = "Day after the last day of the village figures (exclusive; default: "
      + "the day after --date).")
  String until;
  @Option(names = "--policy", description = "Baseline id, or a policy or provincial layer file; default: the "
      + "baseline in force on the date.")
  String policy;
  @Option(names = "--rejected", description = "File for rejected lines (default: standard error).")
  String rejectedFile;
  @Option(names = "--format", defaultValue = "json", description = "json (default): one document with the "
      + "statuses and the figures; text: a line per returnee and per village and day, reasons in the chosen language.")
  String format;
  @Parameters(paramLabel = "FILE", defaultValue = "-", description = "Returnee records, one per line (- for stdin).")
  String file;

  @Override
  int run(PrintWriter out, PrintWriter err) {
    Cli.format(format);
    LocalDate day = Cli.date("--date", date);
    DateWindow window = Cli.window(from == null ? day : Cli.date("--from", from),
        until == null ? (from == null ? day.plusDays(1) : null) : Cli.date("--until", until), MAX_DAYS);
    Policy p = Cli.policy(policy, day);
    Returnees rule = Returnees.under(p);
    LineBatch<Returnee> batch = LineBatch.read(file, Returnee.class);
    batch.dropDuplicates(Returnee::personId, "personId", LineBatch.CONFLICTING);
    List<Returnee> returnees = batch.accepted();

    List<ReturneeStatus> statuses = new ArrayList<>(returnees.size());
    long withFindings = 0;
    long monitored = 0;
    for (Returnee r : returnees) {
      ReturneeStatus s = rule.status(r, day);
      statuses.add(s);
      withFindings += s.findings().isEmpty() ? 0 : 1;
      monitored += s.monitoredOnDay() ? 1 : 0;
    }
    TreeSet<DivisionCode> villages = new TreeSet<>();
    returnees.forEach(r -> villages.add(r.village()));
    List<ReturneeTally> tallies = new ArrayList<>();
    for (DivisionCode village : villages) {
      for (LocalDate d = window.start(); d.isBefore(window.endExclusive()); d = d.plusDays(1)) {
        tallies.add(rule.tally(village, d, returnees));
      }
    }

    if ("text".equals(format)) {
      printText(out, statuses, tallies, locale());
    } else {
      ObjectNode doc = Json.mapper().createObjectNode();
      doc.put("date", day.toString());
      doc.set("policy", Json.mapper().valueToTree(p.ref()));
      doc.set("window", Json.mapper().valueToTree(window));
      doc.set("statuses", Json.mapper().valueToTree(statuses));
      doc.set("tallies", Json.mapper().valueToTree(tallies));
      out.println(doc);
    }
    ObjectNode summary = Json.mapper().createObjectNode().put("read", batch.read())
        .put("accepted", returnees.size()).put("rejected", batch.rejected().size())
        .put("duplicates", batch.duplicates()).put("villages", villages.size()).put("monitored", monitored)
        .put("findings", withFindings);
    return finish(out, err, rejectedFile, batch.rejected(), summary, withFindings);
  }

  /**
   * A line per returnee (id, day, category or "not covered", monitoring window, then each reason and finding in the
   * language), then a line per village and day with its four figures.
   */
  private static void printText(PrintWriter out, List<ReturneeStatus> statuses, List<ReturneeTally> tallies,
      Locale locale) {
    boolean zh = "zh".equals(locale.getLanguage());
    for (ReturneeStatus s : statuses) {
      List<String> texts = new ArrayList<>();
      s.reasons().forEach(r -> texts.add(r.text(locale)));
      for (ReturneeFinding f : s.findings()) {
        texts.add(f.kind().in(locale) + (zh ? "：" : ": ") + f.reason().text(locale));
      }
      String category = s.category().map(c -> c.in(locale)).orElse(zh ? "不属于返乡人员管理" : "not covered");
      String window = s.monitoring().map(w -> w.start() + " – " + w.lastDay().map(Object::toString).orElse("—"))
          .orElse("—");
      out.println(s.personId() + "\t" + s.day() + "\t" + category + "\t" + window + "\t"
          + String.join(zh ? "；" : "; ", texts));
    }
    for (ReturneeTally t : tallies) {
      out.println(t.village().value() + "\t" + t.day() + "\t"
          + (zh ? "当日登记 " : "registered ") + t.registeredToday() + "\t"
          + (zh ? "在管 " : "under monitoring ") + t.underMonitoring() + "\t"
          + (zh ? "未按时登记 " : "missing registration ") + t.missingRegistration() + "\t"
          + (zh ? "无有效核酸证明 " : "missing test proof ") + t.missingTestProof());
    }
  }
}
