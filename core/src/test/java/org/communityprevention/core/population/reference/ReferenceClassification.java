package org.communityprevention.core.population.reference;

import static org.communityprevention.core.population.Category.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.communityprevention.core.policy.ManagementPlan;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.policy.PopulationPolicy;
import org.communityprevention.core.population.Category;
import org.communityprevention.core.population.ContactExposure;
import org.communityprevention.core.population.TestOutcome;
import org.communityprevention.core.population.TestResult;
import org.communityprevention.core.population.ContactTier;
import org.communityprevention.core.population.HealthCodeColour;
import org.communityprevention.core.population.HealthCodeObservation;
import org.communityprevention.core.population.HouseholdLink;
import org.communityprevention.core.population.IsolationKind;
import org.communityprevention.core.population.IsolationOrder;
import org.communityprevention.core.population.LivingArrangement;
import org.communityprevention.core.population.ManualOverride;
import org.communityprevention.core.population.Movement;
import org.communityprevention.core.population.OverrideAction;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.population.RelativeSituation;
import org.communityprevention.core.population.SocialStatus;

/**
 * Classification by a plain table, read from docs/population.md and sharing no code with the classifier: one line
 * per category, either a condition on the resident's statuses, or the windows {@code [start, start + length)} its
 * facts open (length from the policy's plan, or open-ended). A category holds when its condition holds or the as-of
 * day falls in one of its windows. Manual decisions then apply: the latest one up to the day, per category, wins.
 */
final class ReferenceClassification {
  /** A window of a category: from {@code start}, {@code days} long, or open-ended when {@code days} is empty. */
  record Window(LocalDate start, Optional<Integer> days) {
    boolean covers(LocalDate d) {
      return !d.isBefore(start) && days.map(n -> d.isBefore(start.plusDays(n))).orElse(true);
    }
  }

  /** What a line reads: the resident, the day, the policy, and the derived age and area facts. */
  record Input(PersonFacts f, LocalDate asOf, Policy policy) {
    PopulationPolicy pop() {
      return policy.population();
    }

    /** Whole years on the day, from the birth date, else the recorded age; -1 when unknown or not yet born. */
    int years() {
      Optional<LocalDate> birth = f.effectiveBirthDate();
      if (birth.isPresent()) {
        return asOf.isBefore(birth.get()) ? -1 : (int) ChronoUnit.YEARS.between(birth.get(), asOf);
      }
      return f.age().orElse(-1);
    }

    boolean child() {
      return years() >= 0 && years() < pop().adultAge();
    }

    /** 农村留守儿童: under 16 (国发〔2016〕13号), not under the age of majority. */
    boolean leftBehindChild() {
      return years() >= 0 && years() < pop().leftBehindChildAge();
    }

    boolean elderly() {
      return years() >= pop().elderlyAge();
    }

    boolean has(SocialStatus s) {
      return f.socialStatuses().contains(s);
    }

    boolean areaKnown() {
      return f.area().isPresent();
    }

    /** An outbreak: as stated, else a level at or above {@code services.outbreakFrom}. */
    boolean outbreak() {
      return f.area().map(a -> a.outbreak().orElse(
          a.riskLevel().compareTo(policy.services().outbreakFrom()) >= 0)).orElse(false);
    }

    /** §5.3 visits: inside the holiday window, in a known area without an outbreak. */
    boolean visits() {
      return areaKnown() && !outbreak() && pop().holidayWindow().contains(asOf);
    }

    Window planned(LocalDate start, ManagementPlan plan) {
      return new Window(start, Optional.of(plan.totalDays()));
    }

    Window open(LocalDate start) {
      return new Window(start, Optional.empty());
    }
  }

  /** One line: a category and when it holds. */
  record Line(Category category, Predicate<Input> status, Function<Input, Stream<Window>> windows) {}

  static Line status(Category c, Predicate<Input> p) {
    return new Line(c, p, in -> Stream.empty());
  }

