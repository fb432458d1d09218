package org.communityprevention.boot;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.communityprevention.boot.json.LibraryWireFormatModule;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Registers the library's wire format on Boot's {@code ObjectMapper} (Boot installs every {@link Module} bean), so
 * the application's controllers and clients write and read the library's values exactly as {@code docs/json.md}
 * says, with personal data masked.
 */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
@ConditionalOnClass(ObjectMapper.class)
public class CommunityPreventionJacksonAutoConfiguration {
  /** The library's wire format for its own types. */
  @Bean
  public Module communityPreventionJacksonModule() {
    return new LibraryWireFormatModule();
  }
}
