package org.communityprevention.examples.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.communityprevention.core.area.AreaProfile;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.message.Term;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.validation.Violation;
import org.communityprevention.risk.response.EmergencyResponse;
import org.communityprevention.risk.response.ResponseOrder;
import org.communityprevention.risk.response.ResponseOrders;
import org.communityprevention.risk.response.ResponseStatus;
import org.communityprevention.risk.response.ResponseStep;
import org.communityprevention.risk.response.ResponseTransition;
import org.communityprevention.risk.timeline.LevelSeries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code orders}: villages' governing levels day by day in (one line per village: its profile and a
 * {@code LevelSeries}), with the response orders of the areas they lie in ({@code --orders}, §2.1); each village's
 * emergency response per day out, the level-driven response and the orders combined (the stricter wins), and for
 * each change which source decided it: the risk level, an order, or both.
 */
@Command(name = "orders", description = "Emergency responses per day with response orders (villages' levels as "
    + "JSON Lines).")
final class OrdersCommand extends JsonCommand {
  /** Violation code: a village's levels longer than the command folds. */
  static final String TOO_LONG = "cli.cli.series_too_long";
  /** The longest series folded, in days: a year. */
  static final int MAX_DAYS = 366;

  @Option(names = "--orders", description = "The response orders, one ResponseOrder per line (default: none). "
      + "One bad order is bad input for the whole run: a response folded without it would be too lax.")
  String ordersFile;
  @Option(names = "--policy", description = "Baseline id, or a policy or provincial layer file; default: the "
      + "baseline in force on the earliest first day of the levels.")
  String policy;
  @Option(names = "--rejected", description = "File for rejected lines (default: standard error).")
  String rejectedFile;
  @Option(names = "--format", defaultValue = "json", description = "json (default): one document per village "
      + "with every day and every change; text: a line per change with its source and reasons in the chosen "
      + "language.")
  String format;
  @Parameters(paramLabel = "FILE", defaultValue = "-", description = "Villages' levels, one per line: village, "
      + "profile, levels (- for stdin).")
  String file;

  /** One input line: a village or community, its §1.8 profile and its governing levels day by day. */
  record VillageLevels(@JsonProperty(required = true) DivisionCode village,
      @JsonProperty(required = true) AreaProfile profile, @JsonProperty(required = true) LevelSeries levels) {}

  /** Which source decided a change of the response (决定来源). */
  enum Source implements Term {
    /** The governing risk level alone (§1.4). */
    LEVEL("风险等级", "the risk level"),
    /** A response order stricter than the level (§2.1). */
    ORDER("部署要求", "a response order"),
    /** The level and an order require the same. */
    BOTH("风险等级与部署要求", "the risk level and a response order");

    private final String chinese;
    private final String english;

    Source(String chinese, String english) {
      this.chinese = chinese;
      this.english = english;
    }

    @Override
    public String chinese() {
      return chinese;
    }

    @Override
    public String english() {
      return english;
    }

    /** The source a change's reasons name; the level when no order was in force on the day or the day before. */
    static Source of(ResponseTransition t) {
      for (Reason r : t.reasons()) {
        if (EmergencyResponse.DECIDED_BY_ORDER.equals(r.code())) {
          return ORDER;
        }
        if (EmergencyResponse.DECIDED_BY_BOTH.equals(r.code())) {
          return BOTH;
        }
      }
      return LEVEL;
    }
  }