  static Line windows(Category c, Function<Input, Stream<Window>> w) {
    return new Line(c, in -> false, w);
  }

  static final List<Line> TABLE = List.of(
      // §2.2 survey.
      status(ELDERLY_LIVING_ALONE,
          in -> in.elderly() && in.f().livingArrangement().orElse(null) == LivingArrangement.ALONE),
      status(SCATTERED_ORPHAN, in -> in.child() && in.has(SocialStatus.SCATTERED_ORPHAN)),
      status(CHILD_WITHOUT_DE_FACTO_CARER, in -> in.child() && in.has(SocialStatus.WITHOUT_DE_FACTO_CARER)),
      status(RURAL_LEFT_BEHIND_CHILD,
          in -> in.leftBehindChild() && in.has(SocialStatus.LEFT_BEHIND) && in.f().ruralResident()),
      status(CHILD_IN_DIFFICULTY, in -> in.child() && in.has(SocialStatus.IN_DIFFICULTY)),
      status(PERSON_WITH_DISABILITY, in -> in.has(SocialStatus.PERSON_WITH_DISABILITY)),
      windows(PREGNANT_OR_POSTPARTUM, in -> in.f().pregnancy().stream().map(p -> p.deliveredOn()
          .map(d -> new Window(p.since(), Optional.of((int) ChronoUnit.DAYS.between(p.since(), d)
              + in.pop().postpartumDays())))
          .orElse(in.open(p.since())))),
      status(SPECIAL_HARDSHIP, in -> in.has(SocialStatus.SPECIAL_HARDSHIP)),
      status(TENANT, in -> in.f().tenancy().isPresent()),
      // §2.3 health monitoring.
      windows(COLD_CHAIN_WORKER, in -> in.f().coldChainWork().stream().map(w -> w.until()
          .map(u -> new Window(w.since(), Optional.of((int) ChronoUnit.DAYS.between(w.since(), u))))
          .orElse(in.open(w.since())))),
      windows(HOLIDAY_RETURNEE, in -> in.f().movements().stream().filter(Movement::holidayReturn)
          .filter(m -> in.pop().holidayWindow().contains(m.arrivedOn()))
          .flatMap(m -> in.pop().holidayReturnee().stream().map(plan -> in.planned(m.arrivedOn(), plan)))),
      // Counted from leaving the area, held from arrival.
      windows(ARRIVAL_FROM_MEDIUM_RISK_AREA, in -> domestic(in, org.communityprevention.core.area.RiskLevel.MEDIUM)
          .map(m -> in.planned(m.departedOn(), in.pop().mediumRiskArrival()))),
      windows(ARRIVAL_FROM_HIGH_RISK_AREA, in -> domestic(in, org.communityprevention.core.area.RiskLevel.HIGH)
          .map(m -> in.planned(m.departedOn(), in.pop().highRiskArrival()))),
      windows(INBOUND_TRAVELLER, in -> in.f().movements().stream().filter(Movement::inbound)
          .map(m -> in.planned(m.arrivedOn(), in.pop().inbound()))),
      windows(RECOVERED_PATIENT, in -> in.f().medicalHistory().flatMap(h -> h.dischargedOn()).stream()
          .map(d -> in.planned(d, in.pop().recovered()))),
      windows(RELEASED_FROM_MEDICAL_OBSERVATION, in -> in.f().medicalHistory()
          .flatMap(h -> h.releasedFromObservationOn()).stream()
          .map(d -> in.planned(d, in.pop().releasedFromObservation()))),
      windows(HEALTH_CODE_YELLOW, in -> codeRun(in, HealthCodeColour.YELLOW).stream()
          .map(d -> in.planned(d, in.pop().healthCodeYellow()))),
      windows(HEALTH_CODE_RED, in -> codeRun(in, HealthCodeColour.RED).stream()
          .flatMap(d -> in.pop().healthCodeRed().stream().map(plan -> in.planned(d, plan)))),
      // §2.4 contact tracing: a secondary contact whose linked contact has tested positive is a close contact; a
      // secondary contact is released at the plan's end only once the linked contact's first two tests were
      // negative; a contact whose own latest positive test falls in the window is a case, not a contact.
      windows(CLOSE_CONTACT, in -> in.f().contactExposures().stream()
          .filter(c -> c.tier() == ContactTier.CLOSE || promoted(in, c))
          .map(c -> in.planned(c.lastExposureOn(), in.pop().closeContact())).filter(w -> !referred(in, w))),
      windows(SECONDARY_CLOSE_CONTACT, in -> in.pop().secondaryCloseContact().stream()
          .flatMap(plan -> in.f().contactExposures().stream()
              .filter(c -> c.tier() == ContactTier.SECONDARY && !promoted(in, c))
              .map(c -> secondaryWindow(c, plan)).filter(w -> !referred(in, w)))),
      windows(HOME_ISOLATION, in -> orders(in, IsolationKind.HOME)
          .map(o -> in.planned(o.startOn(), in.pop().homeIsolationOrder()))),
      windows(CENTRALISED_ISOLATION, in -> orders(in, IsolationKind.CENTRALISED)
          .map(o -> in.planned(o.startOn(), in.pop().centralisedIsolationOrder()))),
      // §5.3 festival visits.
      status(MIGRANT_WORKER_STAYING_FOR_HOLIDAY,
          in -> in.visits() && in.has(SocialStatus.MIGRANT_WORKER_STAYING_FOR_HOLIDAY)),
      status(LEFT_BEHIND_ELDERLY, in -> in.visits() && in.elderly() && in.has(SocialStatus.LEFT_BEHIND)),
      status(LEFT_BEHIND_CHILD_VISIT,
          in -> in.visits() && in.leftBehindChild() && in.has(SocialStatus.LEFT_BEHIND)),
      status(CHILD_IN_DIFFICULTY_VISIT, in -> in.visits() && in.child() && in.has(SocialStatus.IN_DIFFICULTY)),
      status(SCATTERED_ORPHAN_VISIT, in -> in.visits() && in.child() && in.has(SocialStatus.SCATTERED_ORPHAN)),
      status(MINIMUM_LIVING_ALLOWANCE, in -> in.visits() && in.has(SocialStatus.MINIMUM_LIVING_ALLOWANCE)),
      status(EXTREME_POVERTY, in -> in.visits() && in.has(SocialStatus.EXTREME_POVERTY)),
      status(SPECIAL_HARDSHIP_VISIT, in -> in.visits() && in.has(SocialStatus.SPECIAL_HARDSHIP)),
      status(LOW_INCOME_FAMILY, in -> in.visits() && in.has(SocialStatus.LOW_INCOME_FAMILY)),
      // §5.4 outbreak scope.
      windows(HOME_ISOLATED_IN_OUTBREAK_AREA, in -> orders(in, IsolationKind.HOME).filter(o -> in.outbreak())
          .map(o -> in.planned(o.startOn(), in.pop().homeIsolationOrder()))),
      windows(RECOVERED_IN_OUTBREAK_AREA, in -> in.f().medicalHistory().flatMap(h -> h.dischargedOn()).stream()
          .filter(d -> in.outbreak()).map(in::open)),
      windows(FAMILY_OF_CENTRALISED_ISOLATION, in -> relatives(in, RelativeSituation.IN_CENTRALISED_ISOLATION)
          .filter(h -> in.outbreak()).map(h -> in.planned(h.since().orElseThrow(),
              in.pop().centralisedIsolationOrder()))),
      // A medical worker's family without a date: from the as-of day.
      windows(FAMILY_OF_MEDICAL_WORKER, in -> relatives(in, RelativeSituation.MEDICAL_WORKER)
          .filter(h -> in.outbreak()).map(h -> in.open(h.since().orElse(in.asOf())))));

