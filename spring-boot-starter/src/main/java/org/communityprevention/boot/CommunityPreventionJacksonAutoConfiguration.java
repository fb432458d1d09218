package org.communityprevention.boot;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.communityprevention.core.json.CommunityPreventionModule;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Registers the library's {@link CommunityPreventionModule} on Boot's {@code ObjectMapper} (Boot installs every
 * {@link Module} bean): the application's controllers and clients write personal data masked and read dates,
 * instants and times strictly, as {@code docs/json.md} says. Unknown fields and scalar coercion stay the
 * application's choice ({@code spring.jackson.deserialization.fail-on-unknown-properties=true} makes the first
 * strict).
 */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
@ConditionalOnClass(ObjectMapper.class)
public class CommunityPreventionJacksonAutoConfiguration {
  /** The masking module; an application that declares its own {@code CommunityPreventionModule} bean keeps it. */
  @Bean
  @ConditionalOnMissingBean
  public CommunityPreventionModule communityPreventionJacksonModule() {
    return new CommunityPreventionModule();
  }
}
