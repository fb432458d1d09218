package org.communityprevention.core.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The architecture rules every module of the library keeps, for a module's {@code ArchitectureTest} to check on its
 * own production classes. A downstream vendor may run them on its own packages too.
 */
public final class ArchitectureRules {
  private static final List<String> DOMAIN_MODULES = List.of("risk", "reporting", "services");

  private ArchitectureRules() {}

  /** The production classes under a root package, such as {@code org.communityprevention.risk}. */
  public static JavaClasses importMain(String rootPackage) {
    return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages(rootPackage);
  }

  /** Checks every rule on a module's production classes; {@code rootPackage} is the module's root package. */
  public static void checkModule(String rootPackage) {
    JavaClasses classes = importMain(rootPackage);
    noPackageCycles(rootPackage).check(classes);
    noIoInDomainPackages().check(classes);
    noClock().check(classes);
    noLegacyDates().check(classes);
    databindOnlyInJson().check(classes);
    noPublicMutableFields().check(classes);
    GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(classes);
    String module = rootPackage.substring(rootPackage.lastIndexOf('.') + 1);
    if (DOMAIN_MODULES.contains(module)) {
      for (String other : DOMAIN_MODULES) {
        if (!other.equals(module)) {
          noClasses().should().dependOnClassesThat().resideInAPackage("org.communityprevention." + other + "..")
              .because("risk, reporting and services meet only through core values")
              .check(classes);
        }
      }
    }
  }

  /** No cycles between the packages directly under the root. */
  public static com.tngtech.archunit.lang.ArchRule noPackageCycles(String rootPackage) {
    // A module with a single package has no slices, and so no cycle to find.
    return slices().matching(rootPackage + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true);
  }

  /** Domain packages do no I/O: only {@code ..json..} packages may touch java.io, java.net or java.nio.file. */
  public static com.tngtech.archunit.lang.ArchRule noIoInDomainPackages() {
    return noClasses().that().resideOutsideOfPackage("..json..")
        .should().dependOnClassesThat(new DescribedPredicate<JavaClass>("are I/O classes") {
          @Override
          public boolean test(JavaClass c) {
            String name = c.getName();
            return (name.startsWith("java.io.") && !name.equals("java.io.Serializable"))
                || name.startsWith("java.net.") || name.startsWith("java.nio.file.");
          }
        })
        .because("the domain is pure; I/O happens at the JSON edge");
  }

  /** Nothing reads the system clock: time is an input. */
  public static com.tngtech.archunit.lang.ArchRule noClock() {
    return noClasses()
        .should().callMethod(LocalDate.class, "now")
        .orShould().callMethod(Instant.class, "now")
        .orShould().callMethod(LocalDateTime.class, "now")
        .orShould().callMethod(ZonedDateTime.class, "now")
        .orShould().callMethod(OffsetDateTime.class, "now")
        .orShould().callMethod(Clock.class, "systemUTC")
        .orShould().callMethod(Clock.class, "systemDefaultZone")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .because("time is an input: pass a Clock or a date");
  }

  /** No {@code java.util.Date}, {@code Calendar} or default time zone. */
  public static com.tngtech.archunit.lang.ArchRule noLegacyDates() {
    return noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.util.Date")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Calendar")
        .orShould().callMethod(java.time.ZoneId.class, "systemDefault")
        .orShould().callMethod(java.util.TimeZone.class, "getDefault");
  }

  /** Jackson databind (beyond its annotations) only in {@code ..json..} packages. */
  public static com.tngtech.archunit.lang.ArchRule databindOnlyInJson() {
    return noClasses().that().resideOutsideOfPackage("..json..")
        .should().dependOnClassesThat(new DescribedPredicate<JavaClass>("are Jackson databind (not annotations)") {
          @Override
          public boolean test(JavaClass c) {
            // The "None" markers are annotation defaults of @JsonSerialize/@JsonDeserialize, not real use.
            return c.getPackageName().startsWith("com.fasterxml.jackson.databind")
                && !c.getPackageName().equals("com.fasterxml.jackson.databind.annotation")
                && !c.getName().endsWith("$None");
          }
        })
        .because("values carry only Jackson annotations; mapping lives at the JSON edge");
  }

  /** No public mutable state. */
  public static com.tngtech.archunit.lang.ArchRule noPublicMutableFields() {
    return fields().that().arePublic().should().beFinal().because("values are immutable").allowEmptyShould(true);
  }
}
