package org.communityprevention.services.village;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.services.allocation.DispatchPriority;
import org.communityprevention.services.catalogue.CommunityService;
import org.immutables.value.Value;

/**
 * The list of one service in a village on a day (服务对象名单): every eligible resident in dispatch order, and how many
 * residents and households that is. A resident without a household id counts as a household of their own.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableServiceList.class)
@JsonDeserialize(as = ImmutableServiceList.class)
public abstract class ServiceList {
  /** The service. */
  public abstract CommunityService service();

  /** The eligible residents, in dispatch order. */
  public abstract List<DispatchPriority> residents();

  /** How many households the residents belong to. */
  public abstract int households();

  /** How many residents are eligible. */
  public int persons() {
    return residents().size();
  }

  @Value.Check
  void check() {
    if (households() > residents().size() || (households() == 0) != residents().isEmpty()) {
      throw ValidationException.of("households", "services.village.household_count",
          "households", households(), "residents", residents().size());
    }
  }

  /** Builds a {@link ServiceList}. */
  public static final class Builder extends ImmutableServiceList.Builder {}
}
