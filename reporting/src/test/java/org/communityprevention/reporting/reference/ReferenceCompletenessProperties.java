package org.communityprevention.reporting.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.reporting.testing.ReportingGenerators.scenarios;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.testing.Theories;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.reporting.completeness.CompletenessCounts;
import org.communityprevention.reporting.completeness.CompletenessTable;
import org.communityprevention.reporting.completeness.Presence;
import org.communityprevention.reporting.completeness.UnitDayState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The bit-column path against {@link ReferenceCompleteness}: every unit-day state and the counts of every node over
 * four windows of each generated scenario (reports duplicated, revised, late, refused, urgent, units opening and
 * closing). {@link Theories#REFERENCE_CASES} scenarios per build.
 */
@DisplayName("§1.6 completeness and timeliness match a plain model over (unit, day) maps")
class ReferenceCompletenessProperties {

  private static List<DateWindow> windows(DateWindow w) {
    return List.of(w, DateWindow.ofDays(w.start(), 1), DateWindow.of(w.start().plusDays(w.days() / 2),
        w.endExclusive()), DateWindow.ofDays(w.endExclusive().minusDays(1), 1));
  }

  @Test
  @DisplayName("the presence and the table agree with the reference at every node and window")
  void countsAgree() {
    AtomicLong cases = new AtomicLong();
    Theories.reference().forAll(scenarios()).checkAssert(s -> {
      Presence p = s.presence();
      ReferenceCompleteness ref = new ReferenceCompleteness(s);
      for (DateWindow w : windows(s.window())) {
        CompletenessTable table = p.table(w);
        assertThat(p.national(w)).isEqualTo(ref.counts(null, w));
        assertThat(table.national()).isEqualTo(ref.counts(null, w));
        for (DivisionLevel level : DivisionLevel.values()) {
          for (DivisionCode node : p.index().nodes(level)) {
            CompletenessCounts expected = ref.counts(node, w);
            assertThat(p.counts(node, w)).as("%s %s", node, w).isEqualTo(expected);
            assertThat(table.counts(node)).as("table %s %s", node, w).isEqualTo(expected);
          }
        }
      }
      cases.incrementAndGet();
    });
    // QuickTheories may run one example fewer than asked (9,999 of 10,000 here): the bound guards the size, not that.
    assertThat(cases.get()).as("scenarios checked").isGreaterThanOrEqualTo(Theories.REFERENCE_CASES - 1L);
  }

  @Test
  @DisplayName("each unit-day is expected, received, late and zero exactly as the reference finds it")
  void statesAgree() {
    Theories.reference().forAll(scenarios()).checkAssert(s -> {
      Presence p = s.presence();
      ReferenceCompleteness ref = new ReferenceCompleteness(s);
      for (DivisionCode unit : p.index().nodes(DivisionLevel.VILLAGE)) {
        for (LocalDate d = s.window().start(); d.isBefore(s.window().endExclusive()); d = d.plusDays(1)) {
          UnitDayState state = p.state(unit, d);
          ReferenceCompleteness.Outcome o = ref.outcome(unit, d);
          assertThat(state.isExpected()).as("%s %s expected", unit, d).isEqualTo(ref.expected(unit, d));
          assertThat(state.isReceived()).as("%s %s received", unit, d).isEqualTo(o != null);
          if (o != null) {
            assertThat(state.isLate()).as("%s %s late", unit, d).isEqualTo(o.late());
            assertThat(state.isZeroReport()).as("%s %s zero", unit, d).isEqualTo(!o.figures());
          }
        }
      }
    });
  }
}
