package org.communityprevention.risk.testing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.policy.ElectionEmergencyItem;
import org.communityprevention.risk.election.AssessmentOutcome;
import org.communityprevention.risk.election.CountingSupervision;
import org.communityprevention.risk.election.DisinfectionTarget;
import org.communityprevention.risk.election.ElectionEmergencyPlan;
import org.communityprevention.risk.election.HealthDeclaration;
import org.communityprevention.risk.election.HealthFlag;
import org.communityprevention.risk.election.ParticipantRole;
import org.communityprevention.risk.election.PollingPlan;
import org.communityprevention.risk.election.PollingStation;
import org.communityprevention.risk.election.ProxyAuthorization;
import org.communityprevention.risk.election.Relationship;
import org.communityprevention.risk.election.RiskAssessment;
import org.communityprevention.risk.election.TimeSlot;
import org.communityprevention.risk.election.Voter;
import org.communityprevention.risk.election.VoterCondition;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for committee elections: voter rolls with voters of other villages and without voting
 * rights, proxy authorizations that crowd a few holders (so caps bite), health declarations and assessments around an
 * election day, and polling plans that pass or fail each check. Published in the risk test-jar.
 */
public final class ElectionGenerators {
  /** The election day of generated elections. */
  public static final LocalDate ELECTION_DAY = LocalDate.of(2021, 3, 20);
  /** The village of generated elections. */
  public static final DivisionCode VILLAGE = DivisionCode.parse("440983102201");
  /** Another village, whose voters are not on {@link #VILLAGE}'s roll. */
  public static final DivisionCode OTHER_VILLAGE = DivisionCode.parse("440983102202");

  private ElectionGenerators() {}

