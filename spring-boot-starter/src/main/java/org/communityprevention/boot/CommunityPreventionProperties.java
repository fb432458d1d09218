package org.communityprevention.boot;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.util.unit.DataSize;

/**
 * The configuration of the library in a Spring Boot application, under {@code community-prevention}.
 *
 * @param policy which policy decides: a national baseline (by id or by date) and an optional provincial layer
 * @param language the language of messages and reasons: {@code zh} (default) or {@code en}
 * @param web the optional HTTP endpoints
 * @param ledger the durable report ledger, when the application has a {@code DataSource}
 */
@ConfigurationProperties(prefix = CommunityPreventionProperties.PREFIX)
public record CommunityPreventionProperties(
    @DefaultValue PolicySettings policy,
    @DefaultValue("zh") Language language,
    @DefaultValue WebSettings web,
    @DefaultValue LedgerProperties ledger) {

  /** The prefix of every property. */
  public static final String PREFIX = "community-prevention";

  /**
   * Which policy decides.
   *
   * <p>Give one of: {@code baseline} (a national baseline id such as {@code ed7-2020}), {@code date} (the national
   * baseline in force on that Beijing date, {@code yyyy-MM-dd}), or {@code layer} alone (the layer names its baseline).
   * With a layer, a baseline or date given beside it must agree with the layer's {@code basedOn}. There is no
   * default: which rules apply is the vendor's decision, never a guess.
   *
   * @param baseline a national baseline id ({@code 2020-county}, {@code ed7-2020}, {@code ed9-2022},
   *     {@code opt20-2022})
   * @param date the Beijing date whose national baseline applies
   * @param layer the location of a resource holding a provincial layer (JSON, UTF-8), such as
   *     {@code classpath:policy/guangdong.json} or {@code file:/etc/platform/guangdong.json}
   */
  public record PolicySettings(Optional<String> baseline,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> date, Optional<String> layer) {
    /** Settings; a property that is not set is empty. */
    public PolicySettings {
      // The binder passes no value at all for a property that is not set.
      baseline = baseline == null ? Optional.empty() : baseline;
      date = date == null ? Optional.empty() : date;
      layer = layer == null ? Optional.empty() : layer;
    }
  }

  /**
   * The HTTP endpoints of the JSON command line's operations.
   *
   * @param enabled whether the endpoints are served (default {@code false})
   * @param basePath the path under which they are served (default {@code /community-prevention})
   * @param maxRequestSize the largest request body accepted (default 64MB); a larger body is refused with 413
   */
  public record WebSettings(@DefaultValue("false") boolean enabled,
      @DefaultValue("/community-prevention") String basePath,
      @DefaultValue("64MB") DataSize maxRequestSize) {}

  /**
   * The durable report ledger ({@code community-prevention-jdbc}) on the application's {@code DataSource}.
   *
   * @param enabled whether the ledger is a bean when a {@code DataSource} is present (default {@code true})
   * @param schema the database schema of its tables (default {@code community_prevention})
   * @param chunkSize records per transaction when ingesting (default 5000)
   * @param migrate whether its Flyway migrations run at startup (default {@code true})
   */
  public record LedgerProperties(@DefaultValue("true") boolean enabled,
      @DefaultValue("community_prevention") String schema,
      @DefaultValue("5000") int chunkSize,
      @DefaultValue("true") boolean migrate) {}
}
