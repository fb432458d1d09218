package org.communityprevention.core.population.ledger;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.communityprevention.core.decision.PolicyRef;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.population.Category;
import org.communityprevention.core.population.CategoryCounts;
import org.communityprevention.core.population.CategoryMembership;
import org.communityprevention.core.population.CategoryTally;
import org.communityprevention.core.population.Classification;
import org.communityprevention.core.population.ContactLinks;
import org.communityprevention.core.population.DayClassifier;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.population.PopulationClassifier;
import org.communityprevention.core.population.TestOutcome;
import org.communityprevention.core.population.Track;
import org.communityprevention.core.validation.BatchResult;
import org.communityprevention.core.validation.Rejected;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * The key-population ledger of a village's or grid's residents on a day (重点人群台账): counts per category, the
 * worker lists of the day, the unmanaged findings, and the resident records that could not be classified. Every
 * list is sorted by person id, so the ledger does not depend on the order of the residents.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePopulationLedger.class)
@JsonDeserialize(as = ImmutablePopulationLedger.class)
public abstract class PopulationLedger {
  private static final String CASE_REFERRAL = "core.population.case_referral";

  /** The day of the ledger. */
  public abstract LocalDate asOf();

  /** The policy that decided. */
  public abstract PolicyRef policy();

  /** Resident records received; accepted (counted in {@link #counts()}) plus {@link #rejected()}. */
  public abstract long inputCount();

  /** Residents per category, after the manual decisions. */
  public abstract CategoryCounts counts();

  /** Who to survey (§2.2 信息摸排). */
  public abstract List<WorkItem> toSurvey();

  /** Who is under health monitoring, contact tracing or isolation today (§2.3–§2.5). */
  public abstract List<WorkItem> underManagement();

  /** Whose test is due today, by the plan's test days (or the cold-chain schedule). */
  public abstract List<WorkItem> testsDueToday();

  /** Whose window ends today: today is the last day, release is tomorrow. */
  public abstract List<WorkItem> windowsEndingToday();

  /** Who to visit at the festival (§5.3 走访慰问). */
  public abstract List<WorkItem> toVisit();

  /** Who is in the outbreak service scope (§5.4). */
  public abstract List<WorkItem> inServiceScope();

  /** Managed people who are not managed as required (§2.3 杜绝漏管失控). */
  public abstract List<UnmanagedFinding> unmanaged();

  /**
   * Contacts whose own test came back positive during the contact window (病例转报, §2.4): no longer counted as
   * contacts, reported as cases.
   */
  public abstract List<CaseReferral> caseReferrals();

  /** Resident records rejected, with their positions and violations. */
  public abstract List<Rejected> rejected();

  @Value.Check
  void check() {
    if (counts().residents() + rejected().size() != inputCount()) {
      throw ValidationException.of("inputCount", "core.population.ledger_counts",
          "counted", counts().residents(), "rejected", rejected().size());
    }
  }

