package org.communityprevention.jdbc.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.reporting.registry.UnitChange;
import org.communityprevention.reporting.registry.UnitRegistry;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.report.ReportLedger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("a crash in the middle of a batch commits nothing partial, and a re-run counts exactly")
class CrashTest {
  private static final String SCHEMA = "it_crash";
  private static final int CHUNK = 100;

  @ParameterizedTest(name = "connection killed before commit {0} of 5")
  @ValueSource(ints = {1, 3, 5})
  @DisplayName("the server ends the connection just before a chunk commits")
  void killedBeforeCommit(int killAt) {
    JdbcLedger setup = TestDatabase.freshLedger(SCHEMA, Fixtures.RULES);
    List<UnitChange> changes = new ArrayList<>();
    for (int u = 1; u <= 50; u++) {
      changes.add(UnitChange.opened(unit(u), LocalDate.of(2021, 1, 1), "村" + u));
    }
    setup.recordUnitChanges(changes);
    List<DailyReport> batch = new ArrayList<>();
    for (int u = 1; u <= 50; u++) {
      for (int d = 0; d < 10; d++) {
        LocalDate day = Fixtures.DAY.plusDays(d);
        batch.add(u % 3 == 0 ? Fixtures.figures(unit(u), day, 9 + d * 0.1, d % 2, u % 4)
            : Fixtures.zero(unit(u), day, 10));
      }
    }
    Collections.shuffle(batch, new Random(killAt));
    LedgerSettings settings = new LedgerSettings.Builder().schema(SCHEMA).chunkSize(CHUNK).build();

    AtomicInteger commits = new AtomicInteger();
    JdbcLedger crashing = JdbcLedger.of(killing(TestDatabase.unpooled(), commits, killAt), Fixtures.RULES, settings);
    LedgerException e = catchThrowableOfType(LedgerException.class, () -> crashing.ingestReports(batch));

    assertThat(e).isNotNull();
    assertThat(e.sqlState()).startsWith("08");
    assertThat(e.committed()).isEqualTo((long) (killAt - 1) * CHUNK);
    JdbcLedger ledger = JdbcLedger.of(TestDatabase.dataSource(), Fixtures.RULES, settings);
    assertThat(ledger.reportCount()).isEqualTo((long) (killAt - 1) * CHUNK);

    IngestResult rerun = ledger.ingestReports(batch);
    assertThat(rerun.read()).isEqualTo(500);
    assertThat(rerun.stored()).isEqualTo(500 - (long) (killAt - 1) * CHUNK);
    assertThat(rerun.duplicates()).isEqualTo((long) (killAt - 1) * CHUNK);
    assertThat(rerun.rejected()).isEmpty();
    assertThat(ledger.reportCount()).isEqualTo(500);
    assertThat(TestDatabase.count("SELECT sum(receipts) FROM " + SCHEMA + ".daily_report"))
        .isEqualTo(500 + (long) (killAt - 1) * CHUNK);

    ReportLedger memory = ReportLedger.of(Fixtures.RULES, UnitRegistry.of(changes));
    memory.submitAll(batch);
    assertThat(ledger.load(DateWindow.ofDays(Fixtures.DAY, 10)).unitDays()).isEqualTo(memory.unitDays());
  }

  private static DivisionCode unit(int u) {
    return DivisionCode.ofLong(440_983_102_000L + u);
  }

  /** Connections whose server process is terminated just before the {@code killAt}-th commit of the run. */
  private static DataSource killing(DataSource real, AtomicInteger commits, int killAt) {
    return (DataSource) Proxy.newProxyInstance(CrashTest.class.getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, method, args) -> {
          Object out = invoke(real, method, args);
          return out instanceof Connection ? connection((Connection) out, commits, killAt) : out;
        });
  }

  private static Connection connection(Connection c, AtomicInteger commits, int killAt) {
    return (Connection) Proxy.newProxyInstance(CrashTest.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          // The run's first commit ends its read of the register; the chunks' commits follow.
          if (method.getName().equals("commit") && commits.incrementAndGet() == killAt + 1) {
            try (Statement s = c.createStatement()) {
              s.execute("SELECT pg_terminate_backend(pg_backend_pid())");
            } catch (SQLException expected) {
              // The server ends this very connection while the statement runs; the commit below then fails.
            }
          }
          return invoke(c, method, args);
        });
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
