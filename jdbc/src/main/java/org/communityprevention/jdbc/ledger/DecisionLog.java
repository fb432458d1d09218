package org.communityprevention.jdbc.ledger;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.PolicyRef;

/**
 * The append-only decision log (决定日志) of a {@link JdbcLedger}: records go in, in order, and never change; the
 * table refuses {@code UPDATE}, {@code DELETE} and {@code TRUNCATE} by trigger. Thread-safe.
 */
public final class DecisionLog {
  private static final Splitter COMMA = Splitter.on(',').omitEmptyStrings();

  private final Database db;
  private final String insert;
  private final String bySubject;
  private final String count;

  DecisionLog(Database db) {
    this.db = db;
    String t = db.table("decision_log");
    insert = "INSERT INTO " + t + " (kind, subject, outcome, policy_id, policy_version, reason_codes, clauses, "
        + "decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    bySubject = "SELECT kind, subject, outcome, policy_id, policy_version, reason_codes, clauses, decided_at FROM " + t
        + " WHERE kind = ? AND subject = ? ORDER BY seq";
    count = "SELECT count(*) FROM " + t;
  }

  /**
   * Appends records in one transaction, in the order given: all are kept or, if the database fails, none.
   *
   * @return how many were appended
   * @throws LedgerException if the database fails
   */
  public int append(Collection<DecisionRecord> records) {
    if (records.isEmpty()) {
      return 0;
    }
    return db.inTransaction("decision log append", 0, c -> {
      try (PreparedStatement ps = c.prepareStatement(insert)) {
        for (DecisionRecord r : records) {
          ps.setString(1, r.kind());
          ps.setString(2, r.subject());
          ps.setString(3, r.outcome());
          ps.setString(4, r.policy().id());
          ps.setString(5, r.policy().version());
          ps.setString(6, String.join(",", r.reasonCodes()));
          StringBuilder clauses = new StringBuilder();
          for (Clause k : r.clauses()) {
            clauses.append(clauses.length() == 0 ? "" : ",").append(k.id());
          }
          ps.setString(7, clauses.toString());
          ps.setObject(8, OffsetDateTime.ofInstant(r.decidedAt(), ZoneOffset.UTC));
          ps.addBatch();
        }
        ps.executeBatch();
      }
      return records.size();
    });
  }

  /** Appends one record. */
  public void append(DecisionRecord record) {
    append(ImmutableList.of(record));
  }

  /** The records of one kind and subject, in the order appended. */
  public ImmutableList<DecisionRecord> read(String kind, String subject) {
    return db.inTransaction("decision log read", 0, c -> {
      ImmutableList.Builder<DecisionRecord> out = ImmutableList.builder();
      try (PreparedStatement ps = c.prepareStatement(bySubject)) {
        ps.setString(1, kind);
        ps.setString(2, subject);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(record(rs));
          }
        }
      }
      return out.build();
    });
  }

  /** The number of records in the log. */
  public long count() {
    return db.inTransaction("decision log count", 0, DecisionLog.this::count);
  }

  private long count(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(count); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static DecisionRecord record(ResultSet rs) throws SQLException {
    DecisionRecord.Builder b = new DecisionRecord.Builder();
    b.kind(rs.getString(1)).subject(rs.getString(2)).outcome(rs.getString(3))
        .policy(PolicyRef.of(rs.getString(4), rs.getString(5)))
        .addAllReasonCodes(COMMA.split(rs.getString(6)))
        .decidedAt(rs.getObject(8, OffsetDateTime.class).toInstant());
    for (String id : COMMA.split(rs.getString(7))) {
      b.addClauses(Clause.ofId(id));
    }
    return b.build();
  }
}
