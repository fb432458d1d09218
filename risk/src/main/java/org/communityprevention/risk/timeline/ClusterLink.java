package org.communityprevention.risk.timeline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * Counted infections linked to a cluster on one day, kept in a {@link TimelineState} while the day is inside the
 * policy's window, so that a cluster (聚集性疫情) is identified once its linked infections within the window reach
 * {@code risk.clusterMinCases}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClusterLink.class)
@JsonDeserialize(as = ImmutableClusterLink.class)
public abstract class ClusterLink {
  /** Violation code: fewer than one linked infection. */
  public static final String NO_CASES = "risk.timeline.cluster_link_cases";

  /** The cluster id. */
  @Value.Parameter
  public abstract String clusterId();

  /** The day. */
  @Value.Parameter
  public abstract LocalDate date();

  /** Counted infections linked that day; at least 1. */
  @Value.Parameter
  public abstract int cases();

  @Value.Check
  void check() {
    if (cases() < 1) {
      throw ValidationException.of("cases", NO_CASES, "value", cases());
    }
  }

  /** A link. */
  public static ClusterLink of(String clusterId, LocalDate date, int cases) {
    return ImmutableClusterLink.of(clusterId, date, cases);
  }
}
