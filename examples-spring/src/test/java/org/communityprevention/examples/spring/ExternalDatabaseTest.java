package org.communityprevention.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import org.communityprevention.jdbc.ledger.JdbcLedger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** With {@code --spring.datasource.url=…} the sample uses that server and starts no database of its own. */
class ExternalDatabaseTest {
  @Test
  @DisplayName("a datasource URL on the command line replaces the embedded database; the ledger's tables go there")
  void realServer() throws Exception {
    try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
      String url = server.getJdbcUrl("postgres", "postgres");
      try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SampleApplication.class)
          .web(WebApplicationType.NONE)
          .run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--sample.feed=false",
              "--sample.residents=2000")) {
        assertThat(context.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
        assertThat(context.getBean(JdbcLedger.class).reportCount()).isZero();
      }
      try (Connection c = server.getPostgresDatabase().getConnection();
          ResultSet tables = c.createStatement().executeQuery("select count(*) from information_schema.tables"
              + " where table_schema = 'community_prevention'")) {
        tables.next();
        assertThat(tables.getInt(1)).isGreaterThanOrEqualTo(3);
      }
    }
  }
}
