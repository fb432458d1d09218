package org.communityprevention.examples.spring;

import org.communityprevention.core.population.PopulationClassifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The county's season, the feed that sends it, and nothing the starter does not already give. */
@Configuration(proxyBeanMethods = false)
class SampleConfiguration {
  @Bean
  CountySeason countySeason(SampleProperties properties, PopulationClassifier classifier) {
    return new CountySeason(properties, classifier);
  }

  @Bean
  @ConditionalOnProperty(name = "sample.feed", havingValue = "true", matchIfMissing = true)
  ReportFeed reportFeed(CountySeason season, WebServerApplicationContext context) {
    return new ReportFeed(season, context);
  }
}
