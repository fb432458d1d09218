package org.communityprevention.core.returnee;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.UrbanRuralClass;
import org.communityprevention.core.person.PseudonymousId;
import org.communityprevention.core.population.HealthCodeColour;
import org.communityprevention.core.population.Movement;
import org.communityprevention.core.population.TestResult;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.immutables.value.Value;

/**
 * A person coming home for the holidays (返乡人员登记, §2.3), as the village records them: where they came from and
 * its risk level on the day they left, the pre-return nucleic acid test, the health code shown on arrival, the day
 * they actually returned, when and by whom they were registered, and the day they left again. The person is an
 * opaque, pseudonymous id.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableReturnee.class)
@JsonDeserialize(as = ImmutableReturnee.class)
public abstract class Returnee {
  /** Violation code: who registered the person is given, the day of the registration is not. */
  public static final String REGISTRANT_WITHOUT_DAY = "core.returnee.registrant_without_day";
  /** Violation code: a day out of order (returned before leaving the origin, left before returning). */
  public static final String ORDER = "core.returnee.day_order";

  /** The person's pseudonymous id. */
  public abstract String personId();

  /** The village or community the person returned to. */
  public abstract DivisionCode village();

  /** The village's urban-rural class, when known: the 2021 returnee rule is for returns to rural areas. */
  public abstract Optional<UrbanRuralClass> villageClass();

  /** The risk level of the origin on the day the person left it. */
  public abstract RiskLevel originRiskLevel();

  /** The day the person left the origin. */
  public abstract LocalDate departedOn();

  /** The day the person actually returned (实际返乡日期). */
  public abstract LocalDate returnedOn();

  /** The day the person was registered with the village (登记/报备), if they were. */
  public abstract Optional<LocalDate> registeredOn();

  /** Who registered the person, if they were registered. */
  public abstract Optional<Registrant> registeredBy();

  /** The pre-return nucleic acid test, if one was shown. */
  public abstract Optional<TestResult> preReturnTest();

  /** The health code shown on arrival, if one was checked. */
  public abstract Optional<HealthCodeColour> arrivalHealthCode();

  /** The day the person left the village again, if they did. */
  public abstract Optional<LocalDate> leftOn();

  /** The journey as the population classification reads it (a holiday return from the origin's level). */
  public Movement movement() {
    return Movement.holidayReturn(originRiskLevel(), departedOn(), returnedOn());
  }

  @Value.Check
  void check() {
    List<Violation> problems = new ArrayList<>();
    PseudonymousId.check(personId(), "personId").ifPresent(problems::add);
    village().villageViolation("village").ifPresent(problems::add);
    if (returnedOn().isBefore(departedOn())) {
      problems.add(Violation.of("returnedOn", ORDER, "before", departedOn()));
    }
    if (leftOn().isPresent() && leftOn().get().isBefore(returnedOn())) {
      problems.add(Violation.of("leftOn", ORDER, "before", returnedOn()));
    }
    if (registeredBy().isPresent() && registeredOn().isEmpty()) {
      problems.add(Violation.of("registeredOn", REGISTRANT_WITHOUT_DAY));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /** Builder. */
  public static final class Builder extends ImmutableReturnee.Builder {}
}
