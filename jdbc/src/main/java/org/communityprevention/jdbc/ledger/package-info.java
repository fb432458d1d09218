/**
 * A durable report ledger (持久化报送台账) over PostgreSQL and the databases that speak its dialect (openGauss,
 * Kingbase in PG mode): the unit register over time, daily and zero reports with their revisions, and an append-only
 * decision log, through plain JDBC on the caller's {@link javax.sql.DataSource}.
 *
 * <p>The entry is {@link org.communityprevention.jdbc.ledger.JdbcLedger}: {@code migrate()} once, then
 * {@code ingest(…)} batches of reports and read back an in-memory
 * {@link org.communityprevention.reporting.report.ReportLedger} that feeds completeness, timeliness and concealment
 * signals exactly as if the reports had been submitted to it directly.
 */
@ValueStyle
package org.communityprevention.jdbc.ledger;

import org.communityprevention.core.ValueStyle;
