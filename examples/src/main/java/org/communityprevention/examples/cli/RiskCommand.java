package org.communityprevention.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.communityprevention.core.area.AreaId;
import org.communityprevention.risk.designation.DayFacts;
import org.communityprevention.risk.designation.DesignationRules;
import org.communityprevention.risk.timeline.Advance;
import org.communityprevention.risk.timeline.DesignationFinding;
import org.communityprevention.risk.timeline.LevelTransition;
import org.communityprevention.risk.timeline.RiskTimeline;
import org.communityprevention.risk.timeline.RiskTimelines;
import org.communityprevention.risk.timeline.TimelineState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code risk timeline}: risk levels of areas over days, with their transitions (风险等级时间线, §1.4). */
@Command(name = "risk", description = "Risk levels and their transitions.", subcommands = RiskCommand.Timeline.class)
final class RiskCommand {
  /** Violation code: an area that is not the policy's designation unit. */
  static final String NOT_UNIT = "cli.cli.not_designation_unit";

  /**
   * {@code risk timeline}: the facts of areas day by day (JSON Lines of {@code DayFacts}) in, one
   * {@code RiskTimeline} per area out, folded day by day as a stream processor would. Exits 1 when a timeline has a
   * finding (an official designation that departs from the policy).
   */
  @Command(name = "timeline", description = "Fold day facts (JSON Lines of DayFacts) into each area's timeline.")
  static final class Timeline extends JsonCommand {
    @Option(names = "--from", description = "First day (default: the earliest day of the facts).")
    String from;
    @Option(names = "--until", description = "Day after the last (exclusive; default: the day after the latest).")
    String until;
    @Option(names = "--policy", description = "Baseline id, or a policy or provincial layer file; default: the "
        + "baseline in force on the first day.")
    String policy;
    @Option(names = "--rejected", description = "File for rejected lines (default: standard error).")
    String rejectedFile;
    @Option(names = "--format", defaultValue = "json", description = "json (default): one RiskTimeline per line; "
        + "text: one line per transition and finding, with its reason in the chosen language.")
    String format;
    @Parameters(paramLabel = "FILE", defaultValue = "-", description = "DayFacts, one per line (- for stdin).")
    String file;

    @Override
    int run(PrintWriter out, PrintWriter err) {
      if (!"json".equals(format) && !"text".equals(format)) {
        throw ValidationException.of("--format", "cli.cli.unknown_format", "formats", "json, text");
      }
      LineBatch<DayFacts> batch = LineBatch.read(file, DayFacts.class);
      batch.dropIdenticalResends(f -> f.area() + "@" + f.date());
      DateWindow window = window(batch.accepted());
      DesignationRules rules = DesignationRules.of(Cli.policy(policy, window.start()));
      Map<AreaId, List<Numbered>> byArea = new TreeMap<>();
      for (int i = 0; i < batch.accepted().size(); i++) {
        DayFacts f = batch.accepted().get(i);
        List<Violation> problems = check(rules, window, f);
        if (problems.isEmpty()) {
          byArea.computeIfAbsent(f.area(), a -> new ArrayList<>()).add(new Numbered(batch.line(i), f));
        } else {
          batch.reject(i, problems);
        }
      }
      long findings = 0;
      for (Map.Entry<AreaId, List<Numbered>> e : byArea.entrySet()) {
        List<Numbered> days = e.getValue();
        days.sort(Comparator.comparing((Numbered n) -> n.facts.date()).thenComparingLong(n -> n.line));
        RiskTimeline t = fold(rules, e.getKey(), window, days, batch);
        findings += t.findings().size();
        if ("text".equals(format)) {
          printText(out, t, locale());
        } else {
          out.println(Json.write(t));
        }
      }
      ObjectNode summary = Json.mapper().createObjectNode().put("read", batch.read())
          .put("folded", folded)
          .put("rejected", batch.rejected().size()).put("duplicates", batch.duplicates()).put("areas", byArea.size()).put("findings", findings);
      return finish(out, err, rejectedFile, batch.rejected(), summary, findings);
    }

    private long folded;

