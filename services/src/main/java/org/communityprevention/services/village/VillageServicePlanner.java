package org.communityprevention.services.village;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.communityprevention.core.validation.Rejected;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.communityprevention.services.allocation.Allocator;
import org.communityprevention.services.allocation.CapacityPlan;
import org.communityprevention.services.allocation.DispatchPriority;
import org.communityprevention.services.allocation.ServiceDemand;
import org.communityprevention.services.catalogue.Audience;
import org.communityprevention.services.catalogue.Channel;
import org.communityprevention.services.catalogue.CommunityService;
import org.communityprevention.services.eligibility.ChannelFinding;
import org.communityprevention.services.eligibility.ChannelFindingKind;
import org.communityprevention.services.eligibility.Resident;
import org.communityprevention.services.eligibility.ServiceEligibility;

/**
 * Builds the service lists of a village or community for a day (生成服务清单) with the hot path of
 * {@link ServiceEligibility}: one trait mask and one service mask per resident, no reasons. Explain any one
 * resident on demand with {@link ServiceEligibility#explain}.
 *
 * <p>A record is rejected, with its position, when it is missing, when its classification is not of the day, or
 * when its person id appears more than once in the input (every record with that id is rejected, so which one is
 * kept never depends on the input order). Every other record is kept.
 */
public final class VillageServicePlanner {
  private static final CommunityService[] SERVICES = CommunityService.values();

  private final ServiceEligibility eligibility;

  private VillageServicePlanner(ServiceEligibility eligibility) {
    this.eligibility = eligibility;
  }

  /** A planner that decides with an eligibility engine. */
  public static VillageServicePlanner using(ServiceEligibility eligibility) {
    return new VillageServicePlanner(eligibility);
  }

  /** The lists of a village day, without capacity planning. */
  public VillageServicePlan plan(VillageDay day, List<Resident> residents) {
    return plan(day, residents, Optional.empty());
  }

  /** The lists of a village day, with who is served and who waits under the capacities. */
  public VillageServicePlan plan(VillageDay day, List<Resident> residents, CapacityPlan capacities) {
    return plan(day, residents, Optional.of(capacities));
  }

  private VillageServicePlan plan(VillageDay day, List<Resident> residents, Optional<CapacityPlan> capacities) {
    Map<String, Integer> idCounts = new HashMap<>();
    for (Resident r : residents) {
      if (r != null) {
        idCounts.merge(r.personId(), 1, Integer::sum);
      }
    }
    int flags = eligibility.areaFlags(day.area(), day.date());
    List<ServiceDemand> accepted = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    List<ChannelFinding> findings = new ArrayList<>();
    for (int i = 0; i < residents.size(); i++) {
      Resident r = residents.get(i);
      String at = "[" + i + "]";
      if (r == null) {
        rejected.add(Rejected.of(i, List.of(Violation.of(at, "services.village.missing_record"))));
        continue;
      }
      if (idCounts.get(r.personId()) > 1) {
        rejected.add(Rejected.of(i, List.of(Violation.of(at + ".facts.personId", "services.village.duplicate_person",
            "count", idCounts.get(r.personId())))));
        continue;
      }
      long traits;
      try {
        traits = eligibility.traits(r, day.date());
      } catch (ValidationException e) {
        rejected.add(Rejected.of(i, e.under(at).violations()));
        continue;
      }
      long services = ServiceEligibility.decide(traits, flags);
      DispatchPriority priority = eligibility.priority(r, day.date(), traits);
      accepted.add(ServiceDemand.of(priority, r.householdId(), CommunityService.setOf(services)));
      for (long rest = services; rest != 0; rest &= rest - 1) {
        CommunityService s = SERVICES[Long.numberOfTrailingZeros(rest)];
        int kinds = eligibility.findings(s, traits);
        for (ChannelFindingKind kind : ChannelFindingKind.values()) {
          if ((kinds & kind.bit()) != 0) {
            findings.add(new ChannelFinding.Builder().personId(r.personId()).service(s).kind(kind)
                .planned(Channel.setOf(eligibility.channelPlan().channelMaskOf(s)))
                .offered(Channel.setOf(eligibility.offeredChannels(s, traits))).build());
          }
        }
      }
    }
    findings.sort(Comparator.comparing(ChannelFinding::service).thenComparing(ChannelFinding::personId)
        .thenComparing(ChannelFinding::kind));

    List<ServiceDemand> inOrder = new ArrayList<>(accepted);
    inOrder.sort((a, b) -> a.priority().compareTo(b.priority()));
    VillageServicePlan.Builder out = new VillageServicePlan.Builder();
    for (CommunityService s : SERVICES) {
      if (s.audience() != Audience.RESIDENT) {
        continue;
      }
      List<DispatchPriority> list = new ArrayList<>();
      Set<String> households = new HashSet<>();
      for (ServiceDemand d : inOrder) {
        if (d.services().contains(s)) {
          list.add(d.priority());
          households.add(d.householdId().map(h -> "h:" + h).orElse("p:" + d.personId()));
        }
      }
      out.addLists(new ServiceList.Builder().service(s).residents(list).households(households.size()).build());
    }
    capacities.ifPresent(c -> out.allocation(Allocator.allocate(c, accepted)));
    return out.day(day).policy(eligibility.policy()).inputCount(residents.size()).accepted(accepted)
        .rejected(rejected).findings(findings).build();
  }
}
