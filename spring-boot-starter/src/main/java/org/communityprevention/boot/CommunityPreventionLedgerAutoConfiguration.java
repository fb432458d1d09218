package org.communityprevention.boot;

import javax.sql.DataSource;
import org.communityprevention.jdbc.ledger.JdbcLedger;
import org.communityprevention.jdbc.ledger.LedgerSettings;
import org.communityprevention.reporting.report.ReportingRules;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The durable report ledger ({@link JdbcLedger}, 持久化报送台账) on the application's {@link DataSource}, when
 * {@code community-prevention-jdbc} is on the classpath: reports, the unit register and the decision log survive a
 * restart. Its Flyway migrations run at startup ({@code community-prevention.ledger.migrate}) in its own schema and
 * history table, beside any migrations of the application's own.
 */
@AutoConfiguration(after = {CommunityPreventionAutoConfiguration.class, DataSourceAutoConfiguration.class})
@ConditionalOnClass({JdbcLedger.class, DataSource.class})
@ConditionalOnBean(DataSource.class)
@ConditionalOnProperty(prefix = CommunityPreventionProperties.PREFIX + ".ledger", name = "enabled",
    havingValue = "true", matchIfMissing = true)
public class CommunityPreventionLedgerAutoConfiguration {
  /** The ledger, its schema migrated unless {@code community-prevention.ledger.migrate=false}. */
  @Bean
  @ConditionalOnMissingBean
  public JdbcLedger communityPreventionLedger(DataSource dataSource, ReportingRules rules,
      CommunityPreventionProperties properties) {
    CommunityPreventionProperties.LedgerProperties settings = properties.ledger();
    JdbcLedger ledger = JdbcLedger.of(dataSource, rules, new LedgerSettings.Builder()
        .schema(settings.schema()).chunkSize(settings.chunkSize()).build());
    if (settings.migrate()) {
      ledger.migrate();
    }
    return ledger;
  }
}