    private DateWindow window(List<DayFacts> facts) {
      LocalDate first = from != null ? Cli.date("--from", from)
          : facts.stream().map(DayFacts::date).min(Comparator.naturalOrder()).orElse(null);
      LocalDate end = until != null ? Cli.date("--until", until)
          : facts.stream().map(DayFacts::date).max(Comparator.naturalOrder()).map(d -> d.plusDays(1)).orElse(null);
      if (first == null || end == null) {
        throw ValidationException.of(first == null ? "--from" : "--until", "cli.cli.missing_option");
      }
      if (!end.isAfter(first)) {
        throw ValidationException.of("--until", "cli.cli.empty_window", "from", first, "until", end);
      }
      return DateWindow.of(first, end);
    }

    /** A day's facts belong to the window and name an area at the policy's designation unit. */
    private static List<Violation> check(DesignationRules rules, DateWindow window, DayFacts f) {
      List<Violation> problems = new ArrayList<>();
      if (!window.contains(f.date())) {
        problems.add(Violation.of("date", RiskTimelines.OUTSIDE_WINDOW, "date", f.date(), "window", window));
      }
      try {
        if (!rules.designationAreaOf(f.area(), "area").equals(f.area())) {
          problems.add(Violation.of("area", NOT_UNIT, "unit", rules.designationUnit(),
              "unitZh", rules.designationUnit().chinese()));
        }
      } catch (ValidationException e) {
        problems.addAll(e.violations());
      }
      return problems;
    }

    /** Folds an area's days in date order; a second line for a day already folded is rejected. */
    private RiskTimeline fold(DesignationRules rules, AreaId area, DateWindow window, List<Numbered> days,
        LineBatch<DayFacts> batch) {
      TimelineState state = TimelineState.initial(rules, area, window.start());
      List<LevelTransition> transitions = new ArrayList<>();
      List<DesignationFinding> findings = new ArrayList<>();
      Map<LocalDate, Long> foldedFrom = new HashMap<>();
      Map<LocalDate, Long> records = days.stream()
          .collect(java.util.stream.Collectors.groupingBy(n -> n.facts.date(), java.util.stream.Collectors.counting()));
      for (Numbered n : days) {
        Long first = foldedFrom.get(n.facts.date());
        if (first != null) {
          // Identical resends were set aside before; what is left under a folded day differs from it.
          batch.rejectLine(n.line, List.of(Violation.of("date", LineBatch.CONFLICTING, "occurrences", records.get(n.facts.date()),
              "others", 1, "lines", first)));
          continue;
        }
        try {
          Advance a = RiskTimelines.advance(rules, state, n.facts);
          state = a.state();
          transitions.addAll(a.transitions());
          findings.addAll(a.findings());
          folded++;
          foldedFrom.put(n.facts.date(), n.line);
        } catch (ValidationException e) {
          batch.rejectLine(n.line, e.violations());
        }
      }
      LocalDate last = window.endExclusive().minusDays(1);
      if (state.day().isBefore(last)) {
        Advance a = RiskTimelines.advanceTo(rules, state, last);
        state = a.state();
        transitions.addAll(a.transitions());
        findings.addAll(a.findings());
      }
      return new RiskTimeline.Builder().area(area).policy(rules.policyRef()).window(window)
          .initialLevel(RiskLevel.LOW).addAllTransitions(transitions).addAllFindings(findings).endState(state)
          .build();
    }

    /** The timeline as text: a line per transition and per finding, in date order, with the first reason. */
    private static void printText(PrintWriter out, RiskTimeline t, java.util.Locale locale) {
      out.println(t.area() + "\t" + t.window().start() + "\t" + t.initialLevel().in(locale) + "\t" + t.policy());
      List<Object[]> rows = new ArrayList<>();
      for (LevelTransition tr : t.transitions()) {
        rows.add(new Object[] {tr.effectiveDate(), tr.fromLevel().in(locale) + " → " + tr.toLevel().in(locale),
            tr.reasons().get(0)});
      }
      for (DesignationFinding f : t.findings()) {
        rows.add(new Object[] {f.date(), "zh".equals(locale.getLanguage()) ? "问题" : "finding", f.reason()});
      }
      rows.sort(Comparator.comparing((Object[] r) -> (LocalDate) r[0]));
      for (Object[] r : rows) {
        org.communityprevention.core.decision.Reason reason = (org.communityprevention.core.decision.Reason) r[2];
        out.println(t.area() + "\t" + r[0] + "\t" + r[1] + "\t" + reason.text(locale));
      }
    }

    /** A day's facts with its line number. */
    private record Numbered(long line, DayFacts facts) {}
  }
}
