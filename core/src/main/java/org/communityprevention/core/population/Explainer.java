package org.communityprevention.core.population;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communityprevention.core.area.AreaSituation;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.person.Age;
import org.communityprevention.core.policy.ManagementPlan;
import org.communityprevention.core.policy.Phase;
import static org.communityprevention.core.population.CompactFacts.E_CODE;
import static org.communityprevention.core.population.CompactFacts.E_COLD_CHAIN;
import static org.communityprevention.core.population.CompactFacts.E_FAMILY_ISOLATION;
import static org.communityprevention.core.population.CompactFacts.E_FAMILY_MEDICAL;
import static org.communityprevention.core.population.CompactFacts.E_INBOUND;
import static org.communityprevention.core.population.CompactFacts.E_ORDER_CENTRALISED;
import static org.communityprevention.core.population.CompactFacts.E_ORDER_HOME;
import static org.communityprevention.core.population.CompactFacts.E_PREGNANCY;
import static org.communityprevention.core.population.CompactFacts.E_SECONDARY;
import static org.communityprevention.core.population.CompactFacts.NO_DAY;
import static org.communityprevention.core.population.CompactFacts.OPEN;
import static org.communityprevention.core.population.CompactFacts.date;

/**
 * Turns what the rules reported on the explaining path into a {@link Classification}: windows, plans, phases, test
 * days, next actions and reasons. It decides nothing: which categories hold comes from {@link Rules}.
 */
final class Explainer {
  private final PersonFacts facts;
  private final CompactFacts compact;
  private final LocalDate asOf;
  private final CompiledPolicy policy;
  private final Recorder rec;

  Explainer(PersonFacts facts, LocalDate asOf, CompiledPolicy policy, Recorder rec) {
    this.facts = facts;
    this.compact = facts.compact();
    this.asOf = asOf;
    this.policy = policy;
    this.rec = rec;
  }

  Classification classification() {
    Classification.Builder out = new Classification.Builder();
    out.personId(facts.personId()).asOf(asOf).policy(policy.policy.ref());
    for (Category c : Category.all()) {
      if (c.in(rec.held)) {
        out.addMemberships(membership(c));
      }
    }
    List<OverrideOutcome> overrides = overridesInForce();
    out.addAllOverrides(overrides);
    out.effectiveCategories(Classification.effectiveOf(Category.setOf(rec.held), overrides))
        .disagreement(Classification.disagreementOf(overrides));
    if (rec.held == 0 && overrides.isEmpty()) {
      out.addNotes(facts.hasNoNotableFacts()
          ? Reason.of("core.population.no_notable_facts").build()
          : Reason.of("core.population.no_category").fact("asOf", asOf).build());
    }
    out.addAllNotes(rec.notes());
    for (OverrideOutcome o : overrides) {
      ManualOverride m = o.manual();
      out.addNotes(Reason.of("core.population.manual_" + m.action().name().toLowerCase(java.util.Locale.ROOT)
              + (o.disagrees() ? "_disagrees" : "_agrees"), m.category().clause())
          .fact("category", m.category().code(), m.category()).fact("workerId", m.workerId()).fact("decidedOn", m.decidedOn())
          .build());
    }
    return out.build();
  }

