package org.communityprevention.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.communityprevention.core.testing.Terms;
import org.communityprevention.risk.election.ParticipationStatus;
import org.communityprevention.risk.response.ResponseState;
import org.communityprevention.risk.timeline.TransitionCause;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("every term of the risk module reads in Chinese and English, each distinct within its enum")
class RiskTermsTest {
  @Test
  @DisplayName("every enum with terms has a non-blank, distinct Chinese and English term per constant")
  void terms() {
    assertThat(Terms.checkAll("org.communityprevention.risk")).contains(ParticipationStatus.class,
        ResponseState.class, TransitionCause.class);
  }
}
