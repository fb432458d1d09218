package org.communityprevention.reporting;

import org.communityprevention.core.testing.ArchitectureRules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("reporting keeps the architecture rules")
class ArchitectureTest {
  @Test
  @DisplayName("depends on core only, no package cycles, no I/O or clock in the domain, databind only in json")
  void rules() {
    ArchitectureRules.checkModule("org.communityprevention.reporting");
  }
}
