package org.communityprevention.flink.reporting;

/** How settled a day's row is (汇总阶段). Later stages replace earlier ones; the highest version of a row counts. */
public enum RowStage {
  /** The on-time limit (plus allowed lateness) has passed; late reports may still come (初报). */
  PROVISIONAL,
  /** The late-acceptance days (plus allowed lateness) have passed (终报). */
  FINAL,
  /** A report arrived after the final rows and changed them; this row replaces the earlier one (更正). */
  CORRECTION
}
