package org.communityprevention.services.eligibility;

import org.communityprevention.core.person.Age;
import org.communityprevention.core.person.PseudonymousId;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communityprevention.core.population.Classification;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.immutables.value.Value;

/**
 * One resident as the service rules see them (服务对象): core's key-population {@link Classification} of the person on
 * the day, the {@link PersonFacts} it was made from (age, social statuses, household links and medical history the
 * rules read where an area or a date changes the answer) and the {@link ServiceNeeds} the village records, with the
 * household they belong to. The classification and the facts must be about the same person.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableResident.class)
@JsonDeserialize(as = ImmutableResident.class)
public abstract class Resident {

  /** The resident's facts. */
  public abstract PersonFacts facts();

  /** The resident's key-population classification on the day of the eligibility decision. */
  public abstract Classification classification();

  /** Needs recorded for services. */
  @Value.Default
  public ServiceNeeds needs() {
    return ServiceNeeds.none();
  }

  /** The opaque id of the resident's household (户), used to count households served. */
  public abstract Optional<String> householdId();

  /** The resident's opaque id. */
  @JsonIgnore
  public String personId() {
    return facts().personId();
  }

  /**
   * The birth date (given, else from the identity number) as {@link Age#ymd(LocalDate)}, or
   * {@link Integer#MIN_VALUE} if unknown: worked out once, so the hot path reads a number rather than unwrapping an
   * optional per decision.
   */
  @Value.Derived
  @JsonIgnore
  int birthYmd() {
    return facts().effectiveBirthDate().map(Age::ymd).orElse(Integer.MIN_VALUE);
  }

  /** The recorded age, or -1: used only when the birth date is unknown. */
  @Value.Derived
  @JsonIgnore
  int recordedAge() {
    return facts().age().orElse(-1);
  }

  /**
   * Age in whole years on a day, as {@link Age#on(int, int)} counts it, or -1 if unknown or before birth; the
   * recorded age where there is no birth date. Allocates nothing.
   */
  int ageOn(LocalDate date) {
    int birth = birthYmd();
    if (birth == Integer.MIN_VALUE) {
      return recordedAge();
    }
    return Age.on(birth, Age.ymd(date));
  }

  @Value.Check
  void check() {
    List<Violation> problems = new ArrayList<>();
    if (!classification().personId().equals(facts().personId())) {
      problems.add(Violation.of("classification.personId", "services.eligibility.person_mismatch"));
    }
    householdId().flatMap(id -> PseudonymousId.check(id, "householdId")).ifPresent(problems::add);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /** A resident with no recorded service need and no household. */
  public static Resident of(PersonFacts facts, Classification classification) {
    return new Builder().facts(facts).classification(classification).build();
  }

  /** A resident with recorded needs. */
  public static Resident of(PersonFacts facts, Classification classification, ServiceNeeds needs) {
    return new Builder().facts(facts).classification(classification).needs(needs).build();
  }

  /** Builds a {@link Resident}. */
  public static final class Builder extends ImmutableResident.Builder {}
}
