package org.communityprevention.risk.testing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communityprevention.core.area.AreaFeature;
import org.communityprevention.core.area.AreaProfile;
import org.communityprevention.core.area.ResponseMeasure;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.policy.ActivityPolicy;
import org.communityprevention.core.policy.DesignationUnit;
import org.communityprevention.core.policy.ElectionEmergencyItem;
import org.communityprevention.core.policy.GoverningLevel;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.policy.RiskPolicy;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.area.AreaId;
import org.communityprevention.risk.designation.CaseReport;
import org.communityprevention.risk.designation.DesignationRules;
import org.communityprevention.risk.designation.OfficialDesignation;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the risk module: policies whose designation and activity numbers vary within what
 * the rules accept, designation areas, case histories with duplicates, clusters and official designations, level
 * series and §1.8 profiles. Published in the risk test-jar for downstream suites (see {@code testkit}).
 */
public final class RiskGenerators {
  /** The first day of generated windows: the notice's date, 2021-01-30. */
  public static final LocalDate BASE = LocalDate.of(2021, 1, 30);

  private static final DivisionCode COUNTY = DivisionCode.parse("440983000000");
  private static final DivisionCode TOWNSHIP = DivisionCode.parse("440983102000");
  private static final List<DivisionCode> VILLAGES = ImmutableList.of(DivisionCode.parse("440983102001"),
      DivisionCode.parse("440983102201"), DivisionCode.parse("440983102202"));

  private RiskGenerators() {}

  /** A shipped national baseline: 2020-county, ed7-2020, ed9-2022 or opt20-2022. */
  public static Gen<Policy> baselines() {
    return Generate.pick(NationalBaselines.IDS).map(NationalBaselines::byId);
  }

  /**
   * A baseline, or one with its designation numbers redrawn (tiers with or without medium, clean days 0–8, a
   * window of 1–14 days, clusters of 1–6, a threshold of 0–20 or none, asymptomatic counted or not, any governing
   * level), always within what {@link DesignationRules#of} accepts.
   */
  public static Gen<Policy> policies() {
    Gen<Policy> varied = rs -> {
      Policy base = baselines().generate(rs);
      boolean medium = Generate.range(0, 9).generate(rs) < 7;
      int high = Generate.range(0, 8).generate(rs);
      int stepped = Generate.range(0, 4).generate(rs);
      int toLow = Generate.range(0, medium ? high + stepped : 8).generate(rs);
      int threshold = Generate.range(-1, 20).generate(rs);
      RiskPolicy risk = new RiskPolicy.Builder().from(base.risk())
          .tiers(medium ? List.of(RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH)
              : List.of(RiskLevel.LOW, RiskLevel.HIGH))
          .highToMediumCleanDays(high).steppedDownMediumToLowDays(stepped).mediumToLowCleanDays(toLow)
          .windowDays(Generate.range(1, 14).generate(rs)).clusterMinCases(Generate.range(1, 6).generate(rs))
          .highCumulativeThreshold(threshold < 0 ? Optional.empty() : Optional.of(threshold))
          .countAsymptomatic(Generate.booleans().generate(rs))
          .downgradeRequiresScreening(Generate.booleans().generate(rs))
          .governingLevel(Generate.enumValues(GoverningLevel.class).generate(rs))
          .strengthenedMeasuresFrom(Generate.enumValues(RiskLevel.class).generate(rs))
          .build();
      return new Policy.Builder().from(base).risk(risk).build();
    };
    return baselines().mix(varied, 75);
  }

  /** The designation rules of {@link #policies()}. */
  public static Gen<DesignationRules> rules() {
    return policies().map(DesignationRules::of);
  }

  /** Meeting size limits of 1–100: one for every kind, or with limits of their own for some kinds. */
  public static Gen<org.communityprevention.core.policy.MeetingSizeLimits> meetingLimits() {
    return rs -> {
      java.util.Map<String, Integer> byKind = new java.util.HashMap<>();
      for (org.communityprevention.risk.restriction.MeetingKind k
          : org.communityprevention.risk.restriction.MeetingKind.values()) {
        if (Generate.range(0, 2).generate(rs) == 0) {
          byKind.put(k.name(), Generate.range(1, 100).generate(rs));
        }
      }
      return org.communityprevention.core.policy.MeetingSizeLimits.of(Generate.range(1, 100).generate(rs), byKind);
    };
  }

