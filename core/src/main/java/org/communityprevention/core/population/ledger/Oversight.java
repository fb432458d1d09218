package org.communityprevention.core.population.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.message.Wording;
import org.communityprevention.core.policy.ManagementPlan;
import org.communityprevention.core.policy.PhaseKind;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.population.Category;
import org.communityprevention.core.population.CategoryMembership;
import org.communityprevention.core.population.Classification;
import org.communityprevention.core.population.ColdChainSchedule;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.population.TestResult;

/**
 * Unmanaged detection (杜绝漏管失控, §2.3): a person in a monitoring, tracing or isolation category (after the manual
 * decisions) who has no responsible worker, who missed a check-in on a past day the plan requires one (a day of a
 * phase whose kind is in {@code population.dailyCheckInPhases}), or who missed a test day of the plan (for
 * cold-chain work: a periodic test now overdue). Only past days count: the as-of day is not over yet.
 */
public final class Oversight {
  private Oversight() {}

  /**
   * The findings about one person, by kind: no worker, missed check-ins, missed tests.
   *
   * @param facts the person's facts (worker, check-ins, test results)
   * @param classification the person's classification on the as-of date, under {@code policy}
   * @param policy the policy of the classification
   */
  public static List<UnmanagedFinding> findings(PersonFacts facts, Classification classification, Policy policy) {
    LocalDate asOf = classification.asOf();
    Set<Category> effective = classification.effectiveCategories();
    SortedSet<Category> managed = new TreeSet<>();
    effective.stream().filter(c -> c.track().isManaged()).forEach(managed::add);
    List<UnmanagedFinding> out = new ArrayList<>();
    if (managed.isEmpty()) {
      return out;
    }
    if (facts.responsibleWorkerId().isEmpty()) {
      out.add(new UnmanagedFinding.Builder().personId(facts.personId()).kind(FindingKind.NO_RESPONSIBLE_WORKER)
          .categories(managed).reason(Reason.of(FindingKind.NO_RESPONSIBLE_WORKER.reasonCode(), Clause.S2_3)
              .fact("categories", codes(managed), Wording.ofAll(sorted(managed))).build())
          .build());
    }
    Set<PhaseKind> dailyPhases = policy.population().dailyCheckInPhases();
    Set<LocalDate> tested = facts.testResults().stream().map(TestResult::sampledOn).collect(Collectors.toSet());
    TreeSet<LocalDate> missedCheckIns = new TreeSet<>();
    TreeSet<LocalDate> missedTests = new TreeSet<>();
    SortedSet<Category> checkInCategories = new TreeSet<>();
    SortedSet<Category> testCategories = new TreeSet<>();
    for (CategoryMembership m : classification.memberships()) {
      if (!managed.contains(m.category())) {
        continue;
      }
      if (m.plan().isPresent()) {
        ManagementPlan plan = m.plan().get();
        LocalDate day = m.start();
        for (int n = 1; n <= plan.totalDays() && day.isBefore(asOf); n++, day = day.plusDays(1)) {
          boolean daily = plan.phaseOn(n).map(phase -> dailyPhases.contains(phase.kind())).orElse(false);
          if (daily && !facts.checkIns().contains(day)) {
            missedCheckIns.add(day);
            checkInCategories.add(m.category());
          }
        }
        for (LocalDate t : m.testDates()) {
          if (t.isBefore(asOf) && !tested.contains(t)) {
            missedTests.add(t);
            testCategories.add(m.category());
          }
        }
      } else if (m.testIntervalDays().isPresent()) {
        LocalDate due = ColdChainSchedule.nextDue(facts, m.start(), asOf, m.testIntervalDays().get());
        if (due.isBefore(asOf)) {
          missedTests.add(due);
          testCategories.add(m.category());
        }
      }
    }
    if (!missedCheckIns.isEmpty()) {
      out.add(daysFinding(facts, FindingKind.MISSED_CHECK_IN, checkInCategories, missedCheckIns));
    }
    if (!missedTests.isEmpty()) {
      out.add(daysFinding(facts, FindingKind.MISSED_TEST, testCategories, missedTests));
    }
    return out;
  }

  private static UnmanagedFinding daysFinding(PersonFacts facts, FindingKind kind, SortedSet<Category> categories,
      TreeSet<LocalDate> days) {
    return new UnmanagedFinding.Builder().personId(facts.personId()).kind(kind).categories(categories)
        .addAllDays(days)
        .reason(Reason.of(kind.reasonCode(), Clause.S2_3).fact("categories", codes(categories), Wording.ofAll(sorted(categories)))
            .fact("count", days.size()).fact("first", days.first()).fact("last", days.last()).build())
        .build();
  }

  private static String codes(Set<Category> categories) {
    return sorted(categories).stream().map(Category::code).collect(Collectors.joining(", "));
  }

  private static Set<Category> sorted(Set<Category> categories) {
    return categories.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(categories);
  }
}
