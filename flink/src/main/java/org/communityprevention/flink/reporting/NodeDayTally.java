package org.communityprevention.flink.reporting;

/**
 * The roll-up's running counts of one node above the village on one day (节点单日累计): how many of its unit-days
 * have a report, came late, and count a report with figures. Changed by the difference each unit-day outcome makes,
 * so a node's row is read, never recomputed from its subtree.
 *
 * @param received unit-days with a report
 * @param late unit-days whose first report came late
 * @param figures unit-days whose counting report has figures
 */
public record NodeDayTally(long received, long late, long figures) {
  /** No unit-day counted yet. */
  public static NodeDayTally none() {
    return new NodeDayTally(0, 0, 0);
  }

  /** These counts changed by a unit-day's difference. */
  public NodeDayTally plus(long receivedDelta, long lateDelta, long figuresDelta) {
    return new NodeDayTally(received + receivedDelta, late + lateDelta, figures + figuresDelta);
  }
}