  /**
   * A policy whose activity numbers vary: every restriction level, limits of 1–100 people and 1–180 minutes, a flow
   * share of 0.1–1, proxy caps of 1–5, voter-list lead times of 0–25 days, residents' committee proxies allowed or
   * not; elections are always suspended from medium or lower, as §4.2 requires.
   */
  public static Gen<Policy> activityPolicies() {
    Gen<Policy> varied = rs -> {
      Policy base = baselines().generate(rs);
      Gen<RiskLevel> levels = Generate.enumValues(RiskLevel.class);
      ActivityPolicy a = new ActivityPolicy.Builder().from(base.activities())
          .meetingMaxParticipants(meetingLimits().generate(rs))
          .meetingMaxMinutes(Generate.range(1, 180).generate(rs))
          .meetingsPostponedFrom(levels.generate(rs)).gatheringsRestrictedFrom(levels.generate(rs))
          .electionsSuspendedFrom(Generate.pick(List.of(RiskLevel.LOW, RiskLevel.MEDIUM)).generate(rs))
          .facilityRestrictionsFrom(levels.generate(rs)).gatheringRoomsSuspendedFrom(levels.generate(rs))
          .facilityFlowLimitShare(Generate.range(1, 10).generate(rs) / 10.0)
          .proxyCapPerHolder(Generate.range(1, 5).generate(rs))
          .proxyFilingDaysBefore(Generate.range(0, 5).generate(rs))
          .voterListPublicationDays(Generate.range(0, 25).generate(rs))
          .residentsCommitteeProxies(Generate.booleans().generate(rs))
          .votersPerPollingStation(Generate.range(10, 500).generate(rs))
          .votersPerTimeSlot(Generate.range(5, 80).generate(rs))
          .minPollingMinutes(Generate.range(60, 720).generate(rs))
          .countingSiteMaxPeople(Generate.range(5, 60).generate(rs))
          .healthDeclarationValidDays(Generate.range(0, 7).generate(rs))
          .mobileBallotBoxMinStaff(Generate.range(1, 4).generate(rs))
          .electionEmergencyPlanItems(emergencyItems().generate(rs)).build();
      return new Policy.Builder().from(base).activities(a).build();
    };
    return baselines().mix(varied, 75);
  }

  /** Any set of election emergency plan items, the empty set included. */
  public static Gen<java.util.Set<ElectionEmergencyItem>> emergencyItems() {
    return rs -> {
      java.util.Set<ElectionEmergencyItem> out = java.util.EnumSet.noneOf(ElectionEmergencyItem.class);
      for (ElectionEmergencyItem i : ElectionEmergencyItem.values()) {
        if (Generate.booleans().generate(rs)) {
          out.add(i);
        }
      }
      return out;
    };
  }

  /**
   * A policy whose response measures vary: any measures per level (not necessarily nested) and per §1.8 feature,
   * from any level.
   */
  public static Gen<Policy> responsePolicies() {
    Gen<ImmutableSortedSet<ResponseMeasure>> measures = rs -> {
      ImmutableSortedSet.Builder<ResponseMeasure> out = ImmutableSortedSet.naturalOrder();
      for (ResponseMeasure m : ResponseMeasure.values()) {
        if (Generate.range(0, 3).generate(rs) == 0) {
          out.add(m);
        }
      }
      return out.build();
    };
    Gen<Policy> varied = rs -> {
      Policy base = baselines().generate(rs);
      RiskPolicy.Builder r = new RiskPolicy.Builder().from(base.risk());
      r.responseMeasures(java.util.Map.of());
      for (RiskLevel l : RiskLevel.values()) {
        if (Generate.range(0, 4).generate(rs) > 0) {
          r.putResponseMeasures(l, measures.generate(rs));
        }
      }
      r.strengthenedMeasures(java.util.Map.of());
      for (AreaFeature f : AreaFeature.values()) {
        r.putStrengthenedMeasures(f, measures.generate(rs));
      }
      r.strengthenedMeasuresFrom(Generate.enumValues(RiskLevel.class).generate(rs));
      return new Policy.Builder().from(base).risk(r.build()).build();
    };
    return baselines().mix(varied, 75);
  }

  /** A §1.8 profile: rural or not, with any features. */
  public static Gen<AreaProfile> profiles() {
    return rs -> {
      List<AreaFeature> features = new ArrayList<>();
      for (AreaFeature f : AreaFeature.values()) {
        if (Generate.booleans().generate(rs)) {
          features.add(f);
        }
      }
      return AreaProfile.of(Generate.booleans().generate(rs), features.toArray(new AreaFeature[0]));
    };
  }

  /** The village every generated designation area lies in or contains: 440983102001 (水口居委会). */
  public static DivisionCode village() {
    return VILLAGES.get(0);
  }

  /** The area a policy designates, around {@link #village()}: its county, township, the village or a building. */
  public static AreaId designationArea(DesignationUnit unit) {
    switch (unit) {
      case COUNTY:
        return AreaId.of(COUNTY);
      case TOWNSHIP:
        return AreaId.of(TOWNSHIP);
      case COMPOUND_OR_VILLAGE:
        return AreaId.of(VILLAGES.get(0));
      default:
        return AreaId.of(VILLAGES.get(0), "幸福小区3栋");
    }
  }

  /** Areas whose reports count for {@code area}: itself and, for a county or township, villages inside it. */
  public static Gen<AreaId> reportAreasIn(AreaId area) {
    if (area.division().equals(COUNTY) || area.division().equals(TOWNSHIP)) {
      return Generate.pick(ImmutableList.of(area, AreaId.of(VILLAGES.get(0)), AreaId.of(VILLAGES.get(1)),
          AreaId.of(VILLAGES.get(2), "和平小区")));
    }
    return Generate.constant(area);
  }

