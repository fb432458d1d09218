package org.communityprevention.risk.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityprevention.core.area.ResponseMeasure.ARRIVAL_SCREENING;
import static org.communityprevention.core.area.ResponseMeasure.CLOSED_MANAGEMENT;
import static org.communityprevention.core.area.ResponseMeasure.DOOR_TO_DOOR_SCREENING;
import static org.communityprevention.core.area.ResponseMeasure.ENTRY_EXIT_CHECKPOINTS;
import static org.communityprevention.core.area.ResponseMeasure.HEALTH_CODE_CHECK;
import static org.communityprevention.core.area.ResponseMeasure.INFORMATION_REGISTRATION;
import static org.communityprevention.core.area.ResponseMeasure.PATROLS_AND_VISITS;
import static org.communityprevention.core.area.ResponseMeasure.TEMPERATURE_CHECK;
import static org.communityprevention.core.area.RiskLevel.HIGH;
import static org.communityprevention.core.area.RiskLevel.LOW;
import static org.communityprevention.core.area.RiskLevel.MEDIUM;

import java.time.LocalDate;
import java.util.List;
import org.communityprevention.core.area.AreaFeature;
import org.communityprevention.core.area.AreaProfile;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.risk.timeline.LevelSeries;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("§1.4 §2.1 §1.8 emergency response of a village or community")
class EmergencyResponseTest {
  static final Policy ED7 = NationalBaselines.byId("ed7-2020");
  static final DivisionCode VILLAGE = DivisionCode.parse("440983102201");
  static final AreaProfile PLAIN = AreaProfile.of(true);
  static final LocalDate DAY0 = LocalDate.of(2021, 1, 20);

  static LevelSeries series(RiskLevel... levels) {
    return LevelSeries.of(DAY0, List.of(levels));
  }

  @Test
  @DisplayName("§1.4 starts the response the day the level rises to medium, with the §2.1 checks and registration")
  void activatesAtMedium() {
    ResponseTimeline t = EmergencyResponse.timeline(ED7, VILLAGE, PLAIN, series(LOW, MEDIUM, MEDIUM), List.of());
    assertThat(t.stateOn(DAY0)).isEqualTo(ResponseState.INACTIVE);
    assertThat(t.measuresOn(DAY0)).isEmpty();
    assertThat(t.stateOn(DAY0.plusDays(1))).isEqualTo(ResponseState.ACTIVATED);
    assertThat(t.measuresOn(DAY0.plusDays(1))).containsExactly(ENTRY_EXIT_CHECKPOINTS, TEMPERATURE_CHECK,
        HEALTH_CODE_CHECK, INFORMATION_REGISTRATION, PATROLS_AND_VISITS);
    ResponseTransition start = t.transitions().get(0);
    assertThat(start.date()).isEqualTo(DAY0.plusDays(1));
    assertThat(start.removed()).isEmpty();
    assertThat(start.reasons().get(0).code()).isEqualTo(EmergencyResponse.ACTIVATED);
    assertThat(start.reasons().get(0).clauses()).containsExactly(Clause.S1_4);
    assertThat(start.explain(Messages.ZH).get(0)).isEqualTo("2021-01-21启动应急响应：低风险→中风险");
    assertThat(start.explain(Messages.ZH).get(1)).isEqualTo("2021-01-21起实施：进出卡点、体温检测、健康码查验、信息登记、巡逻走访");
  }

