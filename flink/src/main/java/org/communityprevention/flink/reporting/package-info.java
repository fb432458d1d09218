/**
 * The daily-report stream on Flink (日报告流式汇总): report lines in, per-day completeness and timeliness of every
 * division from village to province out, with the concealment signals once the caller's unit-day facts arrive on a
 * second stream. {@link org.communityprevention.flink.reporting.ReportStreamTopology} wires it; the operators call
 * {@code ReportLines}, {@code ReportLedger}, {@code ReportingRules}, {@code PresenceBuilder} and
 * {@code ConcealmentChecks} and decide nothing themselves. See {@code docs/scale-out.md}.
 */
package org.communityprevention.flink.reporting;
