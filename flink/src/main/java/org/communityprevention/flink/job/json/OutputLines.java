package org.communityprevention.flink.job.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.json.Json;
import org.communityprevention.flink.lines.RejectedLine;
import org.communityprevention.flink.population.DivisionCategoryCounts;
import org.communityprevention.flink.population.VillageLedger;
import org.communityprevention.flink.reporting.DivisionDayCounts;
import org.communityprevention.flink.reporting.LateArrival;
import org.communityprevention.flink.reporting.UnitDaySignals;

/**
 * The JSON Lines the jobs write to their sinks (输出行格式), one object per row, with division codes as strings and
 * days as ISO dates as everywhere in the library (see {@code docs/scale-out.md} for the fields).
 */
public final class OutputLines {
  private OutputLines() {}

  /** The division field of the country's row, with level {@code national}. */
  public static final String NATIONAL_CODE = "000000000000";

  /** A counts row: node, level, day, stage, version and the library's counts. */
  public static String counts(DivisionDayCounts r) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("division", r.code().map(DivisionCode::value).orElse(NATIONAL_CODE))
        .put("level", r.level().map(DivisionLevel::code).orElse("national")).put("day", r.day().toString())
        .put("stage", r.stage().name()).put("version", r.version());
    o.set("counts", Json.mapper().valueToTree(r.counts()));
    return o.toString();
  }

  /** A signals row: unit, day, version, kinds and the explained signals. */
  public static String signals(UnitDaySignals s) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("unit", s.code().value()).put("day", s.day().toString()).put("version", s.version());
    ArrayNode kinds = o.putArray("kinds");
    s.kinds().forEach(k -> kinds.add(k.name()));
    ArrayNode signals = o.putArray("signals");
    for (String json : s.signalsJson()) {
      signals.addRawValue(new com.fasterxml.jackson.databind.util.RawValue(json));
    }
    return o.toString();
  }

  /** A rejected line: source, line number and violations (field, code, params). */
  public static String rejected(RejectedLine r) {
    return "{\"source\":" + Json.write(r.source()) + ",\"line\":" + r.line() + ",\"violations\":"
        + r.violationsJson() + "}";
  }

  /** A late arrival. */
  public static String late(LateArrival l) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("kind", l.kind().name()).put("source", l.source()).put("line", l.line())
        .put("unit", org.communityprevention.core.division.DivisionCode.ofLong(l.unit()).value())
        .put("day", l.day().toString()).put("filedAt", l.filedAt().toString())
        .put("watermark", java.time.Instant.ofEpochMilli(l.watermarkMillis()).toString());
    return o.toString();
  }

  /** A village ledger: the library's {@code PopulationLedger} JSON with the village code. */
  public static String ledger(VillageLedger v) {
    return "{\"village\":\"" + v.code().value() + "\",\"ledger\":" + v.ledgerJson() + "}";
  }

  /** A node's category counts. */
  public static String categoryCounts(DivisionCategoryCounts c) {
    return "{\"division\":\"" + c.code().value() + "\",\"level\":\"" + c.level().code() + "\",\"counts\":"
        + c.countsJson() + "}";
  }
}
