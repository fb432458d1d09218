package org.communityprevention.core.population.ledger;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.SortedSet;
import org.communityprevention.core.population.Category;
import org.immutables.value.Value;

/** One line of a worker list (工作清单): a person, the categories that put them on the list, their worker. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableWorkItem.class)
@JsonDeserialize(as = ImmutableWorkItem.class)
public abstract class WorkItem {
  /** The person's opaque id. */
  public abstract String personId();

  /** The categories that put the person on the list. */
  @Value.NaturalOrder
  public abstract SortedSet<Category> categories();

  /** The responsible worker's opaque id, if any. */
  public abstract Optional<String> responsibleWorkerId();

  /** Builds a {@link WorkItem}. */
  public static final class Builder extends ImmutableWorkItem.Builder {}
}
