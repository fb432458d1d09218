package org.communityprevention.services.eligibility;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.communityprevention.core.decision.Decision;
import org.communityprevention.core.decision.PolicyRef;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.area.AreaSituation;
import org.communityprevention.services.allocation.DispatchPriority;
import org.communityprevention.services.catalogue.CommunityService;
import org.immutables.value.Value;

/**
 * The explained eligibility of one resident in an area on a day (服务认定结果): the traits the rules saw and why, every
 * service the resident is eligible for with its channels and reasons, the dispatch priority and why, and the policy
 * that decided. Built on demand by {@link ServiceEligibility#explain}; the hot path gives the same services as a
 * mask ({@link #serviceMask()}).
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableResidentEligibility.class)
@JsonDeserialize(as = ImmutableResidentEligibility.class)
public abstract class ResidentEligibility {
  /** The resident's opaque id. */
  public abstract String personId();

  /** The resident's household, where known. */
  public abstract Optional<String> householdId();

  /** The day. */
  public abstract LocalDate date();

  /** The area's situation on the day. */
  public abstract AreaSituation area();

  /** Whether the area counted as having an outbreak. */
  public abstract boolean outbreak();

  /** The policy that decided. */
  public abstract PolicyRef policy();

  /** The traits the rules saw, in trait order. */
  public abstract Set<Trait> traits();

  /** Why each trait holds, in trait order. */
  public abstract List<Reason> traitReasons();

  /** The services the resident is eligible for, in catalogue order. */
  public abstract List<EligibleService> services();

  /** The dispatch priority. */
  public abstract DispatchPriority priority();

  /** Why the priority is what it is. */
  public abstract Reason priorityReason();

  /** The services as a service mask, equal to the hot path's answer. */
  @JsonIgnore
  public long serviceMask() {
    long m = 0;
    for (EligibleService s : services()) {
      m |= s.service().bit();
    }
    return m;
  }

  /** The services as a set. */
  @JsonIgnore
  public Set<CommunityService> serviceSet() {
    Set<CommunityService> out = EnumSet.noneOf(CommunityService.class);
    services().forEach(s -> out.add(s.service()));
    return out;
  }

  /** The entry of a service, if the resident is eligible for it. */
  public Optional<EligibleService> service(CommunityService service) {
    return services().stream().filter(s -> s.service() == service).findFirst();
  }

  /** Whether the resident is eligible for a service. */
  public boolean eligibleFor(CommunityService service) {
    return service.in(serviceMask());
  }

  /** Every channel finding, in service order. */
  @JsonIgnore
  public List<ChannelFinding> findings() {
    ImmutableList.Builder<ChannelFinding> out = ImmutableList.builder();
    for (EligibleService s : services()) {
      for (ChannelFindingKind k : s.findings()) {
        out.add(new ChannelFinding.Builder().personId(personId()).service(s.service()).kind(k)
            .planned(s.plannedChannels()).offered(s.channels()).build());
      }
    }
    return out.build();
  }

  /**
   * The services as a {@link Decision}: the trait reasons, each service's reasons and the priority reason. Never
   * without a reason: every resident has the {@link Trait#RESIDENT} trait.
   */
  public Decision<Set<CommunityService>> toDecision() {
    ImmutableList.Builder<Reason> reasons = ImmutableList.<Reason>builder().addAll(traitReasons());
    services().forEach(s -> reasons.addAll(s.reasons()));
    reasons.add(priorityReason());
    return Decision.of(serviceSet(), policy(), reasons.build());
  }

  /** Builds a {@link ResidentEligibility}. */
  public static final class Builder extends ImmutableResidentEligibility.Builder {}
}
