package org.communityprevention.risk.timeline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.communityprevention.core.validation.Rejected;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.area.AreaId;
import org.immutables.value.Value;

/**
 * Timelines built from mixed input, with the events that were rejected and why. Nothing is dropped silently:
 * {@code acceptedCount + rejected().size() == inputCount} always holds.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTimelineBatch.class)
@JsonDeserialize(as = ImmutableTimelineBatch.class)
public abstract class TimelineBatch {
  /** Violation code: the counts do not add up. */
  public static final String COUNTS = "risk.timeline.batch_counts";

  /** Events that came in: reports, then designations. */
  public abstract long inputCount();

  /** Events used. */
  public abstract long acceptedCount();

  /** A timeline per area that has events, by area. */
  public abstract List<RiskTimeline> timelines();

  /** Rejected events, by position (reports first, then designations). */
  public abstract List<Rejected> rejected();

  @Value.Check
  void check() {
    if (acceptedCount() < 0 || acceptedCount() + rejected().size() != inputCount()) {
      throw ValidationException.of("acceptedCount", COUNTS, "input", inputCount(), "accepted", acceptedCount(),
          "rejected", rejected().size());
    }
  }

  /** The timeline of an area, if it had events. */
  public Optional<RiskTimeline> timelineOf(AreaId area) {
    return timelines().stream().filter(t -> t.area().equals(area)).findFirst();
  }

  static TimelineBatch of(long inputCount, List<RiskTimeline> timelines, List<Rejected> rejected) {
    return ImmutableTimelineBatch.builder().inputCount(inputCount).acceptedCount(inputCount - rejected.size())
        .addAllTimelines(timelines).addAllRejected(rejected).build();
  }
}
