package org.communityprevention.risk.designation;

import org.communityprevention.core.area.AreaId;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.immutables.value.Value;

/**
 * The facts of one area on one Beijing day, merged from that day's case reports and official designations: what a
 * timeline folds in one step. Merging is order-free (any permutation of the same events gives the same facts) and
 * idempotent (a report sent twice counts once). Conflicts are kept as {@link #notes()}, never thrown: two different
 * reports under one id keep the one with more infections; two different official levels keep the more severe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDayFacts.class)
@JsonDeserialize(as = ImmutableDayFacts.class)
public abstract class DayFacts {
  /** Violation code: an event dated another day than the facts. */
  public static final String OTHER_DAY = "risk.designation.event_other_day";
  /** Violation code: a report from outside the area, or a designation of another area. */
  public static final String OTHER_AREA = "risk.designation.event_other_area";
  /** Note code: two different reports under one id; the one with more infections is kept. */
  public static final String DUPLICATE_REPORT = "risk.designation.duplicate_report";
  /** Note code: different official levels for the area on one day; the most severe is kept. */
  public static final String CONFLICTING_DESIGNATIONS = "risk.designation.conflicting_designations";

  private static final Comparator<CaseReport> LARGER_REPORT = Comparator
      .comparingLong((CaseReport r) -> (long) r.localConfirmed() + r.localAsymptomatic())
      .thenComparingInt(CaseReport::localConfirmed)
      .thenComparing(r -> r.clusterId().orElse(""));

  /** The designation area. */
  public abstract AreaId area();

  /** The Beijing day. */
  public abstract LocalDate date();

  /** All new local infections of the day in the area. */
  public abstract CaseCount cases();

  /** The infections linked to each cluster, by cluster id. */
  @Value.NaturalOrder
  public abstract SortedMap<String, CaseCount> clusters();

  /** The official level that takes effect this day, if any. */
  public abstract Optional<RiskLevel> official();

  /** The document of that official level, if given. */
  public abstract Optional<String> officialDocument();

  /**
   * Whether a round of NAT screening of everyone in the area was completed this day with every result negative
   * ({@link ScreeningRound#qualifies()}): the fact a 9th-edition step down needs on the last clean day or later.
   */
  @Value.Default
  public boolean screeningRound() {
    return false;
  }

  /** What the merge noticed: duplicate reports that differ, conflicting designations. */
  public abstract List<Reason> notes();

  /** Violation code: a cluster holds more infections than the day. */
  public static final String CLUSTER_EXCEEDS_DAY = "risk.designation.cluster_exceeds_day";

  @Value.Check
  void check() {
    long confirmed = 0;
    long asymptomatic = 0;
    for (Map.Entry<String, CaseCount> e : clusters().entrySet()) {
      if (!CaseReport.validId(e.getKey())) {
        throw ValidationException.of("clusters", CaseReport.CLUSTER_ID_INVALID, "max", CaseReport.MAX_ID_LENGTH);
      }
      confirmed += e.getValue().confirmed();
      asymptomatic += e.getValue().asymptomatic();
    }
    if (confirmed > cases().confirmed() || asymptomatic > cases().asymptomatic()) {
      throw ValidationException.of("clusters", CLUSTER_EXCEEDS_DAY);
    }
    if (officialDocument().isPresent() && official().isEmpty()) {
      throw ValidationException.of("officialDocument", OfficialDesignation.DOCUMENT_INVALID,
          "max", OfficialDesignation.MAX_DOCUMENT_LENGTH);
    }
  }

  /** Whether the day holds no infection and no designation. */
  @JsonIgnore
  public boolean isEmpty() {
    return cases().isZero() && official().isEmpty() && !screeningRound();
  }

  /** These facts with {@link #screeningRound()} set as given. */
  public DayFacts withScreeningRound(boolean screeningRound) {
    return ImmutableDayFacts.copyOf(this).withScreeningRound(screeningRound);
  }

  /** A day without facts. */
  public static DayFacts empty(AreaId area, LocalDate date) {
    return ImmutableDayFacts.builder().area(area).date(date).cases(CaseCount.of(0, 0)).build();
  }

  /**
   * Merges one day's events for an area.
   *
   * @param area the designation area; every report must lie in it and every designation name it exactly
   * @param date the day; every event must be dated this day
   * @throws ValidationException listing each event that does not belong, as {@code reports[i]} or
   *     {@code designations[i]}
   */
  public static DayFacts merge(AreaId area, LocalDate date, List<CaseReport> reports,
      List<OfficialDesignation> designations) {
    return merge(area, date, reports, designations, List.of());
  }

  /**
   * Merges one day's events for an area, screening rounds included: the day has {@link #screeningRound()} if any
   * round of it qualifies with full coverage ({@link ScreeningRound#qualifies()}).
   *
   * @throws ValidationException as {@link #merge(AreaId, LocalDate, List, List)}, and for each round of another
   *     day or area, as {@code screenings[i]}
   */
  public static DayFacts merge(AreaId area, LocalDate date, List<CaseReport> reports,
      List<OfficialDesignation> designations, List<ScreeningRound> screenings) {
    return merge(area, date, reports, designations, screenings, 1.0);
  }

  /**
   * As {@link #merge(AreaId, LocalDate, List, List, List)}, a round qualifying when its counts reach
   * {@code coverage} ({@link DesignationRules#screeningCoverage()}).
   */
  public static DayFacts merge(AreaId area, LocalDate date, List<CaseReport> reports,
      List<OfficialDesignation> designations, List<ScreeningRound> screenings, double coverage) {
    List<Violation> problems = new ArrayList<>();
    boolean screened = false;
    for (int i = 0; i < screenings.size(); i++) {
      ScreeningRound s = screenings.get(i);
      if (!s.date().equals(date)) {
        problems.add(Violation.of("screenings[" + i + "].date", OTHER_DAY, "date", date));
      }
      if (!s.area().equals(area)) {
        problems.add(Violation.of("screenings[" + i + "].area", OTHER_AREA, "area", area));
      }
      screened |= s.qualifies(coverage);
    }
    for (int i = 0; i < reports.size(); i++) {
      CaseReport r = reports.get(i);
      if (!r.date().equals(date)) {
        problems.add(Violation.of("reports[" + i + "].date", OTHER_DAY, "date", date));
      }
      if (!area.contains(r.area())) {
        problems.add(Violation.of("reports[" + i + "].area", OTHER_AREA, "area", area));
      }
    }
    for (int i = 0; i < designations.size(); i++) {
      OfficialDesignation d = designations.get(i);
      if (!d.effectiveDate().equals(date)) {
        problems.add(Violation.of("designations[" + i + "].effectiveDate", OTHER_DAY, "date", date));
      }
      if (!d.area().equals(area)) {
        problems.add(Violation.of("designations[" + i + "].area", OTHER_AREA, "area", area));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    ImmutableDayFacts.Builder out = ImmutableDayFacts.builder().area(area).date(date).screeningRound(screened);
    List<Reason> notes = new ArrayList<>();
    CaseCount total = CaseCount.of(0, 0);
    Map<String, CaseCount> clusters = new TreeMap<>();
    for (CaseReport r : distinct(reports, notes)) {
      total = total.plus(r.cases());
      if (r.clusterId().isPresent()) {
        clusters.merge(r.clusterId().get(), r.cases(), CaseCount::plus);
      }
    }
    out.cases(total).putAllClusters(clusters);
    if (!designations.isEmpty()) {
      TreeSet<RiskLevel> levels = new TreeSet<>();
      designations.forEach(d -> levels.add(d.level()));
      RiskLevel chosen = levels.last();
      out.official(chosen);
      designations.stream().filter(d -> d.level() == chosen).map(OfficialDesignation::document)
          .flatMap(Optional::stream).sorted().findFirst().ifPresent(out::officialDocument);
      if (levels.size() > 1) {
        notes.add(Reason.of(CONFLICTING_DESIGNATIONS, Clause.S1_4).fact("area", area).fact("date", date)
            .fact("levels", levels).fact("kept", chosen).build());
      }
    }
    return out.addAllNotes(notes).build();
  }

  /** Each (area, id) once; for an id with different versions, the larger, and a note. */
  private static List<CaseReport> distinct(List<CaseReport> reports, List<Reason> notes) {
    if (reports.size() < 2) {
      return reports;
    }
    Map<List<Object>, List<CaseReport>> byId = new HashMap<>();
    for (CaseReport r : reports) {
      byId.computeIfAbsent(List.of(r.area(), r.id()), k -> new ArrayList<>(1)).add(r);
    }
    if (byId.size() == reports.size()) {
      return reports;
    }
    ImmutableList.Builder<CaseReport> kept = ImmutableList.builder();
    List<Reason> found = new ArrayList<>();
    for (List<CaseReport> same : byId.values()) {
      CaseReport winner = same.stream().max(LARGER_REPORT).orElseThrow();
      kept.add(winner);
      if (same.stream().anyMatch(r -> !r.equals(winner))) {
        found.add(Reason.of(DUPLICATE_REPORT).fact("area", winner.area()).fact("id", winner.id())
            .fact("date", winner.date()).fact("versions", same.stream().distinct().count())
            .fact("kept", winner.localConfirmed() + "+" + winner.localAsymptomatic()).build());
      }
    }
    found.sort(Comparator.comparing((Reason n) -> n.facts().get("area")).thenComparing(n -> n.facts().get("id")));
    notes.addAll(found);
    return kept.build();
  }
}
