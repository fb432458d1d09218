package org.communityprevention.boot;

import java.time.Clock;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.population.PopulationClassifier;
import org.communityprevention.core.time.BeijingTime;
import org.communityprevention.reporting.report.ReportingRules;
import org.communityprevention.risk.designation.DesignationRules;
import org.communityprevention.services.eligibility.ServiceEligibility;
import org.communityprevention.services.facility.FacilityRules;
import org.communityprevention.services.village.VillageServicePlanner;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.ResourceLoader;

/**
 * The library in a Spring Boot application: the configured {@link Policy} and one bean per capability's entry
 * object under it. Each is immutable and thread-safe, made once at startup. An application replaces any of them by
 * declaring its own bean of the type.
 *
 * <p>The policy is built at startup from {@code community-prevention.policy.*}; a provincial layer that loosens its
 * baseline, names an unknown baseline or lacks a source for a change stops the application with a
 * {@link PolicyConfigurationException} naming the property and every field at fault.
 */
@AutoConfiguration
@EnableConfigurationProperties(CommunityPreventionProperties.class)
public class CommunityPreventionAutoConfiguration {
  /** The policy that decides, from {@code community-prevention.policy.*}. */
  @Bean
  @ConditionalOnMissingBean
  public Policy communityPreventionPolicy(CommunityPreventionProperties properties, ResourceLoader resources) {
    return ConfiguredPolicy.load(properties.policy(), resources);
  }

  /** The Beijing clock that says which day "today" is; replace it in tests. */
  @Bean
  @ConditionalOnMissingBean
  public Clock communityPreventionClock() {
    return Clock.system(BeijingTime.ZONE);
  }

  /** Key-population classification (重点人群分类, §2.2–§2.5, §5.3, §5.4). */
  @Bean
  @ConditionalOnMissingBean
  public PopulationClassifier populationClassifier(Policy policy) {
    return PopulationClassifier.of(policy);
  }

  /**
   * Risk-level designation (风险等级划定, §1.4): the rules the timelines fold by. Lazy, because a policy without
   * risk tiers (a layer for reporting only, say) is still a policy for the other capabilities; it fails, naming the
   * risk fields, when first used.
   */
  @Bean
  @Lazy
  @ConditionalOnMissingBean
  public DesignationRules designationRules(Policy policy) {
    return DesignationRules.of(policy);
  }

  /** Daily and zero reports (日报告、零报告, §1.6): deadline, grace and late acceptance. */
  @Bean
  @ConditionalOnMissingBean
  public ReportingRules reportingRules(Policy policy) {
    return ReportingRules.of(policy);
  }

  /** Community-service eligibility (社区服务, §5.1–§5.4, §2.6) with the catalogue's channels. */
  @Bean
  @ConditionalOnMissingBean
  public ServiceEligibility serviceEligibility(Policy policy) {
    return ServiceEligibility.under(policy);
  }

  /** A village's service lists and the sharing of short capacity (§5.2). */
  @Bean
  @ConditionalOnMissingBean
  public VillageServicePlanner villageServicePlanner(ServiceEligibility eligibility) {
    return VillageServicePlanner.using(eligibility);
  }

  /** Operating rules of community service facilities (综合服务设施, §5.5). */
  @Bean
  @ConditionalOnMissingBean
  public FacilityRules facilityRules(Policy policy) {
    return FacilityRules.under(policy);
  }
}
