package org.communityprevention.modulepath;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.population.Classification;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.population.PopulationClassifier;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.BatchResult;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.reporting.json.ReportLines;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.core.area.AreaId;
import org.communityprevention.risk.designation.CaseReport;
import org.communityprevention.risk.designation.DesignationRules;
import org.communityprevention.risk.timeline.LevelTransition;
import org.communityprevention.risk.timeline.RiskTimelines;
import org.communityprevention.services.json.ServicesJson;

/**
 * Uses the library as a modular application does: classifies a resident read from JSON, explains the decision and a
 * risk-level change in Chinese and English, and reads report and resident lines. Exits 1, naming the failed check,
 * if anything is missing on the module path (a class, a bundle, a text).
 */
public final class ModulePathApp {
  private ModulePathApp() {}

  /** Entry point. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<String> failures = new ArrayList<>();
    check(failures, "running in a named module", ModulePathApp.class.getModule().isNamed()
        && Json.class.getModule().isNamed());

    Policy policy = NationalBaselines.byId("ed7-2020");
    LocalDate day = LocalDate.of(2021, 2, 4);
    PersonFacts contact = Json.read("{\"personId\":\"R-0042\",\"birthDate\":\"1958-05-03\","
        + "\"contactExposures\":[{\"tier\":\"CLOSE\",\"lastExposureOn\":\"2021-02-01\"}]}", PersonFacts.class);
    Classification c = PopulationClassifier.of(policy).classify(contact, day);
    check(failures, "classified as a close contact", c.effectiveCategories().contains(org.communityprevention.core.population.Category.CLOSE_CONTACT));
    explained(failures, "classification", c.toDecision().explain(Messages.ZH), c.toDecision().explain(Messages.EN));

    DivisionCode village = DivisionCode.parse("440983102201");
    List<LevelTransition> changes = RiskTimelines.timelines(DesignationRules.of(policy),
        DateWindow.of(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 3, 1)),
        List.of(CaseReport.of("r-1", AreaId.of(village), LocalDate.of(2021, 2, 3), 1, 0)), List.of())
        .timelines().get(0).transitions();
    check(failures, "a risk-level change", !changes.isEmpty());
    if (!changes.isEmpty()) {
      explained(failures, "risk change", changes.get(0).explain(Messages.ZH), changes.get(0).explain(Messages.EN));
    }

    try {
      Json.read("{\"personId\":\"R-1\",\"birthDate\":\"2021-02-02T17:30:00Z\"}", PersonFacts.class);
      check(failures, "a timestamp for a date refused", false);
    } catch (ValidationException e) {
      String zh = e.violations().get(0).message(Messages.ZH);
      check(failures, "violation text in Chinese: " + zh, hasChinese(zh) && !zh.startsWith("core."));
      check(failures, "violation field", e.violations().get(0).field().equals("birthDate"));
    }

    BatchResult<DailyReport> reports = ReportLines.read("not json\n");
    check(failures, "a report line rejected with a text", reports.rejected().size() == 1
        && !reports.rejected().get(0).violations().get(0).message(Messages.EN).startsWith("core."));
    check(failures, "services reads lines", ServicesJson.readLines("{\"personId\":\"R-1\"}\n", PersonFacts.class)
        .accepted().size() == 1);

    for (String f : failures) {
      out.println("FAILED: " + f);
    }
    out.println(failures.isEmpty() ? "module path: all checks passed" : "module path: " + failures.size() + " failed");
    System.exit(failures.isEmpty() ? 0 : 1);
  }

  private static void explained(List<String> failures, String what, List<String> zh, List<String> en) {
    check(failures, what + " has reasons", !zh.isEmpty() && zh.size() == en.size());
    for (String text : zh) {
      check(failures, what + " in Chinese: " + text, hasChinese(text) && !isCode(text));
    }
    for (String text : en) {
      check(failures, what + " in English: " + text, !hasChinese(text) && !isCode(text));
    }
  }

  /** A text that is only its code (and parameters): the bundle was not found. */
  private static boolean isCode(String text) {
    return text.matches("^[a-z]+\\.[a-z_]+\\.[a-z_.]+( .*)?$");
  }

  private static boolean hasChinese(String text) {
    return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
  }

  private static void check(List<String> failures, String what, boolean ok) {
    if (!ok) {
      failures.add(what);
    }
  }
}
