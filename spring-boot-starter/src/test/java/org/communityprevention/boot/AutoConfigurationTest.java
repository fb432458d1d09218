package org.communityprevention.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.communityprevention.core.json.CommunityPreventionModule;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.person.PhoneNumber;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.population.PopulationClassifier;
import org.communityprevention.core.validation.Violation;
import org.communityprevention.reporting.report.ReportingRules;
import org.communityprevention.risk.designation.DesignationRules;
import org.communityprevention.services.eligibility.ServiceEligibility;
import org.communityprevention.services.facility.FacilityRules;
import org.communityprevention.services.village.VillageServicePlanner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The auto-configuration under each way of naming the policy, and what it refuses at startup. */
class AutoConfigurationTest {
  static final String LAYER = "community-prevention.policy.layer=file:../docs/examples/guangdong-2021.json";
  static final String LOOSENING = "community-prevention.policy.layer=file:../docs/examples/loosening.json";

  private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
      AutoConfigurations.of(CommunityPreventionAutoConfiguration.class,
          CommunityPreventionJacksonAutoConfiguration.class, JacksonAutoConfiguration.class));

  @Test
  @DisplayName("a baseline by id gives the policy and one bean per capability under it")
  void baselineById() {
    runner.withPropertyValues("community-prevention.policy.baseline=ed9-2022").run(context -> {
      assertThat(context).hasNotFailed();
      Policy policy = context.getBean(Policy.class);
      assertThat(policy).isSameAs(NationalBaselines.byId("ed9-2022"));
      assertThat(context.getBean(PopulationClassifier.class).policy()).isSameAs(policy);
      assertThat(context.getBean(DesignationRules.class).policy()).isSameAs(policy);
      assertThat(context.getBean(ReportingRules.class).policy()).isEqualTo(policy.ref());
      assertThat(context).hasSingleBean(ServiceEligibility.class).hasSingleBean(VillageServicePlanner.class)
          .hasSingleBean(FacilityRules.class).hasSingleBean(java.time.Clock.class);
      assertThat(context.getBean(CommunityPreventionProperties.class).language()).isEqualTo(Language.ZH);
    });
  }

  @Test
  @DisplayName("a date gives the national baseline in force on it")
  void baselineByDate() {
    runner.withPropertyValues("community-prevention.policy.date=2022-07-01", "community-prevention.language=en")
        .run(context -> {
          assertThat(context.getBean(Policy.class).id()).isEqualTo("ed9-2022");
          CommunityPreventionProperties properties = context.getBean(CommunityPreventionProperties.class);
          assertThat(properties.policy().date()).contains(LocalDate.of(2022, 7, 1));
          assertThat(properties.language()).isEqualTo(Language.EN);
          assertThat(properties.web().enabled()).isFalse();
          assertThat(properties.web().basePath()).isEqualTo("/community-prevention");
          assertThat(properties.web().maxRequestSize().toMegabytes()).isEqualTo(64);
        });
  }

  @Test
  @DisplayName("a provincial layer is merged on the baseline it names")
  void provincialLayer() {
    runner.withPropertyValues(LAYER, "community-prevention.policy.date=2021-02-10").run(context -> {
      Policy policy = context.getBean(Policy.class);
      assertThat(policy.ref().toString()).isEqualTo("44-2021-02@1");
      assertThat(policy.basedOn()).contains("ed7-2020");
      assertThat(policy.jurisdiction()).isEqualTo("44");
      assertThat(policy.population().closeContact()).isNotEqualTo(
          NationalBaselines.byId("ed7-2020").population().closeContact());
      assertThat(context.getBean(PopulationClassifier.class).policy()).isSameAs(policy);
    });
  }

  @Test
  @DisplayName("a provincial layer that loosens its baseline is refused at startup, naming the field")
  void looseningLayerRefused() {
    runner.withPropertyValues(LOOSENING).run(context -> {
      assertThat(context).hasFailed();
      PolicyConfigurationException e = rootCause(context.getStartupFailure(), PolicyConfigurationException.class);
      assertThat(e.property()).isEqualTo("community-prevention.policy.layer");
      assertThat(e.violations()).extracting(Violation::field, Violation::code)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("population.holidayReturnee",
              "core.policy.loosening"));
      FailureAnalysis analysis = new PolicyFailureAnalyzer().analyze(context.getStartupFailure());
      assertThat(analysis.getDescription())
          .contains("community-prevention.policy.layer")
          .contains("population.holidayReturnee: looser than the baseline: 14 HOME_HEALTH_MONITORING"
              + " → 7 HOME_HEALTH_MONITORING")
          .contains(e.violations().get(0).message(Messages.ZH));
    });
  }

  @Test
  @DisplayName("no policy configured stops the application, naming the properties to set")
  void noPolicy() {
    runner.run(context -> {
      PolicyConfigurationException e = rootCause(context.getStartupFailure(), PolicyConfigurationException.class);
      assertThat(e.property()).isEqualTo("community-prevention.policy.baseline");
      assertThat(e.violations()).extracting(Violation::code).containsExactly("boot.boot.no_policy");
      assertThat(e.describe(Messages.EN)).contains("community-prevention.policy.date")
          .contains("2020-county, ed7-2020, ed8-2021, ed9-2022, opt20-2022, new10-2022");
    });
  }

  @Test
  @DisplayName("an unknown baseline id, or a date no baseline covers, names its property")
  void unknownBaselineOrDate() {
    runner.withPropertyValues("community-prevention.policy.baseline=ed10-2023").run(context -> {
      PolicyConfigurationException e = rootCause(context.getStartupFailure(), PolicyConfigurationException.class);
      assertThat(e.property()).isEqualTo("community-prevention.policy.baseline");
      assertThat(e.violations()).extracting(Violation::code).containsExactly("core.policy.unknown_baseline");
    });
    runner.withPropertyValues("community-prevention.policy.date=2019-01-01").run(context -> {
      PolicyConfigurationException e = rootCause(context.getStartupFailure(), PolicyConfigurationException.class);
      assertThat(e.property()).isEqualTo("community-prevention.policy.date");
      assertThat(e.violations()).extracting(Violation::code).containsExactly("core.policy.none_in_force");
    });
  }

  @Test
  @DisplayName("a baseline and a date that disagree, or a layer not in force on the date, are refused")
  void disagreeingSettings() {
    runner.withPropertyValues("community-prevention.policy.baseline=ed7-2020",
        "community-prevention.policy.date=2022-07-01").run(context -> {
          PolicyConfigurationException e = rootCause(context.getStartupFailure(),
              PolicyConfigurationException.class);
          assertThat(e.violations()).extracting(Violation::code).containsExactly("boot.boot.baseline_not_in_force");
        });
    runner.withPropertyValues(LAYER, "community-prevention.policy.date=2021-01-05").run(context -> {
      PolicyConfigurationException e = rootCause(context.getStartupFailure(), PolicyConfigurationException.class);
      assertThat(e.property()).isEqualTo("community-prevention.policy.date");
      assertThat(e.violations()).extracting(Violation::code).containsExactly("boot.boot.layer_not_in_force");
    });
    runner.withPropertyValues(LAYER, "community-prevention.policy.baseline=ed9-2022").run(context -> {
      PolicyConfigurationException e = rootCause(context.getStartupFailure(), PolicyConfigurationException.class);
      assertThat(e.property()).isEqualTo("community-prevention.policy.layer");
      assertThat(e.violations()).extracting(Violation::field).containsExactly("basedOn");
    });
  }

  @Test
  @DisplayName("a missing layer resource is named")
  void missingLayer() {
    runner.withPropertyValues("community-prevention.policy.layer=classpath:no/such/layer.json").run(context -> {
      PolicyConfigurationException e = rootCause(context.getStartupFailure(), PolicyConfigurationException.class);
      assertThat(e.violations()).extracting(Violation::code).containsExactly("boot.boot.layer_unreadable");
    });
  }

  @Test
  @DisplayName("a date that is not yyyy-MM-dd, or a language other than zh and en, does not bind")
  void strictBinding() {
    runner.withPropertyValues("community-prevention.policy.date=2021-2-1").run(context ->
        assertThat(rootCause(context.getStartupFailure(), BindException.class).getProperty().getName().toString())
            .isEqualTo("community-prevention.policy.date"));
    runner.withPropertyValues("community-prevention.policy.baseline=ed7-2020", "community-prevention.language=fr")
        .run(context -> assertThat(rootCause(context.getStartupFailure(), BindException.class).getProperty()
            .getName().toString()).isEqualTo("community-prevention.language"));
  }

  @Test
  @DisplayName("an application's own bean of a capability replaces the configured one")
  void ownBeanWins() {
    runner.withPropertyValues("community-prevention.policy.baseline=ed7-2020")
        .withUserConfiguration(OwnClassifier.class).run(context -> {
          assertThat(context.getBean(PopulationClassifier.class).policy().id()).isEqualTo("ed9-2022");
          assertThat(context.getBean(Policy.class).id()).isEqualTo("ed7-2020");
        });
  }

  @Test
  @DisplayName("Boot's ObjectMapper has the library's module: personal data masked, dates read strictly")
  void wireFormatOnBootsMapper() {
    runner.withPropertyValues("community-prevention.policy.baseline=ed7-2020").run(context -> {
      ObjectMapper boot = context.getBean(ObjectMapper.class);
      assertThat(boot.getRegisteredModuleIds()).contains(CommunityPreventionModule.NAME);
      PersonFacts facts = new PersonFacts.Builder().personId("R-9").birthDate(LocalDate.of(1950, 3, 1))
          .phone(PhoneNumber.parse("13800138000")).build();
      String written = boot.writeValueAsString(facts);
      assertThat(written).doesNotContain("13800138000").contains("\"birthDate\":\"1950-03-01\"")
          .contains("\"phone\":" + Json.write(PhoneNumber.parse("13800138000")));
      Holder holder = new Holder(PhoneNumber.parse("13912345678"), List.of(facts));
      String nested = boot.writeValueAsString(holder);
      assertThat(nested).doesNotContain("13912345678").doesNotContain("13800138000")
          .contains(Json.write(PhoneNumber.parse("13912345678")));
      PersonFacts read = boot.readValue(Json.writeRevealing(facts), PersonFacts.class);
      assertThat(read).isEqualTo(facts);
      // Dates stay strict on Boot's mapper: 1950-3-1 is refused with the library's code, naming the field.
      Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() ->
          boot.readValue("{\"personId\":\"R-1\",\"birthDate\":\"1950-3-1\"}", PersonFacts.class));
      assertThat(Json.toValidation((com.fasterxml.jackson.core.JsonProcessingException) refused).violations())
          .extracting(Violation::field, Violation::code).containsExactly(org.assertj.core.groups.Tuple.tuple(
              "birthDate", CommunityPreventionModule.DATE_FORMAT));
    });
  }

  /** An application type holding the library's values. */
  record Holder(PhoneNumber contact, List<PersonFacts> residents) {}

  @Configuration(proxyBeanMethods = false)
  static class OwnClassifier {
    @Bean
    PopulationClassifier populationClassifier() {
      return PopulationClassifier.of(NationalBaselines.byId("ed9-2022"));
    }
  }

  static <T extends Throwable> T rootCause(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " in " + failure);
  }
}
