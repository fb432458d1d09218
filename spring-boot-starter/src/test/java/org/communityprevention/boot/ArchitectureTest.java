package org.communityprevention.boot;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.communityprevention.core.testing.ArchitectureRules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The starter keeps the project's rules that apply to an adapter: no package cycles, no system clock (the
 * {@code Clock} bean is the one source of "now"), no legacy dates, no public mutable state, no standard streams. I/O
 * and databind are its job, so those two domain rules do not apply here.
 */
@DisplayName("the starter keeps the architecture rules of an adapter")
class ArchitectureTest {
  @Test
  @DisplayName("no package cycles, no system clock, no legacy dates, no public mutable state, no standard streams")
  void rules() {
    JavaClasses classes = ArchitectureRules.importMain("org.communityprevention.boot");
    ArchitectureRules.noPackageCycles("org.communityprevention.boot").check(classes);
    ArchitectureRules.noClock().check(classes);
    ArchitectureRules.noLegacyDates().check(classes);
    ArchitectureRules.noPublicMutableFields().check(classes);
    GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(classes);
  }
}
