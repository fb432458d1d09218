package org.communityprevention.risk.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.communityprevention.core.area.AreaProfile;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.validation.BatchResult;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.risk.timeline.LevelSeries;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("§2.1 responses started by order (按照当地党委和政府部署要求)")
class ResponseOrderTest {
  static final Policy ED7 = NationalBaselines.byId("ed7-2020");
  static final DivisionCode VILLAGE = DivisionCode.parse("440983102201");
  static final DivisionCode COUNTY = DivisionCode.parse("440983000000");
  static final AreaProfile PLAIN = AreaProfile.of(true);
  static final LocalDate DAY0 = LocalDate.of(2021, 1, 20);
  static final String DOC = "信宜市疫情防控指挥部通告第3号";

  /** Levels from DAY0: {@code low} low days, then {@code medium} medium days. */
  static LevelSeries levels(int low, int medium) {
    List<RiskLevel> l = new ArrayList<>(Collections.nCopies(low, LOW));
    l.addAll(Collections.nCopies(medium, MEDIUM));
    return LevelSeries.of(DAY0, l);
  }

  static ResponseOrder.Builder countyOrder() {
    return new ResponseOrder.Builder().authority(OrderAuthority.COUNTY).document(DOC).area(COUNTY).level(MEDIUM)
        .addMeasures(DOOR_TO_DOOR_SCREENING).start(LocalDate.of(2021, 1, 25))
        .endExclusive(LocalDate.of(2021, 2, 10));
  }

  static List<String> codes(ResponseTransition t) {
    return t.reasons().stream().map(Reason::code).toList();
  }

