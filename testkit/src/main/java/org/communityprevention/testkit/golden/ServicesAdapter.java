package org.communityprevention.testkit.golden;

import java.time.LocalDate;
import java.util.List;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.area.AreaSituation;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.services.allocation.CapacityPlan;
import org.communityprevention.services.catalogue.ChannelPlan;
import org.communityprevention.services.eligibility.Resident;
import org.communityprevention.services.eligibility.ResidentEligibility;
import org.communityprevention.services.facility.Facility;
import org.communityprevention.services.facility.FacilityOperatingRules;
import org.communityprevention.core.area.LevelHistory;
import org.communityprevention.services.subsidy.SubsidyEntitlement;
import org.communityprevention.services.subsidy.WorkerDuty;
import org.communityprevention.services.village.VillageDay;
import org.communityprevention.services.village.VillageServicePlan;

/**
 * The services capability (社区服务、设施、补贴, §2.6, §5.1–§5.5, §6.6) as a vendor's integration exposes it to the
 * golden vectors. {@link LibraryAdapter} calls the library directly.
 */
public interface ServicesAdapter {
  /** Capability {@code services.eligibility}: a resident's services, channels and priority on a day. */
  ResidentEligibility eligibility(Policy policy, LocalDate date, Resident resident, AreaSituation area,
      ChannelPlan channels);

  /** Capability {@code services.villagePlan}: a village's service lists, findings and allocation on a day. */
  VillageServicePlan villagePlan(Policy policy, VillageDay day, List<Resident> residents, CapacityPlan capacities,
      ChannelPlan channels);

  /** Capability {@code services.facility}: how a community service facility operates in an area on a day (§5.5). */
  FacilityOperatingRules facility(Policy policy, LocalDate date, Facility facility, AreaSituation area);

  /** Capability {@code services.subsidy}: a community worker's subsidy for a claim period (§6.6). */
  SubsidyEntitlement subsidy(Policy policy, List<LevelHistory> timelines, WorkerDuty duty, DateWindow claimPeriod);
}
