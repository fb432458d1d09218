package org.communityprevention.boot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/** The one Spring Security bean of {@code docs/spring-boot.md} protects the endpoints. */
@SpringBootTest(classes = SecuredEndpointsTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"community-prevention.policy.baseline=ed7-2020", "community-prevention.web.enabled=true"})
class SecuredEndpointsTest {
  @SpringBootConfiguration
  @EnableAutoConfiguration(exclude = DataSourceAutoConfiguration.class)
  static class App {
    // The bean as docs/spring-boot.md shows it.
    @Bean
    @Order(1)
    SecurityFilterChain communityPrevention(HttpSecurity http) throws Exception {
      return http.securityMatcher("/community-prevention/**")
          .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("PLATFORM"))
          .httpBasic(Customizer.withDefaults())
          .csrf(csrf -> csrf.disable())          // a machine-to-machine JSON API, no browser session
          .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
          .build();
    }

    @Bean
    UserDetailsService platformUsers() {
      return new InMemoryUserDetailsManager(
          User.withUsername("platform").password("{noop}secret").roles("PLATFORM").build(),
          User.withUsername("clerk").password("{noop}secret").roles("CLERK").build());
    }
  }

  @LocalServerPort
  int port;

  @Test
  @DisplayName("without credentials 401, with another role 403, with the platform role the answer")
  void protectedByTheBean() {
    Http http = new Http(port);
    assertThat(send(http, null).statusCode()).isEqualTo(401);
    assertThat(send(http, "clerk:secret").statusCode()).isEqualTo(403);
    HttpResponse<String> ok = send(http, "platform:secret");
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(Http.json(ok.body()).get("valid").asBoolean()).isTrue();
  }

  private HttpResponse<String> send(Http http, String credentials) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
        + "/community-prevention/policy/validate")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(Http.example("guangdong-2021.json"), StandardCharsets.UTF_8));
    if (credentials != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
          credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build());
  }
}
