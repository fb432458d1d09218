package org.communityprevention.boot.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.Rejected;
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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code POST …/risk/timeline}: the facts of areas day by day in (JSON Lines of {@code DayFacts}), one line per
 * area out, sorted by area — {@code {"result":RiskTimeline}} with every transition, its cause and reasons, and the
 * findings (an official designation that departs from the policy) — then the rejected lines and
 * {@code {"summary":{…}}}. The days of an area are folded in date order whatever the order of the lines, as a stream
 * processor folds them ({@link RiskTimelines#advance}); a day given twice for an area is rejected the second time.
 */
@RestController
@RequestMapping("${community-prevention.web.base-path:/community-prevention}")
@Tag(name = "risk", description = "Risk levels of areas and their transitions (风险等级, §1.4)")
class RiskEndpoint {
  /** Violation code: an area finer than the policy's designation unit. */
  static final String NOT_UNIT = "boot.web.not_designation_unit";

  private final EndpointSupport support;
  private final ObjectProvider<DesignationRules> configured;

  RiskEndpoint(EndpointSupport support, ObjectProvider<DesignationRules> configured) {
    this.support = support;
    this.configured = configured;
  }

  /** One area's timeline. */
  record TimelineLine(RiskTimeline result) {}

  @Operation(summary = "Fold day facts into each area's risk timeline",
      description = "JSON Lines of DayFacts in; one RiskTimeline per area out, then the rejected lines and a "
          + "summary. The window runs from `from` (default: the first day of the facts) until `until` (exclusive; "
          + "default: the day after the last).")
  @PostMapping(path = "/risk/timeline", consumes = {EndpointSupport.NDJSON, EndpointSupport.JSONL},
      produces = EndpointSupport.NDJSON)
  ResponseEntity<StreamingResponseBody> timeline(
      @Parameter(description = "First day, yyyy-MM-dd") @RequestParam Optional<String> from,
      @Parameter(description = "Day after the last, yyyy-MM-dd") @RequestParam Optional<String> until,
      @Parameter(description = "A national baseline id; default: the configured policy")
      @RequestParam Optional<String> policy,
      HttpServletRequest request) {
    Optional<LocalDate> first = EndpointSupport.optionalDate("from", from);
    Optional<LocalDate> end = EndpointSupport.optionalDate("until", until);
    Policy p = support.policy(policy);
    DesignationRules rules = p == support.configured() ? configured.getObject() : DesignationRules.of(p);
    Locale locale = support.locale(request);
    LineBatch<DayFacts> batch = LineBatch.read(EndpointSupport.body(request), DayFacts.class, "body");
    batch.dropIdenticalResends(f -> f.area() + "@" + f.date());
    DateWindow window = window(first, end, batch.values());
    Map<AreaId, List<LineBatch.Numbered<DayFacts>>> byArea = new TreeMap<>();
    for (LineBatch.Numbered<DayFacts> n : batch.accepted()) {
      List<Violation> problems = check(rules, window, n.value());
      if (problems.isEmpty()) {
        byArea.computeIfAbsent(n.value().area(), a -> new ArrayList<>()).add(n);
      } else {
        batch.reject(n.line(), problems);
      }
    }
    StreamingResponseBody body = out -> {
      long findings = 0;
      long folded = 0;
      for (Map.Entry<AreaId, List<LineBatch.Numbered<DayFacts>>> e : byArea.entrySet()) {
        List<LineBatch.Numbered<DayFacts>> days = e.getValue();
        days.sort(Comparator.comparing((LineBatch.Numbered<DayFacts> n) -> n.value().date())
            .thenComparingLong(LineBatch.Numbered::line));
        Fold fold = fold(rules, e.getKey(), window, days, batch);
        folded += fold.folded;
        findings += fold.timeline.findings().size();
        EndpointSupport.line(out, new TimelineLine(fold.timeline));
      }
      List<Rejected> rejected = batch.rejected();
      for (Rejected r : rejected) {
        EndpointSupport.line(out, ViolationsJson.rejected(r, locale));
      }
      EndpointSupport.summary(out, EndpointSupport.counts().put("read", batch.read()).put("folded", folded)
          .put("rejected", rejected.size()).put("duplicates", batch.duplicates()).put("areas", byArea.size())
          .put("findings", findings));
      long f = findings;
      support.count(m -> m.findings("designation", f));
    };
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(EndpointSupport.NDJSON)).body(body);
  }

  private static DateWindow window(Optional<LocalDate> from, Optional<LocalDate> until, List<DayFacts> facts) {
    LocalDate first = from.orElseGet(() ->
        facts.stream().map(DayFacts::date).min(Comparator.naturalOrder()).orElse(null));
    LocalDate end = until.orElseGet(() ->
        facts.stream().map(DayFacts::date).max(Comparator.naturalOrder()).map(d -> d.plusDays(1)).orElse(null));
    if (first == null || end == null) {
      throw ValidationException.of(first == null ? "from" : "until", "boot.web.missing_parameter");
    }
    if (!end.isAfter(first)) {
      throw ValidationException.of("until", "boot.web.empty_window", "from", first, "until", end);
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

  private record Fold(RiskTimeline timeline, long folded) {}

  /** Folds an area's days in date order; a second line for a day already folded is rejected. */
  private static Fold fold(DesignationRules rules, AreaId area, DateWindow window,
      List<LineBatch.Numbered<DayFacts>> days, LineBatch<DayFacts> batch) {
    TimelineState state = TimelineState.initial(rules, area, window.start());
    List<LevelTransition> transitions = new ArrayList<>();
    List<DesignationFinding> findings = new ArrayList<>();
    long folded = 0;
    for (LineBatch.Numbered<DayFacts> n : days) {
      try {
        Advance a = RiskTimelines.advance(rules, state, n.value());
        state = a.state();
        transitions.addAll(a.transitions());
        findings.addAll(a.findings());
        folded++;
      } catch (ValidationException e) {
        batch.reject(n.line(), e.violations());
      }
    }
    LocalDate last = window.endExclusive().minusDays(1);
    if (state.day().isBefore(last)) {
      Advance a = RiskTimelines.advanceTo(rules, state, last);
      state = a.state();
      transitions.addAll(a.transitions());
      findings.addAll(a.findings());
    }
    RiskTimeline timeline = new RiskTimeline.Builder().area(area).policy(rules.policyRef()).window(window)
        .initialLevel(RiskLevel.LOW).addAllTransitions(transitions).addAllFindings(findings).endState(state)
        .build();
    return new Fold(timeline, folded);
  }

  /** Any other media type: 415 with the types read (a handler of its own, so the answer is a problem detail). */
  @PostMapping(path = "/risk/timeline")
  void timelineOtherMediaType() {
    throw MediaTypeRefused.jsonLines();
  }
}