  @Test
  @DisplayName("§2.1 closed management at high only while a local order directs it")
  void closedManagementNeedsOrder() {
    ResponseTimeline without = EmergencyResponse.timeline(ED7, VILLAGE, PLAIN, series(HIGH, HIGH), List.of());
    assertThat(without.measuresOn(DAY0)).contains(DOOR_TO_DOOR_SCREENING).doesNotContain(CLOSED_MANAGEMENT);
    assertThat(without.transitions().get(0).reasons()).extracting(r -> r.code())
        .contains(ResponseMeasures.CLOSED_NEEDS_ORDER);
    ClosedManagementOrder order = ClosedManagementOrder.of(VILLAGE, DateWindow.ofDays(DAY0.plusDays(1), 1));
    ResponseTimeline with = EmergencyResponse.timeline(ED7, VILLAGE, PLAIN, series(HIGH, HIGH, HIGH),
        List.of(order));
    assertThat(with.measuresOn(DAY0)).doesNotContain(CLOSED_MANAGEMENT);
    assertThat(with.measuresOn(DAY0.plusDays(1))).contains(CLOSED_MANAGEMENT);
    assertThat(with.measuresOn(DAY0.plusDays(2))).doesNotContain(CLOSED_MANAGEMENT);
    ResponseTransition closes = with.transitions().get(1);
    assertThat(closes.fromState()).isEqualTo(closes.toState());
    assertThat(closes.added()).containsExactly(CLOSED_MANAGEMENT);
    assertThat(with.transitions().get(2).removed()).containsExactly(CLOSED_MANAGEMENT);
  }

  @Test
  @DisplayName("an order at medium is not applied where the policy lists closed management at high only")
  void orderBelowLevel() {
    ClosedManagementOrder order = ClosedManagementOrder.of(VILLAGE, DateWindow.ofDays(DAY0, 5));
    assertThat(ResponseMeasures.explain(ED7, MEDIUM, PLAIN, true).outcome()).doesNotContain(CLOSED_MANAGEMENT);
    assertThat(ResponseMeasures.explain(ED7, MEDIUM, PLAIN, true).reasons()).extracting(r -> r.code())
        .contains(ResponseMeasures.ORDER_NOT_FOR_LEVEL);
    assertThat(EmergencyResponse.timeline(ED7, VILLAGE, PLAIN, series(MEDIUM), List.of(order))
        .measuresOn(DAY0)).doesNotContain(CLOSED_MANAGEMENT);
  }

  @Test
  @DisplayName("escalated, de-escalated and stood down, with the measures added and removed")
  void fullCycle() {
    ResponseTimeline t = EmergencyResponse.timeline(ED7, VILLAGE, PLAIN,
        series(MEDIUM, HIGH, MEDIUM, LOW, HIGH), List.of());
    assertThat(t.transitions()).extracting(ResponseTransition::toState).containsExactly(ResponseState.ACTIVATED,
        ResponseState.ESCALATED, ResponseState.DE_ESCALATED, ResponseState.STOOD_DOWN, ResponseState.ACTIVATED);
    assertThat(t.transitions().get(1).added()).containsExactly(DOOR_TO_DOOR_SCREENING);
    assertThat(t.transitions().get(2).removed()).containsExactly(DOOR_TO_DOOR_SCREENING);
    assertThat(t.transitions().get(3).removed()).hasSize(5);
    assertThat(t.transitions().get(3).explain(Messages.EN).get(0))
        .isEqualTo("emergency response stood down on 2021-01-23: medium risk → low risk");
    assertThat(t.end().state()).isEqualTo(ResponseState.ACTIVATED);
    assertThat(t.end().day()).isEqualTo(DAY0.plusDays(4));
  }

  @Test
  @DisplayName("§1.8 a village near an airport strengthens its measures at every level of ed7-2020")
  void nearAirport() {
    AreaProfile airport = AreaProfile.of(true, AreaFeature.NEAR_AIRPORT);
    assertThat(ResponseMeasures.at(ED7.risk(), LOW, airport, false)).containsExactly(HEALTH_CODE_CHECK,
        ARRIVAL_SCREENING);
    ResponseTimeline t = EmergencyResponse.timeline(ED7, VILLAGE, airport, series(LOW, MEDIUM), List.of());
    assertThat(t.initial().measures()).containsExactly(HEALTH_CODE_CHECK, ARRIVAL_SCREENING);
    assertThat(t.stateOn(DAY0)).isEqualTo(ResponseState.INACTIVE);
    assertThat(t.transitions().get(0).reasons()).extracting(r -> r.code()).contains(ResponseMeasures.STRENGTHENED);
    assertThat(t.transitions().get(0).reasons()).filteredOn(r -> r.code().equals(ResponseMeasures.STRENGTHENED))
        .singleElement().satisfies(r -> assertThat(r.clauses()).containsExactly(Clause.S1_8));
  }