  static Reason reason(ResponseTransition t, String code) {
    return t.reasons().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("§2.1 a county order starts a response in a low-risk village on 2021-01-25, the level takes over on "
      + "2021-02-10")
  void countyOrderInLowVillage() {
    // Low until 2021-02-07, medium from 2021-02-08 to 2021-02-15.
    ResponseTimeline t = EmergencyResponse.timeline(ED7, VILLAGE, PLAIN, levels(19, 8), List.of(),
        List.of(countyOrder().build()));
    assertThat(t.stateOn(LocalDate.of(2021, 1, 24))).isEqualTo(ResponseState.INACTIVE);
    assertThat(t.transitions()).hasSize(2);

    ResponseTransition starts = t.transitions().get(0);
    assertThat(starts.date()).isEqualTo(LocalDate.of(2021, 1, 25));
    assertThat(starts.toState()).isEqualTo(ResponseState.ACTIVATED);
    assertThat(starts.fromLevel()).isEqualTo(LOW);
    assertThat(starts.toLevel()).isEqualTo(LOW);
    assertThat(starts.added()).containsExactly(ENTRY_EXIT_CHECKPOINTS, TEMPERATURE_CHECK, HEALTH_CODE_CHECK,
        INFORMATION_REGISTRATION, DOOR_TO_DOOR_SCREENING, PATROLS_AND_VISITS);
    assertThat(codes(starts)).containsExactly(EmergencyResponse.ACTIVATED, EmergencyResponse.MEASURES_ADDED,
        EmergencyResponse.ORDER_STARTED, EmergencyResponse.DECIDED_BY_ORDER, ResponseMeasures.LEVEL,
        EmergencyResponse.ORDER_MEASURES);
    assertThat(reason(starts, EmergencyResponse.ORDER_STARTED).clauses()).containsExactly(Clause.S2_1);
    assertThat(reason(starts, EmergencyResponse.DECIDED_BY_ORDER).clauses()).containsExactly(Clause.S2_1);
    assertThat(starts.explain(Messages.ZH).get(0)).isEqualTo("2021-01-25启动应急响应：低风险→中风险");
    assertThat(reason(starts, EmergencyResponse.ORDER_STARTED).text(Messages.ZH)).isEqualTo(
        "2021-01-25起执行县级党委和政府部署要求（" + DOC + "），区域440983000000：应急响应不低于中风险，增加措施：入户排查");
    assertThat(reason(starts, EmergencyResponse.DECIDED_BY_ORDER).text(Messages.ZH))
        .isEqualTo("2021-01-25应急响应由部署要求（" + DOC + "）决定：中风险，严于风险等级（低风险）");
    assertThat(reason(starts, EmergencyResponse.DECIDED_BY_ORDER).text(Messages.EN)).isEqualTo(
        "on 2021-01-25 the order " + DOC + " decides the response: medium risk, stricter than the risk level"
            + " (low risk)");

    // 2021-02-08: the level rises to medium, which the order already holds: no change.
    assertThat(t.stateOn(LocalDate.of(2021, 2, 9))).isEqualTo(ResponseState.ACTIVATED);
    assertThat(t.measuresOn(LocalDate.of(2021, 2, 9))).contains(DOOR_TO_DOOR_SCREENING);

    ResponseTransition ends = t.transitions().get(1);
    assertThat(ends.date()).isEqualTo(LocalDate.of(2021, 2, 10));
    assertThat(ends.toState()).isEqualTo(ResponseState.ACTIVATED);
    assertThat(ends.removed()).containsExactly(DOOR_TO_DOOR_SCREENING);
    assertThat(ends.added()).isEmpty();
    assertThat(codes(ends)).containsExactly(EmergencyResponse.MEASURES_REMOVED, EmergencyResponse.ORDER_ENDED,
        EmergencyResponse.DECIDED_BY_LEVEL, ResponseMeasures.LEVEL);
    assertThat(reason(ends, EmergencyResponse.DECIDED_BY_LEVEL).clauses()).containsExactly(Clause.S1_4);
    assertThat(reason(ends, EmergencyResponse.ORDER_ENDED).text(Messages.ZH)).isEqualTo(
        "2021-02-10起县级党委和政府部署要求（" + DOC + "）不再执行，应急响应回到中风险对应的响应");
    assertThat(reason(ends, EmergencyResponse.ORDER_ENDED).text(Messages.EN)).isEqualTo("from 2021-02-10 the order "
        + DOC + " of the county Party committee and government is no longer in force: the response falls back to"
        + " that of medium risk");
    assertThat(t.end().orders()).isEmpty();
    assertThat(t.end().responseLevel()).isEqualTo(MEDIUM);
  }

  @Test
  @DisplayName("§2.1 when the order ends in a village still at low risk, the response stands down")
  void orderEndsAtLow() {
    ResponseTimeline t = EmergencyResponse.timeline(ED7, VILLAGE, PLAIN, levels(27, 0), List.of(),
        List.of(countyOrder().build()));
    assertThat(t.transitions()).extracting(ResponseTransition::toState)
        .containsExactly(ResponseState.ACTIVATED, ResponseState.STOOD_DOWN);
    ResponseTransition ends = t.transitions().get(1);
    assertThat(ends.date()).isEqualTo(LocalDate.of(2021, 2, 10));
    assertThat(t.measuresOn(LocalDate.of(2021, 2, 10))).isEmpty();
    assertThat(codes(ends)).containsExactly(EmergencyResponse.STOOD_DOWN, EmergencyResponse.MEASURES_REMOVED,
        EmergencyResponse.ORDER_ENDED, EmergencyResponse.DECIDED_BY_LEVEL);
    assertThat(ends.explain(Messages.EN).get(0))
        .isEqualTo("emergency response stood down on 2021-02-10: medium risk → low risk");
    assertThat(reason(ends, EmergencyResponse.DECIDED_BY_LEVEL).text(Messages.ZH))
        .isEqualTo("2021-02-10应急响应由风险等级决定：低风险");
  }

  @Test
  @DisplayName("§2.1 an order never lowers a response: at high the level decides, at the same level both do")
  void stricterWins() {
    ResponseOrder order = countyOrder().addMeasures().build();
    ResponseTimeline high = EmergencyResponse.timeline(ED7, VILLAGE, PLAIN,
        LevelSeries.of(LocalDate.of(2021, 1, 24), List.of(HIGH, HIGH, MEDIUM)), List.of(), List.of(order));
    assertThat(high.transitions()).hasSize(2);
    assertThat(high.transitions().get(0).toState()).isEqualTo(ResponseState.ACTIVATED);
    // 2021-01-25: the order starts at medium under a high level, adding door-to-door screening that high has.
    assertThat(high.transitions().get(1).date()).isEqualTo(LocalDate.of(2021, 1, 26));
    ResponseTransition down = high.transitions().get(1);
    assertThat(down.toState()).isEqualTo(ResponseState.DE_ESCALATED);
    assertThat(down.removed()).isEmpty();
    assertThat(high.measuresOn(LocalDate.of(2021, 1, 26))).contains(DOOR_TO_DOOR_SCREENING);
    assertThat(reason(down, EmergencyResponse.DECIDED_BY_BOTH).clauses()).containsExactly(Clause.S1_4, Clause.S2_1);
    assertThat(reason(down, EmergencyResponse.DECIDED_BY_BOTH).text(Messages.ZH))
        .isEqualTo("2021-01-26风险等级与部署要求（" + DOC + "）均要求：中风险");
    ResponseStep step = EmergencyResponse.next(ED7, PLAIN, high.initial(), HIGH, false, List.of(order));
    assertThat(step.status().responseLevel()).isEqualTo(HIGH);
    assertThat(step.status().orders()).isEmpty();
  }

  @Test
  @DisplayName("§2.1 a provincial order applies to every village under the province, and to none elsewhere")
  void provincialOrder() {
    ResponseOrder province = new ResponseOrder.Builder().authority(OrderAuthority.PROVINCE).document("粤防指通告第1号")
        .area(DivisionCode.parse("440000000000")).level(HIGH).start(DAY0).build();
    assertThat(province.appliesTo(VILLAGE)).isTrue();
    assertThat(province.endExclusive()).isEmpty();
    assertThat(province.inForce(LocalDate.of(2030, 1, 1))).isTrue();
    assertThat(province.inForce(DAY0.minusDays(1))).isFalse();
    DivisionCode elsewhere = DivisionCode.parse("450102001001");
    assertThat(ResponseOrders.applyingTo(List.of(province), elsewhere)).isEmpty();
    ResponseStep step = EmergencyResponse.next(ED7, PLAIN, EmergencyResponse.start(ED7, elsewhere, PLAIN,
        DAY0.minusDays(1)), LOW, false, List.of(province));
    assertThat(step.transition()).isEmpty();
    assertThatThrownBy(() -> EmergencyResponse.timeline(ED7, elsewhere, PLAIN, levels(1, 0), List.of(),
        List.of(province))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .singleElement().satisfies(v -> assertThat(v.field() + " " + v.code())
                .isEqualTo("responseOrders[0].area " + EmergencyResponse.OTHER_AREA)));
    ResponseTimeline t = EmergencyResponse.timeline(ED7, VILLAGE, PLAIN, levels(2, 0), List.of(), List.of(province));
    assertThat(t.stateOn(DAY0)).isEqualTo(ResponseState.ACTIVATED);
    assertThat(t.end().responseLevel()).isEqualTo(HIGH);
  }

  @Test
  @DisplayName("a bad order is refused with a typed violation naming each field")
  void refusals() {
    assertThatThrownBy(() -> new ResponseOrder.Builder().authority(OrderAuthority.TOWNSHIP).document(" ")
        .area(COUNTY).level(LOW).start(DAY0).endExclusive(DAY0).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.violations()).extracting(v -> v.field() + " " + v.code()).containsExactly(
              "document " + ResponseOrder.DOCUMENT_BLANK, "area " + ResponseOrder.AREA_ABOVE_AUTHORITY,
              "measures " + ResponseOrder.ORDERS_NOTHING, "endExclusive " + ResponseOrder.END_NOT_AFTER_START);
          assertThat(e.violations().get(1).message(Messages.ZH)).isEqualTo("area: 乡镇党委和政府不能部署县级区域");
          assertThat(e.violations().get(1).message(Messages.EN))
              .isEqualTo("area: a township Party committee and government does not direct an area at county level");
        });
    assertThatThrownBy(() -> countyOrder().document("联系人13800138000").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.code())
              .isEqualTo(ResponseOrder.DOCUMENT_PERSONAL));
          assertThat(e.getMessage()).doesNotContain("13800138000");
        });
    assertThatThrownBy(() -> countyOrder().document("文".repeat(101)).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).code())
            .isEqualTo(ResponseOrder.DOCUMENT_TOO_LONG));
    assertThat(countyOrder().authority(OrderAuthority.HEADQUARTERS).build().authority().level()).isEmpty();
    assertThat(countyOrder().level(LOW).build().measures()).containsExactly(DOOR_TO_DOOR_SCREENING);
  }

  @Test
  @DisplayName("orders for many areas in one batch: the bad ones rejected with their index, the good ones kept")
  void batch() {
    String good = Json.write(countyOrder().build());
    assertThat(good).isEqualTo("{\"authority\":\"COUNTY\",\"document\":\"" + DOC + "\",\"area\":\"440983000000\","
        + "\"level\":\"MEDIUM\",\"measures\":[\"DOOR_TO_DOOR_SCREENING\"],\"start\":\"2021-01-25\","
        + "\"endExclusive\":\"2021-02-10\"}");
    String township = "{\"authority\":\"TOWNSHIP\",\"document\":\"镇通知\",\"area\":\"440983102000\","
        + "\"level\":\"HIGH\",\"start\":\"2021-02-01\"}";
    BatchResult<ResponseOrder> r = ResponseOrders.read(List.of(good,
        good.replace("COUNTY", "TOWNSHIP"), township, "{\"authority\":\"COUNTY\",\"level\":\"HIGH\"}",
        good.replace("2021-02-10", "2021-2-10")));
    assertThat(r.inputCount()).isEqualTo(5);
    assertThat(r.accepted()).hasSize(2);
    assertThat(r.accepted().get(1).endExclusive()).isEqualTo(Optional.empty());
    assertThat(r.rejected()).extracting(x -> x.position()).containsExactly(1L, 3L, 4L);
    assertThat(r.rejected().get(0).violations()).extracting(v -> v.field() + " " + v.code())
        .containsExactly("[1].area " + ResponseOrder.AREA_ABOVE_AUTHORITY);
    assertThat(r.rejected().get(1).violations()).extracting(v -> v.field())
        .contains("[3].document", "[3].area", "[3].start");
    assertThat(r.rejected().get(2).violations()).extracting(v -> v.field()).containsExactly("[4].endExclusive");
    assertThat(ResponseOrders.applyingTo(r.accepted(), DivisionCode.parse("440983101001")))
        .containsExactly(r.accepted().get(0));
  }
}
