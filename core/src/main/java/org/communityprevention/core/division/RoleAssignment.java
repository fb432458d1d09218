package org.communityprevention.core.division;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * A worker holding a §1.3 role (网格员, 门栋楼院长, 村/居民小组长) for a grid unit during a half-open window of
 * dates. The worker is an opaque id, never a name.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRoleAssignment.class)
@JsonDeserialize(as = ImmutableRoleAssignment.class)
public abstract class RoleAssignment {
  /** The worker's opaque id (not a name or a phone number). */
  public abstract String workerId();

  /** The role (职责). */
  public abstract GridRole role();

  /** The id of the grid unit the worker answers for. */
  public abstract String gridUnitId();

  /** The dates on which the assignment holds, {@code [start, endExclusive)}. */
  public abstract DateWindow active();

  @Value.Check
  void check() {
    if (workerId().isBlank()) {
      throw ValidationException.of("workerId", GridUnit.BLANK_ID);
    }
    if (gridUnitId().isBlank()) {
      throw ValidationException.of("gridUnitId", GridUnit.BLANK_ID);
    }
  }

  /** Whether the assignment holds on a date. */
  public boolean isActiveOn(LocalDate date) {
    return active().contains(date);
  }

  /** An assignment. */
  public static RoleAssignment of(String workerId, GridRole role, String gridUnitId, DateWindow active) {
    return new Builder().workerId(workerId).role(role).gridUnitId(gridUnitId).active(active).build();
  }

  /** Builds a {@link RoleAssignment}. */
  public static final class Builder extends ImmutableRoleAssignment.Builder {}
}
