package org.communityprevention.risk.election;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/** The election leading body's risk assessment (风险评估) of a person whose declaration was abnormal (§4.3). */
@Value.Immutable
@JsonSerialize(as = ImmutableRiskAssessment.class)
@JsonDeserialize(as = ImmutableRiskAssessment.class)
public abstract class RiskAssessment {
  /** The caller's id of the person. */
  @Value.Parameter
  public abstract String participantId();

  /** The Beijing date of the assessment. */
  @Value.Parameter
  public abstract LocalDate assessedOn();

  /** What it decided. */
  @Value.Parameter
  public abstract AssessmentOutcome outcome();

  @Value.Check
  void check() {
    Ids.check("participantId", participantId());
  }

  /** An assessment. */
  public static RiskAssessment of(String participantId, LocalDate assessedOn, AssessmentOutcome outcome) {
    return ImmutableRiskAssessment.of(participantId, assessedOn, outcome);
  }
}
