package org.communityprevention.reporting.readiness;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.division.DivisionCode;
import org.immutables.value.Value;

/**
 * 包片联户 coverage of one village or community on a day (§1.5): every household should be linked to a responsible
 * cadre. Lists the households nobody answers for and counts links to households the caller did not list.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHouseholdCoverage.class)
@JsonDeserialize(as = ImmutableHouseholdCoverage.class)
public abstract class HouseholdCoverage {
  /** Reason code: households without a responsible cadre. */
  public static final String UNLINKED = "reporting.readiness.households_unlinked";
  /** Reason code: every household linked. */
  public static final String ALL_LINKED = "reporting.readiness.households_linked";

  /** The unit. */
  public abstract DivisionCode unit();

  /** The day. */
  public abstract LocalDate onDay();

  /** Households listed (户数). */
  public abstract int households();

  /** Households with an active link (已联户数). */
  public abstract int linked();

  /** The households nobody answers for, sorted. */
  public abstract List<String> unlinked();

  /** Distinct cadres with an active link. */
  public abstract int cadres();

  /** Active links to households not listed (to check the household list). */
  public abstract int linksToUnknownHouseholds();

  /** Share of households linked (联户率); empty without households. */
  @JsonIgnore
  public OptionalDouble rate() {
    return households() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) linked() / households());
  }

  /** Whether every household is linked. */
  @JsonIgnore
  public boolean isComplete() {
    return unlinked().isEmpty();
  }

  /** The reason: households unlinked, or all linked (§1.5). */
  public Reason reason() {
    return Reason.of(isComplete() ? ALL_LINKED : UNLINKED, Clause.S1_5).fact("unit", unit()).fact("day", onDay())
        .fact("households", households()).fact("unlinked", unlinked().size()).fact("cadres", cadres()).build();
  }

  /** Checks the households of a unit against the links active on a day; links of other units are ignored. */
  public static HouseholdCoverage check(DivisionCode unit, Collection<String> householdIds,
      Collection<CadreLink> links, LocalDate onDay) {
    Set<String> households = new HashSet<>(householdIds);
    Set<String> linked = new HashSet<>();
    Set<String> cadres = new HashSet<>();
    int unknown = 0;
    for (CadreLink l : links) {
      if (!l.unit().equals(unit) || !l.isActiveOn(onDay)) {
        continue;
      }
      if (households.contains(l.householdId())) {
        linked.add(l.householdId());
        cadres.add(l.cadreId());
      } else {
        unknown++;
      }
    }
    TreeSet<String> unlinked = new TreeSet<>(households);
    unlinked.removeAll(linked);
    return new Builder().unit(unit).onDay(onDay).households(households.size()).linked(linked.size())
        .unlinked(ImmutableList.copyOf(unlinked)).cadres(cadres.size()).linksToUnknownHouseholds(unknown).build();
  }

  /** Builds {@link HouseholdCoverage}. */
  public static final class Builder extends ImmutableHouseholdCoverage.Builder {}
}
