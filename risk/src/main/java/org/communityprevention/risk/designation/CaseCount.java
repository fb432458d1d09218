package org.communityprevention.risk.designation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/** A number of local confirmed cases and asymptomatic infections. */
@Value.Immutable
@JsonSerialize(as = ImmutableCaseCount.class)
@JsonDeserialize(as = ImmutableCaseCount.class)
public abstract class CaseCount {
  /** Confirmed cases (确诊病例). */
  @Value.Parameter
  public abstract int confirmed();

  /** Asymptomatic infections (无症状感染者). */
  @Value.Parameter
  public abstract int asymptomatic();

  @Value.Check
  void check() {
    if (confirmed() < 0) {
      throw ValidationException.of("confirmed", CaseReport.NEGATIVE_COUNT, "value", confirmed());
    }
    if (asymptomatic() < 0) {
      throw ValidationException.of("asymptomatic", CaseReport.NEGATIVE_COUNT, "value", asymptomatic());
    }
  }

  /** A count. */
  public static CaseCount of(int confirmed, int asymptomatic) {
    return ImmutableCaseCount.of(confirmed, asymptomatic);
  }

  /** The infections a policy counts: confirmed cases, plus asymptomatic infections if it counts them. */
  public int counted(boolean countAsymptomatic) {
    return countAsymptomatic ? confirmed() + asymptomatic() : confirmed();
  }

  /** Whether there is no infection at all. */
  @JsonIgnore
  public boolean isZero() {
    return confirmed() == 0 && asymptomatic() == 0;
  }

  /** The sum of two counts. */
  public CaseCount plus(CaseCount other) {
    return of(Math.addExact(confirmed(), other.confirmed()), Math.addExact(asymptomatic(), other.asymptomatic()));
  }
}
