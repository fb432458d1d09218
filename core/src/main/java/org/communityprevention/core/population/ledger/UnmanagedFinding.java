package org.communityprevention.core.population.ledger;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.population.Category;
import org.immutables.value.Value;

/**
 * A managed person who is not managed as the plan requires (漏管失控, §2.3): who, in which categories, what is
 * missing, on which past days, and the reason with its clause.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUnmanagedFinding.class)
@JsonDeserialize(as = ImmutableUnmanagedFinding.class)
public abstract class UnmanagedFinding {
  /** The person's opaque id. */
  public abstract String personId();

  /** What is missing. */
  public abstract FindingKind kind();

  /** The managed categories concerned. */
  @Value.NaturalOrder
  public abstract SortedSet<Category> categories();

  /** The past days without the required check-in or test, in order; empty for a missing worker. */
  public abstract List<LocalDate> days();

  /** Why, with the clause. */
  public abstract Reason reason();

  /** Builds an {@link UnmanagedFinding}. */
  public static final class Builder extends ImmutableUnmanagedFinding.Builder {}
}
