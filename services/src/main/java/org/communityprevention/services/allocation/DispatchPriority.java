package org.communityprevention.services.allocation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.communityprevention.core.person.PseudonymousId;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * A resident's place in a service queue (调度优先级): who is served first when capacity is short. Priorities are
 * compared by, in turn: the {@link PriorityLevel} (urgent first); the number of vulnerabilities (more first); the
 * age (older first, unknown age last); the opaque person id (in {@link String#compareTo} order). The last key makes
 * the order total over the residents of a batch, whose person ids are distinct: two priorities compare equal only
 * when they are equal, so a queue never depends on the input order.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableDispatchPriority.class)
@JsonDeserialize(as = ImmutableDispatchPriority.class)
public abstract class DispatchPriority implements Comparable<DispatchPriority> {
  /** The dispatch order: the natural order of priorities, the first to serve first. */
  public static final Comparator<DispatchPriority> ORDER = Comparator.naturalOrder();

  /** The resident's opaque id. */
  public abstract String personId();

  /** The coarse level. */
  public abstract PriorityLevel level();

  /** How many vulnerabilities the resident has (see the eligibility traits). */
  public abstract int vulnerabilities();

  /** Age in whole years on the day, where known. */
  public abstract Optional<Integer> age();

  @Value.Check
  void check() {
    PseudonymousId.check(personId(), "personId").ifPresent(v -> {
      throw new ValidationException(List.of(v));
    });
    if (vulnerabilities() < 0) {
      throw ValidationException.of("vulnerabilities", "services.allocation.negative_count");
    }
    if (age().isPresent() && age().get() < 0) {
      throw ValidationException.of("age", "services.allocation.negative_age");
    }
  }

  /**
   * Negative if this resident is served before {@code other}: level, then more vulnerabilities, then older, then
   * person id.
   */
  @Override
  public int compareTo(DispatchPriority other) {
    int c = level().compareTo(other.level());
    if (c != 0) {
      return c;
    }
    c = Integer.compare(other.vulnerabilities(), vulnerabilities());
    if (c != 0) {
      return c;
    }
    c = Integer.compare(other.ageOrMinusOne(), ageOrMinusOne());
    if (c != 0) {
      return c;
    }
    return personId().compareTo(other.personId());
  }

  /** Whether this resident is served before {@code other}. */
  public boolean before(DispatchPriority other) {
    return compareTo(other) < 0;
  }

  private int ageOrMinusOne() {
    return age().orElse(-1);
  }

  /** A priority. */
  public static DispatchPriority of(String personId, PriorityLevel level, int vulnerabilities,
      Optional<Integer> age) {
    return ImmutableDispatchPriority.builder().personId(personId).level(level).vulnerabilities(vulnerabilities)
        .age(age).build();
  }
}
