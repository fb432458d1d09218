package org.communityprevention.flink;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.communityprevention.core.testing.ArchitectureRules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("flink keeps the architecture rules")
class ArchitectureTest {
  static final String ROOT = "org.communityprevention.flink";

  @Test
  @DisplayName("no package cycles, no clock, no legacy dates, databind only in json, no public mutable state")
  void libraryRules() {
    JavaClasses classes = ArchitectureRules.importMain(ROOT);
    ArchitectureRules.noPackageCycles(ROOT).check(classes);
    ArchitectureRules.noClock().check(classes);
    ArchitectureRules.noLegacyDates().check(classes);
    ArchitectureRules.databindOnlyInJson().check(classes);
    ArchitectureRules.noPublicMutableFields().check(classes);
    GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(classes);
  }

  @Test
  @DisplayName("the operators do no I/O: only the line reader, the JSON edge and the job entry points touch files")
  void ioAtTheEdge() {
    // Flink's own state and timer APIs declare java.io exceptions; what matters is that no operator opens a file.
    noClasses().that().resideInAnyPackage(ROOT + ".reporting..", ROOT + ".population..")
        .should().dependOnClassesThat(new DescribedPredicate<JavaClass>("are file or network I/O classes") {
          @Override
          public boolean test(JavaClass c) {
            String name = c.getName();
            return name.startsWith("java.net.") || name.startsWith("java.nio.file.")
                || name.startsWith("java.io.File") || name.endsWith("InputStream") || name.endsWith("OutputStream")
                || name.endsWith("Reader") || name.endsWith("Writer");
          }
        })
        .because("operators are thin wrappers over pure functions; I/O lives in lines, json and job")
        .check(ArchitectureRules.importMain(ROOT));
  }

  @Test
  @DisplayName("the domain modules' functions are reached only through their public API")
  void onlyPublicLibraryApi() {
    noClasses().should().dependOnClassesThat(JavaClass.Predicates.simpleNameStartingWith("Immutable")
        .and(JavaClass.Predicates.resideInAPackage("org.communityprevention..")))
        .because("generated value classes are package-private in the library")
        .check(ArchitectureRules.importMain(ROOT));
  }
}