  private ReferenceClassification() {}

  private static Stream<Movement> domestic(Input in, org.communityprevention.core.area.RiskLevel origin) {
    return in.f().movements().stream().filter(m -> !m.inbound())
        .filter(m -> m.originRiskLevel().orElse(null) == origin).filter(m -> !m.arrivedOn().isAfter(in.asOf()));
  }

  private static boolean promoted(Input in, ContactExposure c) {
    return c.tier() == ContactTier.SECONDARY
        && c.linkedContactPositiveOn().map(d -> !d.isAfter(in.asOf())).orElse(false);
  }

  private static Window secondaryWindow(ContactExposure c, ManagementPlan plan) {
    LocalDate start = c.lastExposureOn();
    return c.linkedContactClearedOn().map(cleared -> new Window(start, Optional.of(Math.max(plan.totalDays(),
        (int) ChronoUnit.DAYS.between(start, cleared))))).orElse(new Window(start, Optional.empty()));
  }

  /** The resident's latest positive test up to the day lies in the contact window: a case, referred. */
  private static boolean referred(Input in, Window w) {
    return in.f().testResults().stream().filter(t -> t.outcome() == TestOutcome.POSITIVE)
        .map(TestResult::sampledOn).filter(d -> !d.isAfter(in.asOf())).max(LocalDate::compareTo)
        .map(w::covers).orElse(false);
  }

