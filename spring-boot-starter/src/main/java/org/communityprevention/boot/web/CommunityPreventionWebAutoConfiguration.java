package org.communityprevention.boot.web;

import org.communityprevention.boot.CommunityPreventionAutoConfiguration;
import org.communityprevention.boot.CommunityPreventionLedgerAutoConfiguration;
import org.communityprevention.jdbc.ledger.JdbcLedger;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Configuration;
import org.communityprevention.boot.CommunityPreventionProperties;
import org.communityprevention.boot.metrics.CommunityPreventionMetrics;
import org.communityprevention.core.policy.Policy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * The HTTP endpoints of the JSON command line's operations, under {@code community-prevention.web.base-path}
 * (default {@code /community-prevention}), when {@code community-prevention.web.enabled=true} in a servlet web
 * application: {@code POST classify}, {@code POST risk/timeline}, {@code POST reports/check},
 * {@code POST eligibility}, {@code POST policy/validate} and {@code GET policy}; with the durable ledger, also
 * {@code POST units}, {@code POST reports} and {@code GET reports/completeness}. Authentication is the application's:
 * protect the base path with Spring Security (see {@code docs/spring-boot.md}).
 */
@AutoConfiguration(after = {CommunityPreventionAutoConfiguration.class,
    CommunityPreventionLedgerAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(prefix = CommunityPreventionProperties.PREFIX + ".web", name = "enabled", havingValue = "true")
@Import({PopulationEndpoint.class, RiskEndpoint.class, ReportsEndpoint.class, EligibilityEndpoint.class,
    PolicyEndpoint.class, ProblemAdvice.class})
public class CommunityPreventionWebAutoConfiguration {
  /** The ledger's endpoints, when the application has the ledger. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(JdbcLedger.class)
  @ConditionalOnBean(JdbcLedger.class)
  @Import(LedgerEndpoint.class)
  static class Ledger {}

  @Bean
  RequestLanguage communityPreventionRequestLanguage(CommunityPreventionProperties properties) {
    return new RequestLanguage(properties.language());
  }

  @Bean
  EndpointSupport communityPreventionEndpointSupport(Policy policy, RequestLanguage language,
      ObjectProvider<CommunityPreventionMetrics> metrics) {
    return new EndpointSupport(policy, language, metrics);
  }

  /** The body size limit on the endpoints' paths, before any other filter reads the body. */
  @Bean
  FilterRegistrationBean<RequestSizeLimit> communityPreventionRequestSizeLimit(
      CommunityPreventionProperties properties, RequestLanguage language) {
    FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(
        new RequestSizeLimit(properties.web().maxRequestSize().toBytes(), language));
    String base = properties.web().basePath().replaceAll("/+$", "");
    registration.addUrlPatterns(base + "/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}