  /** A window of 1–{@code maxDays} days starting up to 30 days after {@link #BASE}. */
  public static Gen<DateWindow> windows(int maxDays) {
    return Generate.range(0, 30).zip(Generate.range(1, maxDays),
        (offset, days) -> DateWindow.ofDays(BASE.plusDays(offset), days));
  }

  /**
   * Case reports inside a window for an area: mostly 0–1 infections, sometimes bursts, some linked to clusters
   * {@code c1}–{@code c3}, ids drawn from a small set so that the same report sometimes comes twice (identical or
   * not).
   */
  public static Gen<List<CaseReport>> reports(AreaId area, DateWindow window, int maxReports) {
    int days = Math.toIntExact(window.days());
    Gen<CaseReport> report = rs -> {
      int burst = Generate.range(0, 9).generate(rs);
      Optional<String> cluster = Generate.range(0, 3).generate(rs) == 0 ? Optional.empty()
          : Optional.of("c" + Generate.range(1, 3).generate(rs));
      return new CaseReport.Builder().id("r" + Generate.range(0, 12).generate(rs))
          .area(reportAreasIn(area).generate(rs))
          .date(window.start().plusDays(Generate.range(0, days - 1).generate(rs)))
          .localConfirmed(burst == 9 ? Generate.range(5, 30).generate(rs) : Generate.range(0, 2).generate(rs))
          .localAsymptomatic(Generate.range(0, 2).generate(rs))
          .clusterId(cluster).build();
    };
    return rs -> {
      int n = Generate.range(0, maxReports).generate(rs);
      List<CaseReport> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        CaseReport r = report.generate(rs);
        out.add(r);
        if (Generate.range(0, 9).generate(rs) == 0) {
          out.add(r);
        }
      }
      return out;
    };
  }

  /** Official designations of exactly {@code area} inside a window: none most of the time, up to four. */
  public static Gen<List<OfficialDesignation>> designations(AreaId area, DateWindow window) {
    int days = Math.toIntExact(window.days());
    Gen<OfficialDesignation> one = rs -> {
      LocalDate date = window.start().plusDays(Generate.range(0, days - 1).generate(rs));
      RiskLevel level = Generate.enumValues(RiskLevel.class).generate(rs);
      return Generate.booleans().generate(rs) ? OfficialDesignation.of(area, date, level)
          : OfficialDesignation.of(area, date, level, "指挥部通告第" + Generate.range(1, 9).generate(rs) + "号");
    };
    return rs -> {
      int n = Math.max(0, Generate.range(-4, 4).generate(rs));
      List<OfficialDesignation> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(one.generate(rs));
      }
      return out;
    };
  }

  /** A history: rules, the designated area, a window and its events. */
  public static final class History {
    /** The rules. */
    public final DesignationRules rules;
    /** The designated area. */
    public final AreaId area;
    /** The window. */
    public final DateWindow window;
    /** Case reports of the area or of places inside it. */
    public final List<CaseReport> reports;
    /** Official designations of the area. */
    public final List<OfficialDesignation> designations;

    /** A history. */
    public History(DesignationRules rules, AreaId area, DateWindow window, List<CaseReport> reports,
        List<OfficialDesignation> designations) {
      this.rules = rules;
      this.area = area;
      this.window = window;
      this.reports = ImmutableList.copyOf(reports);
      this.designations = ImmutableList.copyOf(designations);
    }

    /** The same history with other events. */
    public History with(List<CaseReport> reports, List<OfficialDesignation> designations) {
      return new History(rules, area, window, reports, designations);
    }

    @Override
    public String toString() {
      return rules + " " + area + " " + window + " reports=" + reports + " designations=" + designations;
    }
  }

  /** Histories of up to {@code maxDays} days and {@code maxReports} reports, with official designations or not. */
  public static Gen<History> histories(int maxDays, int maxReports, boolean withDesignations) {
    return rs -> {
      DesignationRules rules = rules().generate(rs);
      AreaId area = designationArea(rules.designationUnit());
      DateWindow window = windows(maxDays).generate(rs);
      List<CaseReport> reports = reports(area, window, maxReports).generate(rs);
      List<OfficialDesignation> designations = withDesignations ? designations(area, window).generate(rs)
          : List.of();
      return new History(rules, area, window, reports, designations);
    };
  }

  /** Level series over a window: runs of 1–10 days at one level. */
  public static Gen<org.communityprevention.risk.timeline.LevelSeries> levelSeries(DateWindow window) {
    return rs -> {
      List<RiskLevel> levels = new ArrayList<>();
      while (levels.size() < window.days()) {
        RiskLevel l = Generate.enumValues(RiskLevel.class).generate(rs);
        int run = Generate.range(1, 10).generate(rs);
        for (int i = 0; i < run && levels.size() < window.days(); i++) {
          levels.add(l);
        }
      }
      return org.communityprevention.risk.timeline.LevelSeries.of(window.start(), levels);
    };
  }
}
