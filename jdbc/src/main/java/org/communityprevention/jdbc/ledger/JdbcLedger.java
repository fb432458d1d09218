package org.communityprevention.jdbc.ledger;

import com.google.common.collect.ImmutableList;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.BatchResult;
import org.communityprevention.core.validation.Rejected;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.communityprevention.reporting.completeness.Presence;
import org.communityprevention.reporting.completeness.PresenceBuilder;
import org.communityprevention.reporting.registry.UnitChange;
import org.communityprevention.reporting.registry.UnitRegistry;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.report.ReportLedger;
import org.communityprevention.reporting.report.ReportingRules;
import org.communityprevention.reporting.report.SubmissionConflict;
import org.communityprevention.reporting.signal.ConcealmentChecks;
import org.communityprevention.reporting.signal.ConcealmentSignal;
import org.communityprevention.reporting.signal.UnitDayFacts;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * A durable report ledger (持久化报送台账) in a PostgreSQL-compatible database: the unit register over time, every
 * daily and zero report with its revisions and duplicates, and the {@linkplain #decisions() decision log}.
 *
 * <p>It checks reports exactly as the in-memory {@link ReportLedger} does (the unit must owe a report that day by the
 * stored register; a report after the late-acceptance days is refused) and stores the accepted ones, so that
 * {@link #load(DateWindow)} gives back a {@code ReportLedger} in the very state it would have reached had it been
 * handed the same reports, in any order, with any duplicates: completeness, timeliness, conflicts and concealment
 * signals computed from it are the in-memory results.
 *
 * <p><b>Nothing lost, nothing twice.</b> Ingest is idempotent by (unit, day, revision, submission id): a batch sent
 * again after a timeout or a crash finds its rows and counts them as duplicates. A batch is written in chunks of
 * {@link LedgerSettings#chunkSize()} records, one transaction each: a chunk is stored whole or not at all, never in
 * part. Several writers, on overlapping units too, may ingest at once.
 *
 * <p>Plain JDBC on the caller's {@link DataSource} (a pool such as HikariCP); no ORM. The schema comes from the Flyway
 * migrations shipped in this jar ({@link #migrate()}). Thread-safe; create one per database and schema.
 *
 * <pre>{@code
 * JdbcLedger ledger = JdbcLedger.of(dataSource, ReportingRules.of(policy));
 * ledger.migrate();
 * ledger.recordUnitChanges(changes);
 * IngestResult r = ledger.ingestReports(reports);
 * Presence p = ledger.presence(DateWindow.ofDays(day, 1));
 * }</pre>
 */
public final class JdbcLedger {
  /** Violation code: a report filed at an instant finer than a microsecond, which the database cannot keep. */
  public static final String FILED_AT_PRECISION = "jdbc.ledger.filed_at_precision";
  /** Violation code: a submission id already held (or earlier in the batch) for a different report. */
  public static final String SUBMISSION_ID_REUSED = "jdbc.ledger.submission_id_reused";
  /** Where the migrations live in the jar. */
  public static final String MIGRATIONS = "classpath:org/communityprevention/jdbc/ledger/migration";
  /** The table of applied migrations, in the ledger's schema. */
  public static final String HISTORY_TABLE = "cp_schema_history";

  private final DataSource dataSource;
  private final ReportingRules rules;
  private final LedgerSettings settings;
  private final Database db;
  private final ReportRows reports;
  private final UnitChangeRows units;
  private final DecisionLog decisions;
  private final Object registryLock = new Object();
  private long registryVersion = -1;
  private UnitRegistry registry = UnitRegistry.of(List.of());

  private JdbcLedger(DataSource dataSource, ReportingRules rules, LedgerSettings settings) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.rules = Objects.requireNonNull(rules, "rules");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.db = new Database(dataSource, settings.schema(), settings.retries());
    this.reports = new ReportRows(db);
    this.units = new UnitChangeRows(db);
    this.decisions = new DecisionLog(db);
  }

  /** A ledger on a data source with the default {@link LedgerSettings}. */
  public static JdbcLedger of(DataSource dataSource, ReportingRules rules) {
    return of(dataSource, rules, LedgerSettings.defaults());
  }

  /** A ledger on a data source. It does not touch the database until used; call {@link #migrate()} first. */
  public static JdbcLedger of(DataSource dataSource, ReportingRules rules, LedgerSettings settings) {
    return new JdbcLedger(dataSource, rules, settings);
  }

  /** The deadline rules that judge timeliness and refuse reports filed too late. */
  public ReportingRules rules() {
    return rules;
  }

  /** The settings. */
  public LedgerSettings settings() {
    return settings;
  }

  /**
   * Creates or updates the ledger's tables in its schema with the Flyway migrations shipped in the jar (the schema
   * is created if missing; history in {@value #HISTORY_TABLE}). Safe to call at every start.
   *
   * @return how many migrations were applied now (0 when the schema is up to date)
   * @throws LedgerException if a migration fails
   */
  public int migrate() {
    try {
      return Flyway.configure(JdbcLedger.class.getClassLoader()).dataSource(dataSource)
          .schemas(settings.schema()).defaultSchema(settings.schema()).table(HISTORY_TABLE)
          .locations(MIGRATIONS).load().migrate().migrationsExecuted;
    } catch (FlywayException e) {
      throw new LedgerException("migrate schema " + settings.schema(), 0,
          new SQLException(e.getMessage(), "58000", e));
    }
  }

  // ---- the register ---------------------------------------------------------------------------------------------

  /**
   * Records changes of the unit register (设立、更名、代码变更、合并、撤销). The stored changes and the new ones must form
   * a valid {@link UnitRegistry} together; otherwise nothing is stored. Changes already held are skipped, so sending
   * the same changes again is harmless. Writers of the register are serialized by a table lock.
   *
   * @return how many changes were new
   * @throws ValidationException the register's own violations (a code reused, a change to a unit not open, …)
   * @throws LedgerException if the database fails
   */
  public int recordUnitChanges(Collection<UnitChange> changes) {
    List<UnitChange> given = List.copyOf(changes);
    return db.inTransaction("record unit changes", 0, c -> {
      units.lock(c);
      List<UnitChange> held = units.all(c);
      Set<UnitChange> fresh = new LinkedHashSet<>(given);
      held.forEach(fresh::remove);
      List<UnitChange> all = new ArrayList<>(held);
      all.addAll(fresh);
      UnitRegistry.of(all);
      return units.insert(c, fresh);
    });
  }

  /** The unit register as stored, read again only when another change has been recorded since the last read. */
  public UnitRegistry registry() {
    return db.inTransaction("read unit register", 0, c -> {
      long version = units.version(c);
      synchronized (registryLock) {
        if (version != registryVersion) {
          registry = UnitRegistry.of(units.all(c));
          registryVersion = version;
        }
        return registry;
      }
    });
  }

  // ---- reports --------------------------------------------------------------------------------------------------

  /**
   * Ingests reports under their content ids ({@link SubmittedReport#of(DailyReport)}): identical reports are one
   * submission, as in the in-memory ledger.
   *
   * @see #ingest(Iterable)
   */
  public IngestResult ingestReports(Iterable<DailyReport> batch) {
    List<SubmittedReport> out = new ArrayList<>();
    for (DailyReport r : batch) {
      out.add(SubmittedReport.of(r));
    }
    return ingest(out);
  }

  /**
   * Ingests a batch in chunks of {@link LedgerSettings#chunkSize()}, one transaction per chunk.
   *
   * <p>A record is rejected, with its zero-based position and violations, when the in-memory ledger would refuse it
   * ({@link ReportLedger#UNIT_UNKNOWN}, {@link ReportLedger#UNIT_RETIRED}, {@link ReportLedger#UNIT_NOT_EXPECTED},
   * {@link ReportLedger#TOO_LATE}), when it is filed at an instant finer than a microsecond
   * ({@value #FILED_AT_PRECISION}), or when its submission id is already held for another report
   * ({@value #SUBMISSION_ID_REUSED}). A record whose key is already held with the same content is a duplicate: its
   * receipt is counted, nothing else changes. The rest are stored.
   *
   * @return the counts, which add up to the records read
   * @throws LedgerException if the database fails; the chunks before the failing one stay committed (its
   *     {@link LedgerException#committed()} says how many records they held) and the batch may be sent again whole
   */
  public IngestResult ingest(Iterable<SubmittedReport> batch) {
    UnitRegistry current = registry();
    IngestResult.Builder result = new IngestResult.Builder();
    long read = 0;
    long stored = 0;
    long duplicates = 0;
    int chunks = 0;
    List<SubmittedReport> chunk = new ArrayList<>(settings.chunkSize());
    List<Rejected> rejected = new ArrayList<>();
    for (SubmittedReport s : batch) {
      chunk.add(Objects.requireNonNull(s, "submission"));
      if (chunk.size() == settings.chunkSize()) {
        long[] n = writeChunk(current, chunk, read, rejected);
        stored += n[0];
        duplicates += n[1];
        read += chunk.size();
        chunks++;
        chunk.clear();
      }
    }
    if (!chunk.isEmpty()) {
      long[] n = writeChunk(current, chunk, read, rejected);
      stored += n[0];
      duplicates += n[1];
      read += chunk.size();
      chunks++;
    }
    return result.read(read).stored(stored).duplicates(duplicates).rejected(rejected).chunks(chunks).build();
  }

  /** Checks and writes one chunk in one transaction; returns {stored, duplicates} and adds its rejections. */
  private long[] writeChunk(UnitRegistry current, List<SubmittedReport> chunk, long offset, List<Rejected> rejected) {
    // The in-memory ledger's own checks, on a scratch ledger: the same codes, fields and parameters.
    List<DailyReport> plain = new ArrayList<>(chunk.size());
    for (SubmittedReport s : chunk) {
      plain.add(s.report());
    }
    BatchResult<DailyReport> checked = ReportLedger.of(rules, current).submitAll(plain);
    List<List<Violation>> problems = violationsByPosition(chunk.size(), offset, checked);
    List<SubmittedReport> valid = new ArrayList<>(chunk.size());
    List<Integer> positions = new ArrayList<>(chunk.size());
    for (int i = 0; i < chunk.size(); i++) {
      if (chunk.get(i).report().filedAt().getNano() % 1000 != 0) {
        add(problems, i, Violation.of("[" + (offset + i) + "].filedAt", FILED_AT_PRECISION));
      }
      if (problems.get(i) == null) {
        valid.add(chunk.get(i));
        positions.add(i);
      }
    }
    ReportRows.Fate[] fates = valid.isEmpty() ? new ReportRows.Fate[0]
        : db.inTransaction("ingest reports", offset, c -> reports.write(c, valid));
    long stored = 0;
    long duplicates = 0;
    for (int j = 0; j < fates.length; j++) {
      switch (fates[j]) {
        case STORED:
          stored++;
          break;
        case DUPLICATE:
          duplicates++;
          break;
        default:
          add(problems, positions.get(j), Violation.of("[" + (offset + positions.get(j)) + "].submissionId",
              SUBMISSION_ID_REUSED));
          break;
      }
    }
    for (int i = 0; i < chunk.size(); i++) {
      if (problems.get(i) != null) {
        rejected.add(Rejected.of(offset + i, problems.get(i)));
      }
    }
    return new long[] {stored, duplicates};
  }

  /** The scratch ledger's rejections by position in the chunk, their paths renumbered to the whole batch. */
  private static List<List<Violation>> violationsByPosition(int size, long offset, BatchResult<DailyReport> checked) {
    List<List<Violation>> out = new ArrayList<>(Collections.nCopies(size, null));
    for (Rejected r : checked.rejected()) {
      int i = (int) r.position();
      String local = "[" + i + "]";
      String global = "[" + (offset + i) + "]";
      for (Violation v : r.violations()) {
        String field = v.field().startsWith(local) ? global + v.field().substring(local.length()) : v.field();
        Object[] pairs = new Object[v.params().size() * 2];
        int k = 0;
        for (Map.Entry<String, String> e : v.params().entrySet()) {
          pairs[k++] = e.getKey();
          pairs[k++] = e.getValue();
        }
        add(out, i, Violation.of(field, v.code(), pairs));
      }
    }
    return out;
  }

  private static void add(List<List<Violation>> problems, int i, Violation v) {
    if (problems.get(i) == null) {
      problems.set(i, new ArrayList<>());
    }
    problems.get(i).add(v);
  }

  /**
   * An in-memory ledger holding the stored reports of the window's days, checked against the stored register and
   * this ledger's rules: the state the in-memory engine reaches with the same reports. A stored report that the
   * register no longer expects (a unit closed since, with retroactive effect) is left out, as the engine would
   * refuse it.
   *
   * @throws LedgerException if the database fails
   */
  public ReportLedger load(DateWindow days) {
    UnitRegistry current = registry();
    ReportLedger out = ReportLedger.of(rules, current);
    List<DailyReport> rows = new ArrayList<>();
    db.inTransaction("load reports", 0, c -> {
      reports.load(c, days, s -> rows.add(s.report()));
      return null;
    });
    out.submitAll(rows);
    return out;
  }

  /** Completeness and timeliness of the window (应报、已报、按时、迟报、零报告), from the stored reports. */
  public Presence presence(DateWindow window) {
    ReportLedger ledger = load(window);
    PresenceBuilder b = PresenceBuilder.of(ledger.registry(), window);
    b.addAll(ledger);
    return b.build();
  }

  /**
   * The concealment signals of the window (瞒报、漏报线索), from the stored reports of the window and of the
   * {@linkplain LedgerSettings#lookBackDays() look-back days} before it, against the caller's facts.
   */
  public ImmutableList<ConcealmentSignal> signals(DateWindow window, Collection<UnitDayFacts> facts) {
    DateWindow read = DateWindow.of(window.start().minusDays(settings.lookBackDays()), window.endExclusive());
    return ConcealmentChecks.scan(load(read), facts, window);
  }

  /** The conflicts of the window: unit-days with different reports under one revision (报送冲突). */
  public ImmutableList<SubmissionConflict> conflicts(DateWindow window) {
    return load(window).conflicts();
  }

  /** The number of report rows stored (each distinct submission once). */
  public long reportCount() {
    return db.inTransaction("count reports", 0, reports::count);
  }

  // ---- decisions ------------------------------------------------------------------------------------------------

  /** The append-only decision log. */
  public DecisionLog decisions() {
    return decisions;
  }
}
