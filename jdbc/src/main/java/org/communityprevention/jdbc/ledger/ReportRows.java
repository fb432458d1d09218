package org.communityprevention.jdbc.ledger;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.report.ReportFigures;
import org.communityprevention.reporting.report.ZeroReport;

/**
 * The SQL of the {@code daily_report} table. A chunk goes to the server as one {@code INSERT … SELECT FROM unnest(…)}
 * with one array per column: a single round trip and a single statement, whatever the chunk's size.
 */
final class ReportRows {
  /** What became of one record of a chunk. */
  enum Fate {
    STORED, DUPLICATE, ID_REUSED
  }

  private static final int REQUIRED = ReportFigures.FIELDS.size();
  /** The required counts, then the optional §2.3 groups (NULL when not collected). */
  private static final int FIGURES = REQUIRED + ReportFigures.OPTIONAL_FIELDS.size();
  private static final String UNIQUE_VIOLATION = "23505";
  private static final String FIGURE_COLUMNS = "new_fever_referrals, new_suspected, new_confirmed, new_asymptomatic, "
      + "close_contacts_traced, under_home_isolation, under_centralised_isolation, under_health_monitoring, "
      + "cumulative_confirmed, cumulative_asymptomatic, new_returnees_registered, returnees_under_monitoring, "
      + "new_arrivals_from_risk_areas, new_inbound_travellers, new_abnormal_findings";
  private static final String CONTENT_COLUMNS = "filer_id, filed_at, urgent, zero_report, " + FIGURE_COLUMNS;
  private static final String KEY_COLUMNS = "unit_code, day, revision, submission_id";
  private static final String KEY_ARRAYS = "?::varchar[], ?::date[], ?::int[], ?::varchar[]";
  private static final Comparator<Key> KEY_ORDER = Comparator.comparing(Key::day).thenComparing(Key::unit)
      .thenComparingInt(Key::revision).thenComparing(Key::submissionId);

  private final String insert;
  private final String insertNew;
  private final String existing;
  private final String touch;
  private final String load;
  private final String count;

  ReportRows(Database db) {
    String t = db.table("daily_report");
    StringBuilder arrays = new StringBuilder(KEY_ARRAYS).append(", ?::varchar[], ?::timestamptz[], ?::boolean[], "
        + "?::boolean[]");
    StringBuilder names = new StringBuilder("u, d, r, s, f, a, g, z");
    for (int i = 0; i < FIGURES; i++) {
      arrays.append(", ?::int[]");
      names.append(", c").append(i);
    }
    insertNew = "INSERT INTO " + t + " (" + KEY_COLUMNS + ", " + CONTENT_COLUMNS + ") SELECT " + names
        + " FROM unnest(" + arrays + ") AS x(" + names + ")";
    insert = insertNew + " ON CONFLICT (" + KEY_COLUMNS + ") DO NOTHING RETURNING " + KEY_COLUMNS;
    existing = "SELECT " + KEY_COLUMNS + ", " + CONTENT_COLUMNS + " FROM " + t + " WHERE (" + KEY_COLUMNS
        + ") IN (SELECT u, d, r, s FROM unnest(" + KEY_ARRAYS + ") AS x(u, d, r, s))";
    touch = "UPDATE " + t + " SET receipts = receipts + x.n FROM unnest(" + KEY_ARRAYS + ", ?::int[]) AS x(u, d, r, "
        + "s, n) WHERE unit_code = x.u AND day = x.d AND revision = x.r AND submission_id = x.s";
    load = "SELECT " + KEY_COLUMNS + ", " + CONTENT_COLUMNS + " FROM " + t + " WHERE day >= ? AND day < ?";
    count = "SELECT count(*) FROM " + t;
  }

  /** The primary key of a row. */
  record Key(String unit, LocalDate day, int revision, String submissionId) {
    static Key of(SubmittedReport s) {
      DailyReport r = s.report();
      return new Key(r.unit().value(), r.day(), r.revision(), s.submissionId());
    }
  }

