package org.communityprevention.services.allocation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.Set;
import org.communityprevention.services.catalogue.CommunityService;
import org.immutables.value.Value;

/**
 * What one resident asks of the village's services on a day (服务需求): the services they are eligible for, their
 * household and their dispatch priority. The input of capacity allocation.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableServiceDemand.class)
@JsonDeserialize(as = ImmutableServiceDemand.class)
public abstract class ServiceDemand {
  /** The dispatch priority, which carries the resident's id. */
  public abstract DispatchPriority priority();

  /** The resident's household, where known. */
  public abstract Optional<String> householdId();

  /** The services the resident is eligible for. */
  public abstract Set<CommunityService> services();

  /** The resident's opaque id. */
  @JsonIgnore
  public String personId() {
    return priority().personId();
  }

  /** A demand. */
  public static ServiceDemand of(DispatchPriority priority, Optional<String> householdId,
      Set<CommunityService> services) {
    return ImmutableServiceDemand.builder().priority(priority).householdId(householdId).services(services).build();
  }
}
