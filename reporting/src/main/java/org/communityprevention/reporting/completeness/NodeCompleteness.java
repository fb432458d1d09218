package org.communityprevention.reporting.completeness;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.time.DateWindow;
import org.immutables.value.Value;

/** The report counts of one division node over a window (某辖区报告完整性): one row of a {@link CompletenessTable}. */
@Value.Immutable
@JsonSerialize(as = ImmutableNodeCompleteness.class)
@JsonDeserialize(as = ImmutableNodeCompleteness.class)
public abstract class NodeCompleteness {
  /** The division (辖区). */
  @Value.Parameter
  public abstract DivisionCode node();

  /** The window, {@code [start, endExclusive)}. */
  @Value.Parameter
  public abstract DateWindow window();

  /** The counts. */
  @Value.Parameter
  public abstract CompletenessCounts counts();

  /** A row. */
  public static NodeCompleteness of(DivisionCode node, DateWindow window, CompletenessCounts counts) {
    return ImmutableNodeCompleteness.of(node, window, counts);
  }
}