  /**
   * Writes a chunk inside the caller's transaction and tells each record's fate: stored as a new row, a duplicate
   * of a row held (or of an earlier record of the chunk) with the same content, or a reuse of a held key for other
   * content.
   */
  Fate[] write(Connection c, List<SubmittedReport> chunk) throws SQLException {
    Fate[] fates = new Fate[chunk.size()];
    Map<Key, Integer> first = new HashMap<>(chunk.size() * 2);
    Map<Key, Integer> receipts = new HashMap<>();
    List<Key> fresh = new ArrayList<>(chunk.size());
    for (int i = 0; i < chunk.size(); i++) {
      Key k = Key.of(chunk.get(i));
      Integer at = first.putIfAbsent(k, i);
      if (at == null) {
        fresh.add(k);
      } else if (chunk.get(at).report().equals(chunk.get(i).report())) {
        fates[i] = Fate.DUPLICATE;
        receipts.merge(k, 1, Integer::sum);
      } else {
        fates[i] = Fate.ID_REUSED;
      }
    }
    // One key order for every writer, so that two writers on overlapping units lock rows in the same order.
    fresh.sort(KEY_ORDER);
    Map<Key, Boolean> stored = insertAllNew(c, fresh, first, chunk);
    if (stored == null) {
      stored = insert(c, fresh, first, chunk);
    }
    List<Key> held = new ArrayList<>();
    for (Key k : fresh) {
      if (!stored.containsKey(k)) {
        held.add(k);
      }
    }
    Map<Key, DailyReport> before = held.isEmpty() ? Map.of() : existing(c, held);
    for (Key k : fresh) {
      int i = first.get(k);
      if (stored.containsKey(k)) {
        fates[i] = Fate.STORED;
      } else if (chunk.get(i).report().equals(before.get(k))) {
        fates[i] = Fate.DUPLICATE;
        receipts.merge(k, 1, Integer::sum);
      } else {
        fates[i] = Fate.ID_REUSED;
      }
    }
    if (!receipts.isEmpty()) {
      touch(c, receipts);
    }
    return fates;
  }