  @Test
  @DisplayName("§1.8 a border village adds support for border prevention")
  void borderVillage() {
    assertThat(ResponseMeasures.at(ED7.risk(), HIGH, AreaProfile.of(true, AreaFeature.BORDER_VILLAGE), false))
        .contains(org.communityprevention.core.area.ResponseMeasure.BORDER_PREVENTION_SUPPORT);
  }

  @Test
  @DisplayName("a low day explains itself as routine prevention")
  void routine() {
    assertThat(ResponseMeasures.explain(ED7, LOW, PLAIN, false).reasons()).extracting(r -> r.code())
        .containsExactly(ResponseMeasures.ROUTINE);
  }

  @Test
  @DisplayName("an order for another village, or levels that do not follow the status, are refused")
  void refusals() {
    ClosedManagementOrder other = ClosedManagementOrder.of(DivisionCode.parse("440983102202"),
        DateWindow.ofDays(DAY0, 1));
    assertThatThrownBy(() -> EmergencyResponse.timeline(ED7, VILLAGE, PLAIN, series(HIGH), List.of(other)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).code())
            .isEqualTo(EmergencyResponse.OTHER_VILLAGE));
    assertThatThrownBy(() -> EmergencyResponse.timeline(ED7, PLAIN,
        EmergencyResponse.start(ED7, VILLAGE, PLAIN, DAY0), series(HIGH), List.of()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).code())
            .isEqualTo(EmergencyResponse.NOT_NEXT_DAY));
    assertThatThrownBy(() -> ClosedManagementOrder.of(DivisionCode.parse("440983102000"),
        DateWindow.ofDays(DAY0, 1))).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.violations().get(0).code()).isEqualTo(ClosedManagementOrder.NOT_VILLAGE));
  }

  @Test
  @DisplayName("a stored change that changes nothing, adds and removes one measure, or gives no reason is refused")
  void inconsistentTransitions() {
    ResponseTimeline t = EmergencyResponse.timeline(ED7, VILLAGE, PLAIN, series(LOW, MEDIUM), List.of());
    ResponseTransition real = t.transitions().get(0);
    assertThat(real.toState()).isEqualTo(ResponseState.ACTIVATED);
    assertThat(real.added()).isNotEmpty();
    java.util.function.Consumer<ResponseTransition.Builder> refused = b -> assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).singleElement()
            .satisfies(v -> assertThat(v.field() + " " + v.code()).isEqualTo("toState "
                + ResponseTransition.NO_CHANGE)));
    refused.accept(new ResponseTransition.Builder().from(real).toState(real.fromState()).added(List.of())
        .removed(List.of()));
    refused.accept(new ResponseTransition.Builder().from(real).removed(List.of(real.added().first())));
    refused.accept(new ResponseTransition.Builder().from(real).reasons(List.of()));
    assertThat(new ResponseTransition.Builder().from(real).toState(real.fromState()).build().added())
        .isEqualTo(real.added());
    assertThat(new ResponseTransition.Builder().from(real).toState(real.fromState()).added(List.of())
        .removed(real.added()).build().removed()).isEqualTo(real.added());
    assertThatThrownBy(() -> t.measuresOn(DAY0.plusDays(2))).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.violations().get(0).code()).isEqualTo(ResponseTimeline.OUTSIDE));
    assertThat(t.measuresOn(DAY0)).isEqualTo(t.initial().measures());
    assertThat(t.measuresOn(DAY0.plusDays(1))).containsAll(real.added());
  }
}
