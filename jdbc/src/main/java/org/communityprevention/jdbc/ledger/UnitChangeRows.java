package org.communityprevention.jdbc.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.reporting.registry.UnitChange;
import org.communityprevention.reporting.registry.UnitChangeKind;

/** The SQL of the {@code unit_change} table: the register's history, one row per change. */
final class UnitChangeRows {
  private final String lock;
  private final String all;
  private final String insert;
  private final String version;

  UnitChangeRows(Database db) {
    String t = db.table("unit_change");
    lock = "LOCK TABLE " + t + " IN EXCLUSIVE MODE";
    all = "SELECT kind, unit_code, change_date, name, successor_code FROM " + t + " ORDER BY seq";
    insert = "INSERT INTO " + t + " (kind, unit_code, change_date, name, successor_code) VALUES (?, ?, ?, ?, ?)";
    version = "SELECT coalesce(max(seq), 0) FROM " + t;
  }

  /** Keeps other writers of the register out until the transaction ends, so two merges cannot both pass. */
  void lock(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(lock);
    }
  }

  List<UnitChange> all(Connection c) throws SQLException {
    List<UnitChange> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(all); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        UnitChange.Builder b = new UnitChange.Builder();
        b.kind(UnitChangeKind.valueOf(rs.getString(1))).code(DivisionCode.parse(rs.getString(2)))
            .date(rs.getObject(3, LocalDate.class)).name(Optional.ofNullable(rs.getString(4)))
            .successor(Optional.ofNullable(rs.getString(5)).map(DivisionCode::parse));
        out.add(b.build());
      }
    }
    return out;
  }

  /** Inserts changes; returns how many. */
  int insert(Connection c, Collection<UnitChange> fresh) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(insert)) {
      for (UnitChange u : fresh) {
        ps.setString(1, u.kind().name());
        ps.setString(2, u.code().value());
        ps.setObject(3, u.date());
        ps.setString(4, u.name().orElse(null));
        ps.setString(5, u.successor().map(DivisionCode::value).orElse(null));
        ps.addBatch();
      }
      if (!fresh.isEmpty()) {
        ps.executeBatch();
      }
    }
    return fresh.size();
  }

  /**
   * A cheap stamp that changes whenever a change is added: the highest sequence number, read from the primary key's
   * index. Changes are never deleted and their writers hold a table lock, so a new change always raises it.
   */
  long version(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(version); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