  /** A roll of 1–30 voters {@code v0…}: most of this village with voting rights, any condition. */
  public static Gen<List<Voter>> rolls() {
    return rs -> {
      int n = Generate.range(1, 30).generate(rs);
      List<Voter> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        boolean here = Generate.range(0, 9).generate(rs) > 0;
        boolean rights = Generate.range(0, 9).generate(rs) > 0;
        out.add(Voter.of("v" + i, here ? VILLAGE : OTHER_VILLAGE, rights,
            Generate.enumValues(VoterCondition.class).generate(rs)));
      }
      return out;
    };
  }

  /**
   * 0–40 authorizations among voters {@code v0}–{@code v29} (and an unknown {@code x}): holders drawn from few ids,
   * filed in the three weeks before {@link #ELECTION_DAY}, mostly written, mostly near relatives.
   */
  public static Gen<List<ProxyAuthorization>> authorizations() {
    return rs -> {
      int n = Generate.range(0, 40).generate(rs);
      List<ProxyAuthorization> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        int principal = Generate.range(0, 30).generate(rs);
        int holder = Generate.range(0, 5).generate(rs);
        out.add(new ProxyAuthorization.Builder().id("p" + i)
            .principalId(principal == 30 ? "x" : "v" + principal).holderId("v" + holder)
            .relationship(Generate.range(0, 5).generate(rs) == 0 ? Relationship.NOT_RELATED
                : Generate.enumValues(Relationship.class).generate(rs))
            .written(Generate.range(0, 9).generate(rs) > 0)
            .filedOn(ELECTION_DAY.minusDays(Generate.range(0, 21).generate(rs))).build());
      }
      return out;
    };
  }

  /** Health declarations of participants {@code c0}–{@code c5} around the election day. */
  public static Gen<List<HealthDeclaration>> declarations() {
    return rs -> {
      int n = Generate.range(0, 12).generate(rs);
      List<HealthDeclaration> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        List<HealthFlag> flags = new ArrayList<>();
        if (Generate.booleans().generate(rs)) {
          flags.add(Generate.enumValues(HealthFlag.class).generate(rs));
        }
        out.add(HealthDeclaration.of("c" + Generate.range(0, 5).generate(rs),
            Generate.enumValues(ParticipantRole.class).generate(rs),
            ELECTION_DAY.plusDays(Generate.range(-6, 1).generate(rs)), flags.toArray(new HealthFlag[0])));
      }
      return out;
    };
  }

  /** Risk assessments of participants {@code c0}–{@code c5} around the election day. */
  public static Gen<List<RiskAssessment>> assessments() {
    return rs -> {
      int n = Generate.range(0, 6).generate(rs);
      List<RiskAssessment> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(RiskAssessment.of("c" + Generate.range(0, 5).generate(rs),
            ELECTION_DAY.plusDays(Generate.range(-6, 1).generate(rs)),
            Generate.enumValues(AssessmentOutcome.class).generate(rs)));
      }
      return out;
    };
  }

  /** Polling plans of {@link #VILLAGE} on {@link #ELECTION_DAY}, some passing every baseline check, some not. */
  public static Gen<PollingPlan> plans() {
    return rs -> {
      int stations = Generate.range(1, 4).generate(rs);
      PollingPlan.Builder plan = new PollingPlan.Builder();
      int total = 0;
      for (int s = 0; s < stations; s++) {
        int voters = Generate.range(0, 600).generate(rs);
        total += voters;
        int slots = Generate.range(1, 12).generate(rs);
        List<TimeSlot> booked = new ArrayList<>();
        int left = voters;
        for (int k = 0; k < slots; k++) {
          int n = k == slots - 1 ? left : Math.min(left, Generate.range(0, 80).generate(rs));
          booked.add(TimeSlot.of(LocalTime.of(7 + k, 0), LocalTime.of(8 + k, 0), n));
          left -= n;
        }
        plan.addStations(new PollingStation.Builder().id("s" + s).assignedVoters(voters).opens(LocalTime.of(7, 0))
            .closes(LocalTime.of(Generate.range(12, 20).generate(rs), 0)).addAllSlots(booked).build());
      }
      List<DisinfectionTarget> disinfected = new ArrayList<>();
      for (DisinfectionTarget t : DisinfectionTarget.values()) {
        if (Generate.range(0, 4).generate(rs) > 0) {
          disinfected.add(t);
        }
      }
      return plan.village(VILLAGE).electionDay(ELECTION_DAY)
          .registeredVoters(total + (Generate.range(0, 5).generate(rs) == 0 ? 1 : 0))
          .countingSitePeople(Generate.range(5, 60).generate(rs))
          .countingSupervision(Generate.booleans().generate(rs) ? List.of(CountingSupervision.LIVE_VIDEO) : List.of())
          .disinfection(disinfected).staffTrained(Generate.range(0, 9).generate(rs) > 0)
          .emergencyPlan(emergencyPlans().generate(rs)).build();
    };
  }

  /** An emergency plan: mostly every item, sometimes a random subset (the items left out are missing). */
  public static Gen<ElectionEmergencyPlan> emergencyPlans() {
    return rs -> {
      if (Generate.range(0, 9).generate(rs) > 0) {
        return ElectionEmergencyPlan.of(ElectionEmergencyItem.values());
      }
      List<ElectionEmergencyItem> items = new ArrayList<>();
      for (ElectionEmergencyItem i : ElectionEmergencyItem.values()) {
        if (Generate.booleans().generate(rs)) {
          items.add(i);
        }
      }
      return ElectionEmergencyPlan.of(items.toArray(new ElectionEmergencyItem[0]));
    };
  }

  /**
   * A station of its own id open 08:00–18:00, its voters booked into slots of up to 50 (the baselines' slot size),
   * one every half hour, each 25 minutes long.
   */
  public static PollingStation station(String id, int voters) {
    PollingStation.Builder s = new PollingStation.Builder();
    s.id(id).assignedVoters(voters).opens(LocalTime.of(8, 0)).closes(LocalTime.of(18, 0));
    int left = voters;
    for (LocalTime t = LocalTime.of(8, 0); left > 0; t = t.plusMinutes(30)) {
      int n = Math.min(50, left);
      s.addSlots(TimeSlot.of(t, t.plusMinutes(25), n));
      left -= n;
    }
    return s.build();
  }
}
