package org.communityprevention.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * A sample platform service with the starter. It starts an embedded PostgreSQL unless
 * {@code --spring.datasource.url=…} names a real server, feeds the demo county's season of daily reports to its own
 * HTTP endpoints (as the villages' apps would), and serves the county's report page, computed from the stored
 * reports on every request, at {@code /}.
 */
@SpringBootApplication
@EnableConfigurationProperties(SampleProperties.class)
public class SampleApplication {
  /** Entry point. */
  public static void main(String[] args) {
    SpringApplication.run(SampleApplication.class, args);
  }
}
