package org.communityprevention.boot;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.communityprevention.boot.health.PolicyHealthIndicator;
import org.communityprevention.boot.metrics.CommunityPreventionMetrics;
import org.communityprevention.core.policy.Policy;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With Spring Boot Actuator: the {@code communityPrevention} health indicator (the policy in force, its version and
 * its count of unverified values) and, with a {@link MeterRegistry}, the {@link CommunityPreventionMetrics}.
 */
@AutoConfiguration(after = {CommunityPreventionAutoConfiguration.class, MetricsAutoConfiguration.class,
    CompositeMeterRegistryAutoConfiguration.class})
public class CommunityPreventionActuatorAutoConfiguration {
  /** The health indicator, served as {@code /actuator/health/communityPrevention}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(HealthIndicator.class)
  @ConditionalOnEnabledHealthIndicator("communityPrevention")
  static class Health {
    @Bean
    @ConditionalOnMissingBean(name = "communityPreventionHealthIndicator")
    PolicyHealthIndicator communityPreventionHealthIndicator(Policy policy, Clock clock) {
      return new PolicyHealthIndicator(policy, clock);
    }
  }

  /** The counters, when the application has a meter registry. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterRegistry.class)
  @ConditionalOnBean(MeterRegistry.class)
  static class Metrics {
    @Bean
    @ConditionalOnMissingBean
    CommunityPreventionMetrics communityPreventionMetrics(MeterRegistry registry) {
      return new CommunityPreventionMetrics(registry);
    }
  }
}
