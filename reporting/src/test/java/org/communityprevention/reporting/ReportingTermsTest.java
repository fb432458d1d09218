package org.communityprevention.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.communityprevention.core.testing.Terms;
import org.communityprevention.reporting.readiness.StaffCategory;
import org.communityprevention.reporting.report.Timeliness;
import org.communityprevention.reporting.signal.SignalKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("every term of the reporting module reads in Chinese and English, each distinct within its enum")
class ReportingTermsTest {
  @Test
  @DisplayName("every enum with terms has a non-blank, distinct Chinese and English term per constant")
  void terms() {
    assertThat(Terms.checkAll("org.communityprevention.reporting")).contains(SignalKind.class, StaffCategory.class,
        Timeliness.class);
  }
}