  private CategoryMembership membership(Category c) {
    int i = c.ordinal();
    int ev = rec.event[i];
    LocalDate start;
    Optional<LocalDate> until;
    if (ev < 0) {
      LocalDate[] w = statusWindow(c);
      start = w[0];
      until = Optional.ofNullable(w[1]);
    } else {
      start = date(rec.start[i]);
      until = rec.until[i] == OPEN ? Optional.empty() : Optional.of(date(rec.until[i]));
    }
    CategoryMembership.Builder m = new CategoryMembership.Builder();
    m.category(c).start(start).until(until);
    int dayNumber = Math.toIntExact(ChronoUnit.DAYS.between(start, asOf)) + 1;
    m.dayNumber(dayNumber);
    List<Candidate> next = new ArrayList<>();
    Optional<ManagementPlan> plan = policy.plan(c);
    boolean dueToday = false;
    if (plan.isPresent()) {
      m.plan(plan.get());
      plan.get().phaseOn(dayNumber).ifPresent(phase -> m.phase(phase.kind()));
      plan.get().dayOfPhase(dayNumber).ifPresent(m::dayOfPhase);
      int offset = 0;
      for (Phase phase : plan.get().phases()) {
        LocalDate phaseStart = start.plusDays(offset);
        if (phaseStart.isAfter(asOf)) {
          next.add(new Candidate(phaseStart, ActionKind.PHASE_CHANGE));
        }
        for (int t : phase.testDays()) {
          LocalDate d = phaseStart.plusDays(t - 1L);
          m.addTestDates(d);
          dueToday |= d.equals(asOf);
          if (!d.isBefore(asOf)) {
            next.add(new Candidate(d, ActionKind.TEST));
          }
        }
        offset += phase.days();
      }
    } else if (c == Category.COLD_CHAIN_WORKER) {
      LocalDate due = ColdChainSchedule.nextDue(facts, start, asOf, policy.coldChainInterval);
      dueToday = !due.isAfter(asOf);
      m.testIntervalDays(policy.coldChainInterval);
      next.add(new Candidate(dueToday ? asOf : due, ActionKind.TEST));
    }
    until.ifPresent(u -> next.add(new Candidate(u, ActionKind.RELEASE)));
    next.stream().min(Comparator.comparing((Candidate x) -> x.on).thenComparing(x -> x.kind))
        .ifPresent(x -> m.nextAction(NextAction.of(x.on, x.kind)));
    m.testDueToday(dueToday);
    m.addReasons(reason(c, ev, start, until));
    return m.build();
  }

  /** The window of a status category: from the birthday an age rule starts holding, else from the as-of date. */
  private LocalDate[] statusWindow(Category c) {
    Optional<LocalDate> birth = facts.effectiveBirthDate();
    LocalDate start = asOf;
    LocalDate until = null;
    if (birth.isPresent() && c.policyFields().contains("population.elderlyAge")) {
      start = Age.reached(birth.get(), policy.elderlyAge);
    } else if (birth.isPresent() && c.policyFields().contains("population.leftBehindChildAge")) {
      start = birth.get();
      until = Age.reached(birth.get(), policy.leftBehindChildAge);
    } else if (birth.isPresent() && c.policyFields().contains("population.adultAge")) {
      start = birth.get();
      until = Age.reached(birth.get(), policy.adultAge);
    }
    if (c.track() == Track.CARE_VISIT) {
      LocalDate festivalStart = date(policy.holidayStart);
      LocalDate festivalEnd = date(policy.holidayEnd);
      start = start.isBefore(festivalStart) ? festivalStart : start;
      until = until == null || until.isAfter(festivalEnd) ? festivalEnd : until;
    }
    return new LocalDate[] {start, until};
  }

