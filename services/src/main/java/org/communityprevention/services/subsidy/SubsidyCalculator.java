package org.communityprevention.services.subsidy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.BatchResult;
import org.communityprevention.core.validation.Rejected;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;

/**
 * Works out community workers' subsidies (§6.6) under one policy and one set of risk timelines. Immutable and
 * thread-safe.
 *
 * <p>Each day of the claim period a worker served counts once, at the highest level of the areas they served that
 * day. Days in medium- and high-risk areas are entitled days (§6.6, {@link #entitledDays}); each earns its level's
 * {@code services.workerSubsidyYuanPerDay}. No national amount exists: the standard is set by each province
 * (补助标准由省级人民政府…制定, 国发明电〔2020〕8号), so the national baselines carry none, and {@link #entitlement}
 * refuses to put a money figure on an entitled day whose level has no provincial amount, naming the field
 * ({@code services.workerSubsidyYuanPerDay.MEDIUM}). Served days outside the claim period are left out and said so.
 * A record that names an area without a timeline, or a day before an area's timeline starts, is refused with the
 * field and day: a subsidy is never paid, or withheld, on a guessed level.
 */
public final class SubsidyCalculator {
  /** Violation code: an entitled day at a level the policy sets no amount for. */
  public static final String NO_PROVINCIAL_AMOUNT = "services.subsidy.no_provincial_amount";

  private final Policy policy;
  private final Map<RiskLevel, Integer> rates;
  private final Map<String, RiskTimeline> timelines;

  private SubsidyCalculator(Policy policy, Collection<RiskTimeline> timelines) {
    this.policy = policy;
    this.rates = new EnumMap<>(RiskLevel.class);
    policy.services().workerSubsidyYuanPerDay().forEach((level, yuan) -> {
      if (yuan < 0) {
        throw ValidationException.of("services.workerSubsidyYuanPerDay." + level, "services.subsidy.negative_rate",
            "level", level);
      }
      rates.put(level, yuan);
    });
    this.timelines = new HashMap<>();
    for (RiskTimeline t : timelines) {
      if (this.timelines.put(t.areaId(), t) != null) {
        throw ValidationException.of("timelines", "services.subsidy.duplicate_timeline", "areaId", t.areaId());
      }
    }
  }

  /**
   * A calculator under a policy with the areas' risk timelines.
   *
   * @throws ValidationException if two timelines are for the same area or the policy has a negative rate
   */
  public static SubsidyCalculator under(Policy policy, Collection<RiskTimeline> timelines) {
    return new SubsidyCalculator(policy, timelines);
  }

  /**
   * The yuan a day at a level earns: the policy's amount; 0 at a level below medium risk, which §6.6 does not
   * entitle; empty at an entitled level the policy sets no amount for (as in every national baseline).
   */
  public OptionalInt yuanPerDay(RiskLevel level) {
    Integer yuan = rates.get(level);
    if (yuan != null) {
      return OptionalInt.of(yuan);
    }
    return entitled(level) ? OptionalInt.empty() : OptionalInt.of(0);
  }

  /** Whether §6.6 entitles a day at a level: medium- and high-risk areas (中高风险地区). */
  public static boolean entitled(RiskLevel level) {
    return level.atLeast(RiskLevel.MEDIUM);
  }

