package org.communityprevention.services;

import static org.assertj.core.api.Assertions.assertThat;

import org.communityprevention.core.testing.Terms;
import org.communityprevention.services.catalogue.CommunityService;
import org.communityprevention.services.eligibility.Trait;
import org.communityprevention.services.facility.RoomStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("every term of the services module reads in Chinese and English, each distinct within its enum")
class ServicesTermsTest {
  @Test
  @DisplayName("every enum with terms has a non-blank, distinct Chinese and English term per constant")
  void terms() {
    assertThat(Terms.checkAll("org.communityprevention.services")).contains(CommunityService.class, Trait.class,
        RoomStatus.class);
  }
}