  /**
   * The common case first: a chunk of reports none of which is held goes in by a plain insert, which costs the
   * server much less than an insert that handles conflicts row by row. If a key is held after all, the plain insert
   * is undone to a savepoint and the chunk takes the conflict-handling path; nothing else of the transaction is lost.
   *
   * @return every key as stored, or null if some key was held
   */
  private Map<Key, Boolean> insertAllNew(Connection c, List<Key> keys, Map<Key, Integer> first,
      List<SubmittedReport> chunk) throws SQLException {
    if (keys.isEmpty()) {
      return new HashMap<>();
    }
    Savepoint before = c.setSavepoint();
    try (PreparedStatement ps = c.prepareStatement(insertNew)) {
      bindRows(c, ps, keys, first, chunk);
      ps.executeUpdate();
    } catch (SQLException e) {
      if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw e;
      }
      c.rollback(before);
      return null;
    }
    c.releaseSavepoint(before);
    Map<Key, Boolean> stored = new HashMap<>(keys.size() * 2);
    for (Key k : keys) {
      stored.put(k, Boolean.TRUE);
    }
    return stored;
  }

  private Map<Key, Boolean> insert(Connection c, List<Key> keys, Map<Key, Integer> first,
      List<SubmittedReport> chunk) throws SQLException {
    Map<Key, Boolean> stored = new HashMap<>(keys.size() * 2);
    try (PreparedStatement ps = c.prepareStatement(insert)) {
      bindRows(c, ps, keys, first, chunk);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          stored.put(new Key(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getInt(3), rs.getString(4)),
              Boolean.TRUE);
        }
      }
    }
    return stored;
  }

  private static void bindRows(Connection c, PreparedStatement ps, List<Key> keys, Map<Key, Integer> first,
      List<SubmittedReport> chunk) throws SQLException {
    int n = keys.size();
    String[] units = new String[n];
    String[] days = new String[n];
    Integer[] revisions = new Integer[n];
    String[] ids = new String[n];
    String[] filers = new String[n];
    String[] filed = new String[n];
    Boolean[] urgent = new Boolean[n];
    Boolean[] zero = new Boolean[n];
    Integer[][] figures = new Integer[FIGURES][n];
    for (int j = 0; j < n; j++) {
      Key k = keys.get(j);
      DailyReport r = chunk.get(first.get(k)).report();
      units[j] = k.unit();
      days[j] = k.day().toString();
      revisions[j] = k.revision();
      ids[j] = k.submissionId();
      filers[j] = r.filerId();
      filed[j] = r.filedAt().toString();
      urgent[j] = r.urgent();
      zero[j] = r.isZeroReport();
      if (!r.isZeroReport()) {
        ReportFigures fig = (ReportFigures) r.content();
        int[] counts = fig.counts();
        for (int f = 0; f < REQUIRED; f++) {
          figures[f][j] = counts[f];
        }
        int[] optional = fig.optionalCounts();
        for (int f = REQUIRED; f < FIGURES; f++) {
          int v = optional[f - REQUIRED];
          figures[f][j] = v == ReportFigures.NOT_COLLECTED ? null : v;
        }
      }
    }
    int p = 1;
    ps.setArray(p++, c.createArrayOf("varchar", units));
    ps.setArray(p++, c.createArrayOf("date", days));
    ps.setArray(p++, c.createArrayOf("int4", revisions));
    ps.setArray(p++, c.createArrayOf("varchar", ids));
    ps.setArray(p++, c.createArrayOf("varchar", filers));
    ps.setArray(p++, c.createArrayOf("timestamptz", filed));
    ps.setArray(p++, c.createArrayOf("bool", urgent));
    ps.setArray(p++, c.createArrayOf("bool", zero));
    for (int f = 0; f < FIGURES; f++) {
      ps.setArray(p++, c.createArrayOf("int4", figures[f]));
    }
  }

  private Map<Key, DailyReport> existing(Connection c, List<Key> keys) throws SQLException {
    Map<Key, DailyReport> out = new HashMap<>(keys.size() * 2);
    try (PreparedStatement ps = c.prepareStatement(existing)) {
      bindKeys(c, ps, keys);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(new Key(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getInt(3), rs.getString(4)),
              report(rs));
        }
      }
    }
    return out;
  }

  private void touch(Connection c, Map<Key, Integer> receipts) throws SQLException {
    List<Key> keys = new ArrayList<>(receipts.keySet());
    keys.sort(KEY_ORDER);
    Integer[] n = new Integer[keys.size()];
    for (int j = 0; j < n.length; j++) {
      n[j] = receipts.get(keys.get(j));
    }
    try (PreparedStatement ps = c.prepareStatement(touch)) {
      bindKeys(c, ps, keys);
      ps.setArray(5, c.createArrayOf("int4", n));
      ps.executeUpdate();
    }
  }

  private static void bindKeys(Connection c, PreparedStatement ps, List<Key> keys) throws SQLException {
    int n = keys.size();
    String[] units = new String[n];
    String[] days = new String[n];
    Integer[] revisions = new Integer[n];
    String[] ids = new String[n];
    for (int j = 0; j < n; j++) {
      Key k = keys.get(j);
      units[j] = k.unit();
      days[j] = k.day().toString();
      revisions[j] = k.revision();
      ids[j] = k.submissionId();
    }
    Array[] arrays = {c.createArrayOf("varchar", units), c.createArrayOf("date", days),
        c.createArrayOf("int4", revisions), c.createArrayOf("varchar", ids)};
    for (int j = 0; j < arrays.length; j++) {
      ps.setArray(j + 1, arrays[j]);
    }
  }

  /** Streams the stored reports of the window's days to a consumer, with their submission ids. */
  void load(Connection c, DateWindow days, Consumer<SubmittedReport> out) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(load)) {
      ps.setFetchSize(10_000);
      ps.setObject(1, days.start());
      ps.setObject(2, days.endExclusive());
      try (ResultSet rs = ps.executeQuery()) {
        Map<String, DivisionCode> codes = new HashMap<>();
        while (rs.next()) {
          out.accept(SubmittedReport.of(rs.getString(4), report(rs, codes)));
        }
      }
    }
  }

  long count(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(count); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static DailyReport report(ResultSet rs) throws SQLException {
    return report(rs, new HashMap<>());
  }

  // Columns: the key (1–4), then filer, filed at, urgent, zero report and the figures (5–23), the optional §2.3
  // groups last (NULL when not collected).
  private static DailyReport report(ResultSet rs, Map<String, DivisionCode> codes) throws SQLException {
    DivisionCode unit = codes.computeIfAbsent(rs.getString(1), DivisionCode::parse);
    DailyReport.Builder b = new DailyReport.Builder();
    b.unit(unit).day(rs.getObject(2, LocalDate.class)).revision(rs.getInt(3)).filerId(rs.getString(5))
        .filedAt(rs.getObject(6, OffsetDateTime.class).toInstant()).urgent(rs.getBoolean(7));
    if (rs.getBoolean(8)) {
      b.content(ZeroReport.of());
    } else {
      int[] counts = new int[REQUIRED];
      for (int f = 0; f < REQUIRED; f++) {
        counts[f] = rs.getInt(9 + f);
      }
      int[] optional = new int[FIGURES - REQUIRED];
      for (int f = REQUIRED; f < FIGURES; f++) {
        Integer v = rs.getObject(9 + f, Integer.class);
        optional[f - REQUIRED] = v == null ? ReportFigures.NOT_COLLECTED : v;
      }
      b.content(ReportFigures.ofCounts(counts, optional));
    }
    return b.build();
  }
}
