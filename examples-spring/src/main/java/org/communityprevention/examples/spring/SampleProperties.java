package org.communityprevention.examples.spring;

import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sample's own settings, under {@code sample}.
 *
 * @param feed whether the demo county's reports are sent to the service at startup (default {@code true})
 * @param villages villages and communities of the county (default 150)
 * @param residents residents of the county (default 200,000)
 * @param days days of the season from 2021-01-20 (default 60)
 * @param seed the seed of the county (default 20210130, the demo's)
 * @param databaseDirectory where the embedded PostgreSQL keeps its data; empty for a fresh temporary database
 */
@ConfigurationProperties(prefix = "sample")
public record SampleProperties(@DefaultValue("true") boolean feed, @DefaultValue("150") int villages,
    @DefaultValue("200000") int residents, @DefaultValue("60") int days, @DefaultValue("20210130") long seed,
    Optional<String> databaseDirectory) {
  /** Settings; a directory not set is empty. */
  public SampleProperties {
    databaseDirectory = databaseDirectory == null ? Optional.empty() : databaseDirectory;
  }
}
