package org.communityprevention.core;

import org.communityprevention.core.testing.ArchitectureRules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("core keeps the architecture rules")
class ArchitectureTest {
  @Test
  @DisplayName("no package cycles, no I/O or clock in the domain, databind only in json, no public mutable state")
  void rules() {
    ArchitectureRules.checkModule("org.communityprevention.core");
  }
}