  @Override
  int run(PrintWriter out, PrintWriter err) {
    Cli.format(format);
    List<ResponseOrder> orders = ordersFile == null ? List.of()
        : Cli.sideFile("orders", ordersFile, ResponseOrder.class);
    LineBatch<VillageLevels> batch = LineBatch.read(file, VillageLevels.class);
    batch.dropDuplicates(VillageLevels::village, "village", LineBatch.CONFLICTING);
    List<Integer> folded = new ArrayList<>();
    for (int i = 0; i < batch.accepted().size(); i++) {
      List<Violation> problems = check(batch.accepted().get(i));
      if (problems.isEmpty()) {
        folded.add(i);
      } else {
        batch.reject(i, problems);
      }
    }
    LocalDate earliest = folded.stream().map(i -> batch.accepted().get(i).levels().start())
        .min(Comparator.naturalOrder()).orElse(null);
    if (earliest == null) {
      // Nothing to fold: the summary and the rejected lines still tell the caller what happened.
      return finish(out, err, rejectedFile, batch.rejected(), summary(batch, 0, 0, 0), 0);
    }
    Policy p = Cli.policy(policy, earliest);
    long changes = 0;
    long byOrder = 0;
    for (int i : folded) {
      VillageLevels v = batch.accepted().get(i);
      List<ResponseOrder> applying = ResponseOrders.applyingTo(orders, v.village());
      ResponseStatus status = EmergencyResponse.start(p, v.village(), v.profile(), v.levels().start().minusDays(1));
      List<ResponseStatus> days = new ArrayList<>(v.levels().length());
      List<ResponseTransition> transitions = new ArrayList<>();
      for (int d = 0; d < v.levels().length(); d++) {
        ResponseStep step = EmergencyResponse.next(p, v.profile(), status, v.levels().levelAt(d), false, applying);
        status = step.status();
        days.add(status);
        step.transition().ifPresent(transitions::add);
      }
      changes += transitions.size();
      byOrder += transitions.stream().filter(t -> Source.of(t) != Source.LEVEL).count();
      if ("text".equals(format)) {
        printText(out, v, transitions, locale());
      } else {
        out.println(json(p, v, applying, days, transitions));
      }
    }
    return finish(out, err, rejectedFile, batch.rejected(), summary(batch, folded.size(), changes, byOrder), 0);
  }

  private static ObjectNode summary(LineBatch<VillageLevels> batch, long villages, long changes, long byOrder) {
    return Json.mapper().createObjectNode().put("read", batch.read()).put("accepted", villages)
        .put("rejected", batch.rejected().size()).put("duplicates", batch.duplicates()).put("changes", changes)
        .put("decidedByOrder", byOrder);
  }

  /** A village's levels name a village or community and are at most {@link #MAX_DAYS} long. */
  private static List<Violation> check(VillageLevels v) {
    List<Violation> problems = new ArrayList<>();
    v.village().villageViolation("village").ifPresent(problems::add);
    if (v.levels().length() > MAX_DAYS) {
      problems.add(Violation.of("levels", TOO_LONG, "max", MAX_DAYS));
    }
    if (v.levels().length() == 0) {
      problems.add(Violation.of("levels", "cli.cli.empty_series"));
    }
    return problems;
  }

  /**
   * The village's document: the orders that apply to it, every day's response (state, governing level, response
   * level, measures, orders in force) and every change with its source.
   */
  private static ObjectNode json(Policy p, VillageLevels v, List<ResponseOrder> applying, List<ResponseStatus> days,
      List<ResponseTransition> transitions) {
    ObjectNode doc = Json.mapper().createObjectNode();
    doc.put("village", v.village().value());
    doc.set("policy", Json.mapper().valueToTree(p.ref()));
    doc.set("window", Json.mapper().valueToTree(v.levels().window()));
    ArrayNode docs = doc.putArray("orders");
    applying.forEach(o -> docs.add(o.document()));
    ArrayNode perDay = doc.putArray("days");
    for (ResponseStatus s : days) {
      ObjectNode day = perDay.addObject();
      day.put("date", s.day().toString()).put("state", s.state().name()).put("level", s.level().name())
          .put("responseLevel", s.responseLevel().name());
      ArrayNode measures = day.putArray("measures");
      s.measures().forEach(m -> measures.add(m.name()));
      ArrayNode inForce = day.putArray("orders");
      s.orders().forEach(o -> inForce.add(o.document()));
    }
    ArrayNode changes = doc.putArray("changes");
    for (ResponseTransition t : transitions) {
      ObjectNode change = (ObjectNode) Json.mapper().valueToTree(t);
      change.remove("village");
      change.put("decidedBy", Source.of(t).name());
      changes.add(change);
    }
    return doc;
  }

  /** A line per change: village, date, state change, response level, source, then every reason in the language. */
  private static void printText(PrintWriter out, VillageLevels v, List<ResponseTransition> transitions,
      Locale locale) {
    boolean zh = "zh".equals(locale.getLanguage());
    for (ResponseTransition t : transitions) {
      out.println(v.village().value() + "\t" + t.date() + "\t" + t.fromState().in(locale) + " → "
          + t.toState().in(locale) + "\t" + (zh ? "决定来源：" : "decided by ") + Source.of(t).in(locale) + "\t"
          + String.join(zh ? "；" : "; ", t.explain(locale)));
    }
  }
}
