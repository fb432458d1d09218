package org.communityprevention.core.isolation;

import org.communityprevention.core.person.Age;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communityprevention.core.policy.PopulationPolicy;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.immutables.value.Value;

/**
 * A resident of the ordered area who is to be taken to centralised isolation (待转运人员), as the population ledger
 * knows them: an opaque person id, the household, the birth date when known and whether the person has a disability.
 * The elderly, people with disabilities and children (with their carer) go first.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvacuee.class)
@JsonDeserialize(as = ImmutableEvacuee.class)
public abstract class Evacuee {
  /** The person's pseudonymous id. */
  public abstract String personId();

  /** The household's opaque id. */
  public abstract String householdId();

  /** The birth date, when known; without it the person is treated as an adult. */
  public abstract Optional<LocalDate> birthDate();

  /** Whether the person has a disability (残疾人). */
  @Value.Default
  public boolean disabled() {
    return false;
  }

  /** The age in whole years on a day, if the birth date is known. */
  public Optional<Integer> ageOn(LocalDate day) {
    return birthDate().map(b -> Age.on(b, day));
  }

  /** Whether the person is a child on a day: younger than the policy's adult age. */
  public boolean childOn(PopulationPolicy policy, LocalDate day) {
    return ageOn(day).map(a -> a < policy.adultAge()).orElse(false);
  }

  /** Whether the person goes first on a day: elderly, disabled or a child. */
  public boolean priorityOn(PopulationPolicy policy, LocalDate day) {
    return disabled() || childOn(policy, day) || ageOn(day).map(a -> a >= policy.elderlyAge()).orElse(false);
  }

  @Value.Check
  void check() {
    List<Violation> problems = new ArrayList<>();
    Ids.check(personId(), "personId", problems);
    Ids.check(householdId(), "householdId", problems);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /** An evacuee without a known birth date or disability. */
  public static Evacuee of(String personId, String householdId) {
    return new Builder().personId(personId).householdId(householdId).build();
  }

  /** Builder. */
  public static final class Builder extends ImmutableEvacuee.Builder {}
}
