package org.communityprevention.jdbc.ledger;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.net.URL;
import java.util.List;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.testing.ArchitectureRules;
import org.communityprevention.reporting.report.ReportLedger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("jdbc keeps the architecture rules")
class ArchitectureTest {
  static final String ROOT = "org.communityprevention.jdbc";

  @Test
  @DisplayName("no package cycles, no clock, no legacy dates, no databind, no public mutable state")
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
  @DisplayName("the domain modules do not depend on the adapter")
  void domainIsFreeOfTheAdapter() {
    // Only the domain modules' own class folders or jars: scanning the whole class path (the server binaries too)
    // would take most of a minute.
    JavaClasses domain = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importUrls(List.of(location(DivisionCode.class), location(ReportLedger.class)));
    noClasses().should().dependOnClassesThat().resideInAPackage(ROOT + "..")
        .orShould().dependOnClassesThat().resideInAPackage("java.sql..")
        .because("the domain is pure; storage is an adapter beside it").check(domain);
  }

  private static URL location(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }

  @Test
  @DisplayName("the library's values are reached only through their public API, and no ORM is used")
  void publicApiOnly() {
    noClasses().should().dependOnClassesThat(JavaClass.Predicates.simpleNameStartingWith("Immutable")
        .and(JavaClass.Predicates.resideInAPackage("org.communityprevention.."))
        .and(JavaClass.Predicates.resideOutsideOfPackage(ROOT + "..")))
        .orShould().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..",
            "org.apache.ibatis..")
        .check(ArchitectureRules.importMain(ROOT));
  }
}
