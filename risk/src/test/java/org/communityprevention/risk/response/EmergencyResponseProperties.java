package org.communityprevention.risk.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Theories.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.communityprevention.core.area.AreaFeature;
import org.communityprevention.core.area.AreaProfile;
import org.communityprevention.core.area.ResponseMeasure;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.risk.testing.RiskGenerators;
import org.communityprevention.risk.timeline.LevelSeries;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

@DisplayName("§1.4 §2.1 §1.8 emergency response properties")
class EmergencyResponseProperties {
  static final DivisionCode VILLAGE = RiskGenerators.village();
  static final DateWindow WINDOW = DateWindow.ofDays(RiskGenerators.BASE, 40);

  static Gen<List<ClosedManagementOrder>> orders() {
    return Generate.range(0, 3).zip(Generate.range(0, 39), Generate.range(1, 15), (n, start, days) -> {
      List<ClosedManagementOrder> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(ClosedManagementOrder.of(VILLAGE, DateWindow.ofDays(WINDOW.start().plusDays(start + 3L * i), days)));
      }
      return out;
    });
  }

  @Test
  @DisplayName("measures are monotone in the level for every profile: high ⊇ medium ⊇ low")
  void monotoneInLevel() {
    qt().forAll(RiskGenerators.responsePolicies(), RiskGenerators.profiles(), Generate.booleans())
        .checkAssert((p, profile, ordered) -> {
          assertThat(ResponseMeasures.at(p.risk(), RiskLevel.HIGH, profile, ordered))
              .containsAll(ResponseMeasures.at(p.risk(), RiskLevel.MEDIUM, profile, ordered));
          assertThat(ResponseMeasures.at(p.risk(), RiskLevel.MEDIUM, profile, ordered))
              .containsAll(ResponseMeasures.at(p.risk(), RiskLevel.LOW, profile, ordered));
        });
  }

  @Test
  @DisplayName("§1.8 features only add measures, at every level")
  void featuresOnlyAdd() {
    qt().forAll(RiskGenerators.responsePolicies(), RiskGenerators.profiles(),
        Generate.enumValues(AreaFeature.class), Generate.enumValues(RiskLevel.class))
        .checkAssert((p, profile, extra, level) -> {
          List<AreaFeature> more = new ArrayList<>(profile.features());
          more.add(extra);
          AreaProfile bigger = AreaProfile.of(profile.rural(), more.toArray(new AreaFeature[0]));
          for (boolean ordered : new boolean[] {false, true}) {
            assertThat(ResponseMeasures.at(p.risk(), level, bigger, ordered))
                .containsAll(ResponseMeasures.at(p.risk(), level, profile, ordered));
          }
        });
  }

  @Test
  @DisplayName("the explained measures are the hot path's, with at least one reason")
  void explainedAgree() {
    qt().forAll(RiskGenerators.responsePolicies(), RiskGenerators.profiles(), Generate.enumValues(RiskLevel.class),
        Generate.booleans()).checkAssert((p, profile, level, ordered) -> {
          var d = ResponseMeasures.explain(p, level, profile, ordered);
          assertThat(d.outcome()).isEqualTo(ResponseMeasures.at(p.risk(), level, profile, ordered));
          assertThat(d.reasons()).extracting(r -> r.code()).isEqualTo(expectedCodes(p, level, profile, ordered));
        });
  }

  /** The reason codes of the measures at a level, as the class comment of {@link ResponseMeasures} states them. */
  static List<String> expectedCodes(Policy p, RiskLevel level, AreaProfile profile, boolean ordered) {
    List<String> codes = new ArrayList<>();
    boolean closedListed = false;
    for (RiskLevel l : RiskLevel.values()) {
      var listed = p.risk().responseMeasures().get(l);
      if (!l.atLeast(level) || l == level) {
        if (listed != null && !listed.isEmpty()) {
          codes.add(ResponseMeasures.LEVEL);
          closedListed |= listed.contains(ResponseMeasure.CLOSED_MANAGEMENT);
        }
      }
    }
    boolean strengthened = level.atLeast(p.risk().strengthenedMeasuresFrom());
    for (AreaFeature f : profile.features()) {
      var extra = p.risk().strengthenedMeasures().get(f);
      if (extra != null && !extra.isEmpty()) {
        codes.add(strengthened ? ResponseMeasures.STRENGTHENED : ResponseMeasures.STRENGTHENED_LATER);
        closedListed |= strengthened && extra.contains(ResponseMeasure.CLOSED_MANAGEMENT);
      }
    }
    if (closedListed) {
      codes.add(ordered ? ResponseMeasures.CLOSED : ResponseMeasures.CLOSED_NEEDS_ORDER);
    } else if (ordered) {
      codes.add(ResponseMeasures.ORDER_NOT_FOR_LEVEL);
    }
    if (codes.isEmpty()) {
      codes.add(ResponseMeasures.ROUTINE);
    }
    return codes;
  }

  @Test
  @DisplayName("folding day by day gives the timeline's changes; the state is active exactly above low after a start")
  void foldEqualsTimeline() {
    qt().forAll(RiskGenerators.responsePolicies(), RiskGenerators.profiles(), RiskGenerators.levelSeries(WINDOW),
        orders()).checkAssert((p, profile, levels, orders) -> {
          ResponseTimeline t = EmergencyResponse.timeline(p, VILLAGE, profile, levels, orders);
          ResponseStatus s = t.initial();
          List<ResponseTransition> folded = new ArrayList<>();
          for (int i = 0; i < levels.length(); i++) {
            LocalDate day = levels.start().plusDays(i);
            boolean ordered = orders.stream().anyMatch(o -> o.window().contains(day));
            ResponseStep step = EmergencyResponse.next(p, profile, s, levels.levelAt(i), ordered);
            step.transition().ifPresent(folded::add);
            s = step.status();
            assertThat(t.stateOn(day)).isEqualTo(s.state());
            assertThat(t.measuresOn(day)).isEqualTo(s.measures());
            assertThat(s.state().isActive()).isEqualTo(levels.levelAt(i) != RiskLevel.LOW);
            assertThat(s.measures()).isEqualTo(ResponseMeasures.at(p.risk(), levels.levelAt(i), profile, ordered));
          }
          assertThat(folded).isEqualTo(t.transitions());
          assertThat(s).isEqualTo(t.end());
        });
  }

  @Test
  @DisplayName("each change chains from the one before and lists exactly the measures that changed")
  void transitionsChain() {
    qt().forAll(RiskGenerators.responsePolicies(), RiskGenerators.profiles(), RiskGenerators.levelSeries(WINDOW),
        orders()).checkAssert((p, profile, levels, orders) -> {
          ResponseTimeline t = EmergencyResponse.timeline(p, VILLAGE, profile, levels, orders);
          ResponseState state = t.initial().state();
          java.util.SortedSet<org.communityprevention.core.area.ResponseMeasure> measures = t.initial().measures();
          for (ResponseTransition tr : t.transitions()) {
            assertThat(tr.fromState()).isEqualTo(state);
            java.util.SortedSet<org.communityprevention.core.area.ResponseMeasure> now = t.measuresOn(tr.date());
            assertThat(now).containsAll(tr.added());
            assertThat(java.util.Collections.disjoint(now, tr.removed())).isTrue();
            assertThat(measures).containsAll(tr.removed());
            assertThat(java.util.Collections.disjoint(measures, tr.added())).isTrue();
            List<String> changes = new ArrayList<>();
            if (tr.toState() != tr.fromState()) {
              changes.add(Map.of(ResponseState.ACTIVATED, EmergencyResponse.ACTIVATED, ResponseState.ESCALATED,
                  EmergencyResponse.ESCALATED, ResponseState.DE_ESCALATED, EmergencyResponse.DE_ESCALATED,
                  ResponseState.STOOD_DOWN, EmergencyResponse.STOOD_DOWN).get(tr.toState()));
            }
            if (!tr.added().isEmpty()) {
              changes.add(EmergencyResponse.MEASURES_ADDED);
            }
            if (!tr.removed().isEmpty()) {
              changes.add(EmergencyResponse.MEASURES_REMOVED);
            }
            List<String> codes = tr.reasons().stream().map(r -> r.code()).collect(Collectors.toList());
            assertThat(codes.subList(0, changes.size())).isEqualTo(changes);
            // Then where the measures in force come from; a change already explains a day without measures.
            List<String> sources = expectedCodes(p, tr.toLevel(), profile,
                orders.stream().anyMatch(o -> o.window().contains(tr.date())));
            sources.remove(ResponseMeasures.ROUTINE);
            assertThat(codes.subList(changes.size(), codes.size())).isEqualTo(sources);
            state = tr.toState();
            measures = now;
          }
        });
  }

  @Test
  @DisplayName("response timelines, steps and statuses survive a JSON round trip")
  void jsonRoundTrip() {
    qt().forAll(RiskGenerators.responsePolicies(), RiskGenerators.profiles(), RiskGenerators.levelSeries(WINDOW),
        orders()).checkAssert((p, profile, levels, orders) -> {
          ResponseTimeline t = EmergencyResponse.timeline(p, VILLAGE, profile, levels, orders);
          assertThat(Json.read(Json.write(t), ResponseTimeline.class)).isEqualTo(t);
          ResponseStep step = EmergencyResponse.next(p, profile, t.end(), RiskLevel.HIGH, true);
          assertThat(Json.read(Json.write(step), ResponseStep.class)).isEqualTo(step);
          orders.forEach(o -> assertThat(Json.read(Json.write(o), ClosedManagementOrder.class)).isEqualTo(o));
        });
  }

  @Test
  @DisplayName("with ed7-2020 a village's response is never active at low and always active above it")
  void baselineActive() {
    Policy ed7 = org.communityprevention.core.json.NationalBaselines.byId("ed7-2020");
    qt().forAll(RiskGenerators.levelSeries(WINDOW)).checkAssert(levels -> {
      ResponseTimeline t = EmergencyResponse.timeline(ed7, VILLAGE, AreaProfile.of(true), levels, List.of());
      for (int i = 0; i < levels.length(); i++) {
        LocalDate d = levels.start().plusDays(i);
        assertThat(t.stateOn(d).isActive()).isEqualTo(levels.levelAt(i) != RiskLevel.LOW);
        assertThat(t.measuresOn(d).isEmpty()).isEqualTo(levels.levelAt(i) == RiskLevel.LOW);
      }
      assertThat(Optional.of(t.end().level())).contains(levels.levelAt(levels.length() - 1));
    });
  }

}