  /**
   * The entitled days of a worker in a claim period, by level: each day served in a medium- or high-risk area,
   * counted once at the highest level served that day. Needs no amount, so it answers under a national baseline.
   *
   * @throws ValidationException if a period names an area without a timeline or a day before its timeline starts
   */
  public Map<RiskLevel, Integer> entitledDays(WorkerDuty duty, DateWindow claimPeriod) {
    Map<RiskLevel, Integer> out = new EnumMap<>(RiskLevel.class);
    for (Map.Entry<LocalDate, RiskLevel> e : levels(duty, claimPeriod).entrySet()) {
      if (entitled(e.getValue())) {
        out.merge(e.getValue(), 1, Integer::sum);
      }
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /** The highest level served on each day of the claim period. */
  private TreeMap<LocalDate, RiskLevel> levels(WorkerDuty duty, DateWindow claimPeriod) {
    TreeMap<LocalDate, RiskLevel> out = new TreeMap<>();
    for (SubsidyDay d : served(duty, claimPeriod).values()) {
      out.put(d.date(), d.level());
    }
    return out;
  }

  /**
   * A worker's entitlement in yuan for a claim period.
   *
   * @throws ValidationException if a period names an area without a timeline or a day before its timeline starts,
   *     or if an entitled day's level has no amount in the policy ({@link #NO_PROVINCIAL_AMOUNT}, naming
   *     {@code services.workerSubsidyYuanPerDay.<LEVEL>}); {@link #entitledDays} still counts the days
   */
  public SubsidyEntitlement entitlement(WorkerDuty duty, DateWindow claimPeriod) {
    TreeMap<LocalDate, SubsidyDay> byDay = served(duty, claimPeriod);
    List<Violation> missing = new ArrayList<>();
    java.util.Set<RiskLevel> seen = java.util.EnumSet.noneOf(RiskLevel.class);
    for (SubsidyDay d : byDay.values()) {
      if (yuanPerDay(d.level()).isEmpty() && seen.add(d.level())) {
        missing.add(Violation.of("services.workerSubsidyYuanPerDay." + d.level(), NO_PROVINCIAL_AMOUNT,
            "level", d.level(), "levelEn", d.level().english(), "levelZh", d.level().chinese(), "policy", policy.ref(), "firstDay", d.date()));
      }
    }
    if (!missing.isEmpty()) {
      throw new ValidationException(missing);
    }
    return money(duty, claimPeriod, byDay);
  }

  /** Every day served in the claim period, once, at its highest level, with no money yet. */
  private TreeMap<LocalDate, SubsidyDay> served(WorkerDuty duty, DateWindow claimPeriod) {
    List<Violation> problems = new ArrayList<>();
    TreeMap<LocalDate, SubsidyDay> byDay = new TreeMap<>();
    for (int j = 0; j < duty.periods().size(); j++) {
      DutyPeriod period = duty.periods().get(j);
      RiskTimeline timeline = timelines.get(period.areaId());
      if (timeline == null) {
        problems.add(Violation.of("periods[" + j + "].areaId", "services.subsidy.unknown_area"));
        continue;
      }
      // Only the days inside the claim period are looked at, so a long duty record costs no more than the claim.
      LocalDate from = max(period.days().start(), claimPeriod.start());
      LocalDate to = min(period.days().endExclusive(), claimPeriod.endExclusive());
      for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
        Optional<RiskLevel> level = timeline.levelOn(d);
        if (level.isEmpty()) {
          problems.add(Violation.of("periods[" + j + "]", "services.subsidy.level_unknown", "date", d));
          break;
        }
        SubsidyDay candidate = SubsidyDay.of(d, period.areaId(), level.get(), 0);
        byDay.merge(d, candidate, SubsidyCalculator::higher);
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return byDay;
  }

  private SubsidyEntitlement money(WorkerDuty duty, DateWindow claimPeriod, TreeMap<LocalDate, SubsidyDay> served) {
    TreeMap<LocalDate, SubsidyDay> byDay = new TreeMap<>();
    for (SubsidyDay d : served.values()) {
      byDay.put(d.date(), SubsidyDay.of(d.date(), d.areaId(), d.level(), yuanPerDay(d.level()).orElseThrow()));
    }
    Map<RiskLevel, Integer> daysByLevel = new EnumMap<>(RiskLevel.class);
    long total = 0;
    for (SubsidyDay d : byDay.values()) {
      daysByLevel.merge(d.level(), 1, Integer::sum);
      total += d.yuan();
    }
    SubsidyEntitlement.Builder out = new SubsidyEntitlement.Builder().workerId(duty.workerId())
        .claimPeriod(claimPeriod).days(byDay.values()).daysByLevel(daysByLevel).totalYuan(total)
        .policy(policy.ref());
    long paid = byDay.values().stream().filter(d -> d.yuan() > 0).count();
    out.addReasons(Reason.of(paid > 0 ? "services.subsidy.entitled" : "services.subsidy.not_entitled", Clause.S6_6)
        .fact("servedDays", byDay.size()).fact("paidDays", paid)
        .fact("mediumDays", daysByLevel.getOrDefault(RiskLevel.MEDIUM, 0))
        .fact("highDays", daysByLevel.getOrDefault(RiskLevel.HIGH, 0)).fact("totalYuan", total)
        .policy("services.workerSubsidyYuanPerDay", new TreeMap<>(rates)).build());
    long outside = servedDays(duty) - byDay.size();
    if (outside > 0) {
      out.addReasons(Reason.of("services.subsidy.outside_claim_period", Clause.S6_6)
          .fact("days", outside).fact("claimPeriod", claimPeriod).build());
    }
    return out.build();
  }

  /**
   * Every worker's entitlement; a refused record is reported with its position and the rest are kept. A missing
   * record is refused, and so is every record of a worker id that appears more than once (paying one of them would
   * depend on the input order, paying both would pay twice).
   */
  public BatchResult<SubsidyEntitlement> entitlements(List<WorkerDuty> duties, DateWindow claimPeriod) {
    Map<String, Integer> counts = new HashMap<>();
    for (WorkerDuty d : duties) {
      if (d != null) {
        counts.merge(d.workerId(), 1, Integer::sum);
      }
    }
    List<SubsidyEntitlement> accepted = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    for (int i = 0; i < duties.size(); i++) {
      WorkerDuty d = duties.get(i);
      String at = "[" + i + "]";
      if (d == null) {
        rejected.add(Rejected.of(i, List.of(Violation.of(at, "services.subsidy.missing_record"))));
      } else if (counts.get(d.workerId()) > 1) {
        rejected.add(Rejected.of(i, List.of(Violation.of(at + ".workerId", "services.subsidy.duplicate_worker",
            "count", counts.get(d.workerId())))));
      } else {
        try {
          accepted.add(entitlement(d, claimPeriod));
        } catch (ValidationException e) {
          rejected.add(Rejected.of(i, e.under(at).violations()));
        }
      }
    }
    return BatchResult.of(duties.size(), accepted, rejected);
  }

  /** How many distinct days the duty record covers: the length of the union of its periods. */
  private static long servedDays(WorkerDuty duty) {
    long[][] spans = new long[duty.periods().size()][];
    for (int i = 0; i < spans.length; i++) {
      DateWindow w = duty.periods().get(i).days();
      spans[i] = new long[] {w.start().toEpochDay(), w.endExclusive().toEpochDay()};
    }
    java.util.Arrays.sort(spans, (a, b) -> Long.compare(a[0], b[0]));
    long total = 0;
    long end = Long.MIN_VALUE;
    for (long[] span : spans) {
      long start = Math.max(span[0], end);
      if (span[1] > start) {
        total += span[1] - start;
      }
      end = Math.max(end, span[1]);
    }
    return total;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  /** The day at the higher level; among equal levels, the smaller area id, so the order of periods never matters. */
  private static SubsidyDay higher(SubsidyDay a, SubsidyDay b) {
    int c = a.level().compareTo(b.level());
    if (c != 0) {
      return c > 0 ? a : b;
    }
    return a.areaId().compareTo(b.areaId()) <= 0 ? a : b;
  }
}