  private Reason reason(Category c, int ev, LocalDate start, Optional<LocalDate> until) {
    String code = c.reasonCode();
    Map<String, Object> facts = new java.util.LinkedHashMap<>();
    facts.put("start", start);
    until.ifPresent(u -> facts.put("lastDay", u.minusDays(1)));
    if (ev < 0) {
      int years = rec.years[c.ordinal()];
      if (years >= 0 && (c.policyFields().contains("population.elderlyAge")
          || c.policyFields().contains("population.adultAge")
          || c.policyFields().contains("population.leftBehindChildAge"))) {
        facts.put("age", years);
      }
      if (c == Category.TENANT) {
        code += "." + this.facts.tenancy().orElseThrow().name().toLowerCase(java.util.Locale.ROOT);
      }
    } else {
      int[] e = compact.events;
      int kind = e[ev];
      int a = e[ev + 1];
      int b = e[ev + 2];
      switch (kind) {
        case E_COLD_CHAIN:
          facts.put("since", date(a));
          break;
        case E_PREGNANCY:
          facts.put("pregnantSince", date(a));
          if (b != NO_DAY) {
            facts.put("deliveredOn", date(b));
            code += ".postpartum";
          }
          break;
        case CompactFacts.E_DISCHARGED:
          facts.put("dischargedOn", date(a));
          break;
        case CompactFacts.E_RELEASED:
          facts.put("releasedOn", date(a));
          break;
        case CompactFacts.E_ARRIVAL_MEDIUM:
        case CompactFacts.E_ARRIVAL_HIGH:
        case CompactFacts.E_HOLIDAY_RETURN:
          facts.put("departedOn", date(a));
          facts.put("arrivedOn", date(b));
          break;
        case E_INBOUND:
          facts.put("departedOn", date(a));
          facts.put("enteredOn", date(b));
          break;
        case CompactFacts.E_CLOSE:
          facts.put("lastExposureOn", date(a));
          break;
        case E_SECONDARY:
          facts.put("lastExposureOn", date(a));
          if (c == Category.CLOSE_CONTACT) {
            facts.put("linkedContactPositiveOn", date(b));
            code += ".promoted";
          } else {
            int cleared = e[ev + 3];
            LocalDate planEnd = date(a).plusDays(policy.days(Category.SECONDARY_CLOSE_CONTACT));
            if (cleared != NO_DAY) {
              facts.put("linkedContactClearedOn", date(cleared));
            }
            if (cleared == NO_DAY || !asOf.isBefore(planEnd)) {
              // Held until the linked close contact's first two tests are known negative, past the plan if need be.
              facts.remove("lastDay");
              facts.put("planLastDay", planEnd.minusDays(1));
              code += ".release_pending";
            }
          }
          break;
        case E_ORDER_HOME:
        case E_ORDER_CENTRALISED:
          facts.put("orderStartOn", date(a));
          break;
        case E_FAMILY_ISOLATION:
          facts.put("since", date(a));
          break;
        case E_FAMILY_MEDICAL:
          if (a != NO_DAY) {
            facts.put("since", date(a));
          }
          break;
        case E_CODE:
          facts.put("runStartOn", date(a));
          facts.put("colour", HealthCodeColour.values()[b]);
          break;
        default:
          break;
      }
    }
    if (c.track() == Track.CARE_VISIT || c.track() == Track.OUTBREAK_SCOPE) {
      AreaSituation area = this.facts.area().orElseThrow();
      facts.put("areaRiskLevel", area.riskLevel());
      area.outbreak().ifPresent(o -> facts.put("outbreakStated", o));
    }
    Reason.Builder r = Reason.of(code, c.clause());
    facts.forEach(r::fact);
    r.putAllPolicyValues(policy.policyValues(c));
    return r.build();
  }

  private List<OverrideOutcome> overridesInForce() {
    Map<Category, ManualOverride> latest = new EnumMap<>(Category.class);
    Comparator<ManualOverride> order = Comparator.comparing(ManualOverride::decidedOn)
        .thenComparing(ManualOverride::workerId).thenComparing(ManualOverride::reasonText);
    for (ManualOverride o : facts.overrides()) {
      if (!o.decidedOn().isAfter(asOf)) {
        latest.merge(o.category(), o, (x, y) -> order.compare(x, y) >= 0 ? x : y);
      }
    }
    List<OverrideOutcome> out = new ArrayList<>();
    latest.forEach((c, o) -> out.add(OverrideOutcome.of(o, c.in(rec.held))));
    return out;
  }

  private static final class Candidate {
    final LocalDate on;
    final ActionKind kind;

    Candidate(LocalDate on, ActionKind kind) {
      this.on = on;
      this.kind = kind;
    }
  }
}