  /**
   * The ledger of a batch of residents on a day. Records {@link PopulationClassifier#admit} rejects are listed in
   * {@link #rejected()}; the others are counted and listed. Only residents in a managed category are classified
   * with reasons; the rest are decided on the hot path.
   *
   * <p>A secondary close contact whose linked close contact is in the same batch is completed from that person's
   * own tests first ({@link ContactLinks#resolve}): promoted to close contact from the linked person's first positive
   * test, released at the end of the plan only once the linked person's first two tests were negative.
   */
  public static PopulationLedger of(PopulationClassifier classifier, List<PersonFacts> residents, LocalDate asOf) {
    BatchResult<PersonFacts> admitted = PopulationClassifier.admit(residents, asOf);
    List<PersonFacts> accepted = ContactLinks.resolve(admitted.accepted(), classifier.policy().population());
    long survey = Category.maskOf(Track.SURVEY);
    long visit = Category.maskOf(Track.CARE_VISIT);
    long scope = Category.maskOf(Track.OUTBREAK_SCOPE);
    long managed = Category.maskOf(Track.HEALTH_MONITORING) | Category.maskOf(Track.CONTACT_TRACING)
        | Category.maskOf(Track.ISOLATION);
    DayClassifier day = classifier.on(asOf);
    CategoryTally tally = new CategoryTally();
    List<WorkItem> toSurvey = new ArrayList<>();
    List<WorkItem> underManagement = new ArrayList<>();
    List<WorkItem> testsDue = new ArrayList<>();
    List<WorkItem> ending = new ArrayList<>();
    List<WorkItem> toVisit = new ArrayList<>();
    List<WorkItem> inScope = new ArrayList<>();
    List<UnmanagedFinding> unmanaged = new ArrayList<>();
    List<CaseReferral> referrals = new ArrayList<>();
    for (PersonFacts f : accepted) {
      long automatic = day.automaticMask(f);
      long effective = day.effectiveMask(f);
      tally.add(automatic, effective);
      add(toSurvey, f, effective & survey);
      add(toVisit, f, effective & visit);
      add(inScope, f, effective & scope);
      if ((effective & managed) != 0) {
        add(underManagement, f, effective & managed);
        Classification c = classifier.classify(f, asOf);
        long due = 0;
        long ends = 0;
        for (CategoryMembership m : c.memberships()) {
          if (m.category().in(effective)) {
            due |= m.testDueToday() ? m.category().bit() : 0;
            ends |= m.lastDay().equals(Optional.of(asOf)) ? m.category().bit() : 0;
          }
        }
        add(testsDue, f, due);
        add(ending, f, ends);
        unmanaged.addAll(Oversight.findings(f, c, classifier.policy()));
        referral(f, c).ifPresent(referrals::add);
      } else if (mayBeReferred(f, asOf)) {
        referral(f, classifier.classify(f, asOf)).ifPresent(referrals::add);
      }
    }
    Comparator<WorkItem> byPerson = Comparator.comparing(WorkItem::personId);
    List.of(toSurvey, underManagement, testsDue, ending, toVisit, inScope).forEach(l -> l.sort(byPerson));
    referrals.sort(Comparator.comparing(CaseReferral::personId));
    unmanaged.sort(Comparator.comparing(UnmanagedFinding::personId).thenComparing(UnmanagedFinding::kind));
    return ImmutablePopulationLedger.builder().asOf(asOf).policy(classifier.policy().ref())
        .inputCount(residents.size()).counts(tally.toCounts()).toSurvey(toSurvey).underManagement(underManagement)
        .testsDueToday(testsDue).windowsEndingToday(ending).toVisit(toVisit).inServiceScope(inScope)
        .unmanaged(unmanaged).caseReferrals(referrals).rejected(admitted.rejected()).build();
  }

  private static boolean mayBeReferred(PersonFacts f, LocalDate asOf) {
    return !f.contactExposures().isEmpty() && f.testResults().stream()
        .anyMatch(t -> t.outcome() == TestOutcome.POSITIVE && !t.sampledOn().isAfter(asOf));
  }

  private static Optional<CaseReferral> referral(PersonFacts f, Classification c) {
    List<Reason> reasons = new ArrayList<>();
    for (Reason r : c.notes()) {
      if (r.code().equals(CASE_REFERRAL)) {
        reasons.add(r);
      }
    }
    return reasons.isEmpty() ? Optional.empty() : Optional.of(new CaseReferral.Builder().personId(f.personId())
        .responsibleWorkerId(f.responsibleWorkerId()).reasons(reasons).build());
  }

  private static void add(List<WorkItem> list, PersonFacts f, long mask) {
    if (mask != 0) {
      SortedSet<Category> categories = new TreeSet<>(Category.setOf(mask));
      list.add(new WorkItem.Builder().personId(f.personId()).categories(categories)
          .responsibleWorkerId(f.responsibleWorkerId()).build());
    }
  }
}
