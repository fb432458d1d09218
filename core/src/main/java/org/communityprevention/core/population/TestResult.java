package org.communityprevention.core.population;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/** A nucleic-acid test (核酸检测) of the resident: the sampling day and the result. */
@Value.Immutable
@JsonSerialize(as = ImmutableTestResult.class)
@JsonDeserialize(as = ImmutableTestResult.class)
public abstract class TestResult {
  /** Day the sample was taken (采样日期). */
  @Value.Parameter
  public abstract LocalDate sampledOn();

  /** The result. */
  @Value.Parameter
  public abstract TestOutcome outcome();

  /** A test. */
  public static TestResult of(LocalDate sampledOn, TestOutcome outcome) {
    return ImmutableTestResult.of(sampledOn, outcome);
  }
}
