package org.communityprevention.flink.population;

import org.apache.flink.util.OutputTag;
import org.communityprevention.flink.lines.RejectedLine;

/** The side output of the classification job (旁路输出). */
public final class PopulationTags {
  /** Lines that do not parse, and records the ledger rejects (not born, too old, a person id given twice). */
  public static final OutputTag<RejectedLine> REJECTED = new OutputTag<>("rejected residents") {};

  private PopulationTags() {}
}
