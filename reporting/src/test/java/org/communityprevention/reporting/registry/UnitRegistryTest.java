package org.communityprevention.reporting.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityprevention.core.testing.Theories.qt;
import static org.communityprevention.core.testing.Violations.violations;
import static org.communityprevention.reporting.testing.ReportingGenerators.scenarios;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("§1.6 the register of reporting units over time")
class UnitRegistryTest {
  static final DivisionCode A = DivisionCode.parse("440983102001");
  static final DivisionCode B = DivisionCode.parse("440983102201");
  static final DivisionCode B2 = DivisionCode.parse("440983102203");
  static final DivisionCode D = DivisionCode.parse("440983102202");
  static final LocalDate JAN1 = LocalDate.of(2021, 1, 1);
  static final LocalDate JUL1 = LocalDate.of(2021, 7, 1);

  static UnitRegistry registry() {
    return UnitRegistry.of(List.of(
        UnitChange.opened(A, JAN1, "水口居委会"),
        UnitChange.opened(B, JAN1, "垌心村委会"),
        UnitChange.opened(D, LocalDate.of(2021, 3, 1), "新村委会"),
        UnitChange.renamed(A, LocalDate.of(2021, 4, 1), "水口社区居委会"),
        UnitChange.recoded(B, JUL1, B2),
        UnitChange.merged(D, JUL1, B2),
        UnitChange.closed(A, LocalDate.of(2021, 10, 1))));
  }

  @Test
  @DisplayName("which unit owes a report on which day follows openings, recodings, merges and closings")
  void expectedOverTime() {
    UnitRegistry r = registry();
    assertThat(r.isExpected(D, LocalDate.of(2021, 2, 28))).isFalse();
    assertThat(r.isExpected(D, LocalDate.of(2021, 3, 1))).isTrue();
    assertThat(r.isExpected(B, LocalDate.of(2021, 6, 30))).isTrue();
    assertThat(r.isExpected(B, JUL1)).isFalse();
    assertThat(r.isExpected(B2, JUL1)).isTrue();
    assertThat(r.isExpected(D, JUL1)).isFalse();
    assertThat(r.isExpected(A, LocalDate.of(2021, 9, 30))).isTrue();
    assertThat(r.isExpected(A, LocalDate.of(2021, 10, 1))).isFalse();
    assertThat(r.expectedOn(LocalDate.of(2021, 6, 1))).extracting(ReportingUnit::code).containsExactly(A, B, D);
    assertThat(r.expectedOn(JUL1)).extracting(ReportingUnit::code).containsExactly(A, B2);
    ReportingUnit b2 = r.get(B2).orElseThrow();
    assertThat(b2.predecessors()).containsExactly(B, D);
    assertThat(b2.currentName()).isEqualTo("垌心村委会");
    assertThat(r.get(B).orElseThrow().endedBy()).contains(UnitChangeKind.RECODED);
    assertThat(r.successorOn(D, JUL1)).contains(B2);
    assertThat(r.successorOn(A, LocalDate.of(2021, 11, 1))).isEmpty();
    assertThat(r.get(A).orElseThrow().nameOn(LocalDate.of(2021, 3, 31))).isEqualTo("水口居委会");
    assertThat(r.get(A).orElseThrow().nameOn(LocalDate.of(2021, 4, 1))).isEqualTo("水口社区居委会");
  }

  @Test
  @DisplayName("the register travels through JSON unchanged, and the order of changes does not matter")
  void jsonAndOrder() {
    UnitRegistry r = registry();
    assertThat(Json.read(Json.write(r), UnitRegistry.class)).isEqualTo(r);
    assertThat(Json.read(Json.write(r), UnitRegistry.class).units()).isEqualTo(r.units());
    qt().forAll(scenarios()).checkAssert(s -> {
      List<UnitChange> shuffled = new ArrayList<>(s.registry().changes());
      Collections.shuffle(shuffled, new Random(shuffled.size()));
      UnitRegistry again = UnitRegistry.of(shuffled);
      assertThat(again).isEqualTo(s.registry());
      assertThat(again.units()).isEqualTo(s.registry().units());
      s.registry().units().forEach(u ->
          assertThat(Json.read(Json.write(u), ReportingUnit.class)).isEqualTo(u));
    });
  }

