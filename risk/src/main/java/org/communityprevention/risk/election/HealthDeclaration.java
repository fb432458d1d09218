package org.communityprevention.risk.election;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A candidate's or election staff member's health declaration (健康申报, §4.3): normal when it flags nothing,
 * abnormal otherwise. The person is named by the caller's opaque id.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHealthDeclaration.class)
@JsonDeserialize(as = ImmutableHealthDeclaration.class)
public abstract class HealthDeclaration {
  /** The caller's id of the person. */
  public abstract String participantId();

  /** Candidate or staff. */
  public abstract ParticipantRole role();

  /** The Beijing date of the declaration. */
  public abstract LocalDate declaredOn();

  /** The abnormal items; empty for a normal declaration. */
  @Value.NaturalOrder
  public abstract SortedSet<HealthFlag> flags();

  @Value.Check
  void check() {
    Ids.check("participantId", participantId());
  }

  /** Whether the declaration is abnormal. */
  @JsonIgnore
  public boolean isAbnormal() {
    return !flags().isEmpty();
  }

  /** A declaration. */
  public static HealthDeclaration of(String participantId, ParticipantRole role, LocalDate declaredOn,
      HealthFlag... flags) {
    return ImmutableHealthDeclaration.builder().participantId(participantId).role(role).declaredOn(declaredOn)
        .addFlags(flags).build();
  }
}