  private static Stream<IsolationOrder> orders(Input in, IsolationKind kind) {
    return in.f().isolationOrders().stream().filter(o -> o.kind() == kind);
  }

  private static Stream<HouseholdLink> relatives(Input in, RelativeSituation s) {
    return in.f().householdLinks().stream().filter(h -> h.situation() == s);
  }

  /**
   * The first day of the current run of {@code colour}: the colour of a day is the most severe seen that day; the
   * current colour is that of the last day seen up to the as-of day; its run goes back while the colour is the same.
   */
  static Optional<LocalDate> codeRun(Input in, HealthCodeColour colour) {
    TreeMap<LocalDate, HealthCodeColour> byDay = new TreeMap<>();
    for (HealthCodeObservation o : in.f().healthCodes()) {
      if (!o.on().isAfter(in.asOf())) {
        byDay.merge(o.on(), o.colour(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
      }
    }
    if (byDay.isEmpty() || byDay.lastEntry().getValue() != colour) {
      return Optional.empty();
    }
    LocalDate start = byDay.lastKey();
    for (LocalDate d : byDay.descendingKeySet()) {
      if (byDay.get(d) != colour) {
        break;
      }
      start = d;
    }
    return Optional.of(start);
  }

  /** The categories the rules put the resident in on the day. */
  static Set<Category> automatic(PersonFacts f, LocalDate asOf, Policy policy) {
    Input in = new Input(f, asOf, policy);
    Set<Category> out = EnumSet.noneOf(Category.class);
    for (Line line : TABLE) {
      if (line.status().test(in) || line.windows().apply(in).anyMatch(w -> w.covers(asOf))) {
        out.add(line.category());
      }
    }
    return out;
  }

  /** The categories that count: for each category, the latest manual decision up to the day wins. */
  static Set<Category> effective(PersonFacts f, LocalDate asOf, Policy policy) {
    Set<Category> out = automatic(f, asOf, policy);
    for (Category c : Category.values()) {
      List<ManualOverride> decisions = new ArrayList<>();
      for (ManualOverride o : f.overrides()) {
        if (o.category() == c && !o.decidedOn().isAfter(asOf)) {
          decisions.add(o);
        }
      }
      decisions.stream().max((a, b) -> a.decidedOn().compareTo(b.decidedOn())).ifPresent(o -> {
        if (o.action() == OverrideAction.ADD) {
          out.add(c);
        } else {
          out.remove(c);
        }
      });
    }
    return out;
  }
}