  @Test
  @DisplayName("impossible histories are refused with every problem at its change")
  void invalid() {
    assertThat(violations(() -> UnitRegistry.of(List.of(
        UnitChange.opened(A, JAN1, "甲"),
        UnitChange.renamed(B, JAN1, "乙"),
        UnitChange.opened(A, JUL1, "甲2"),
        UnitChange.merged(A, JUL1, D),
        UnitChange.closed(A, LocalDate.of(2021, 8, 1)))))).containsExactlyInAnyOrder(
            "changes[1].code " + UnitRegistry.UNIT_NOT_OPEN,
            "changes[2].code " + UnitRegistry.CODE_REUSED,
            "changes[3].successor " + UnitRegistry.SUCCESSOR_NOT_OPEN);
  }

  @Test
  @DisplayName("a change is well formed: names only to open or rename, successors only to recode or merge")
  void changeShape() {
    assertThatThrownBy(() -> new UnitChange.Builder().kind(UnitChangeKind.CLOSED).code(A).date(JAN1).name("x")
        .build()).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::code).containsExactly(UnitChange.NAME));
    assertThatThrownBy(() -> UnitChange.recoded(A, JAN1, A)).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.violations()).extracting(Violation::code).containsExactly(UnitChange.SUCCESSOR_SELF));
    assertThatThrownBy(() -> UnitChange.opened(DivisionCode.parse("440983102000"), JAN1, "镇"))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::code).containsExactly(UnitChange.NOT_A_VILLAGE));
  }

  @Test
  @DisplayName("changes to a unit that is already closed, a recode onto a used code and a merge into a closed unit")
  void changesAfterClosing() {
    LocalDate aug1 = LocalDate.of(2021, 8, 1);
    assertThat(violations(() -> UnitRegistry.of(List.of(
        UnitChange.opened(A, JAN1, "甲"),
        UnitChange.opened(B, JAN1, "乙"),
        UnitChange.opened(D, JAN1, "丙"),
        UnitChange.closed(A, JUL1),
        UnitChange.renamed(A, aug1, "甲2"),
        UnitChange.closed(A, aug1),
        UnitChange.recoded(B, aug1, D),
        UnitChange.merged(D, aug1, A))))).containsExactlyInAnyOrder(
            "changes[4].code " + UnitRegistry.UNIT_NOT_OPEN,
            "changes[5].code " + UnitRegistry.UNIT_NOT_OPEN,
            "changes[6].successor " + UnitRegistry.CODE_REUSED,
            "changes[7].successor " + UnitRegistry.SUCCESSOR_NOT_OPEN);
  }

  @Test
  @DisplayName("a duty follows a recoding and then a merge; a unit still open, or closed without successor, has none")
  void successorChain() {
    DivisionCode c = DivisionCode.parse("440983102204");
    LocalDate sep1 = LocalDate.of(2021, 9, 1);
    UnitRegistry r = UnitRegistry.of(List.of(
        UnitChange.opened(A, JAN1, "甲"),
        UnitChange.opened(c, JAN1, "丙"),
        UnitChange.recoded(A, JUL1, B2),
        UnitChange.merged(B2, sep1, c),
        UnitChange.opened(D, JAN1, "丁"),
        UnitChange.closed(D, JUL1)));
    assertThat(r.successorOn(A, JUL1.minusDays(1))).isEmpty();
    assertThat(r.successorOn(A, JUL1)).contains(B2);
    assertThat(r.successorOn(A, sep1.minusDays(1))).contains(B2);
    assertThat(r.successorOn(A, sep1)).contains(c);
    assertThat(r.successorOn(B2, sep1)).contains(c);
    assertThat(r.successorOn(c, sep1)).isEmpty();
    assertThat(r.successorOn(D, sep1)).isEmpty();
    assertThat(r.successorOn(B, sep1)).isEmpty();
    assertThat(r.size()).isEqualTo(4);
  }

  @Test
  @DisplayName("registers from the same changes are equal and hash alike; others are not equal")
  void equality() {
    assertThat(registry()).isEqualTo(registry()).hasSameHashCodeAs(registry());
    assertThat(registry()).isNotEqualTo(UnitRegistry.of(List.of(UnitChange.opened(A, JAN1, "甲"))));
    assertThat(registry()).isNotEqualTo("a register");
  }
}
