package org.communityprevention.reporting.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityprevention.core.testing.Theories.qt;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.time.BeijingTime;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

@DisplayName("§1.7 round-the-clock duty in holidays, to the minute")
class RosterCoverageTest {
  static final DivisionCode UNIT = DivisionCode.parse("440983102201");
  static final Instant A = BeijingTime.instantOf(LocalDate.of(2021, 2, 11), LocalTime.MIDNIGHT);

  static DutyShift shift(String person, long fromMinute, long toMinute) {
    return DutyShift.of(UNIT, person, DutyRole.DUTY_STAFF, A.plusSeconds(60 * fromMinute),
        A.plusSeconds(60 * toMinute));
  }

  /** Shifts that exactly cover [0, total) minutes: consecutive pieces, plus some overlapping extras. */
  record Cover(List<DutyShift> shifts, int total, List<int[]> pieces) {}

  static Gen<Cover> covers() {
    return rs -> {
      int total = Generate.range(1, 3 * 1440).generate(rs);
      List<DutyShift> shifts = new ArrayList<>();
      List<int[]> pieces = new ArrayList<>();
      int at = 0;
      while (at < total) {
        int len = Math.min(total - at, Generate.range(1, 720).generate(rs));
        pieces.add(new int[] {at, at + len});
        shifts.add(shift("p" + shifts.size(), at, at + len));
        at += len;
      }
      return new Cover(shifts, total, pieces);
    };
  }

  @Test
  @DisplayName("a union of shifts covering [a, b) leaves no gap; removing any one minute leaves exactly that gap")
  void coverAndRemoveAMinute() {
    qt().forAll(covers(), Generate.range(0, Integer.MAX_VALUE)).checkAssert((c, pick) -> {
      Instant to = A.plusSeconds(60L * c.total());
      assertThat(RosterCoverage.uncovered(c.shifts(), A, to)).isEmpty();
      int minute = pick % c.total();
      List<DutyShift> cut = new ArrayList<>();
      for (int[] p : c.pieces()) {
        if (minute >= p[0] && minute < p[1]) {
          if (minute > p[0]) {
            cut.add(shift("x", p[0], minute));
          }
          if (minute + 1 < p[1]) {
            cut.add(shift("y", minute + 1, p[1]));
          }
        } else {
          cut.add(shift("z", p[0], p[1]));
        }
      }
      assertThat(RosterCoverage.uncovered(cut, A, to))
          .containsExactly(Interval.of(A.plusSeconds(60L * minute), A.plusSeconds(60L * minute + 60)));
    });
  }

  @Test
  @DisplayName("uncovered minutes equal a minute-by-minute check, whatever the shifts")
  void matchesBruteForce() {
    Gen<List<DutyShift>> shifts = Generate.range(0, 8).flatMap(n -> rs -> {
      List<DutyShift> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int s = Generate.range(-100, 2000).generate(rs);
        int len = Generate.range(1, 900).generate(rs);
        int jitter = Generate.range(0, 59).generate(rs);
        out.add(DutyShift.of(UNIT, "p" + i, DutyRole.DUTY_STAFF, A.plusSeconds(60L * s + jitter),
            A.plusSeconds(60L * (s + len) + Generate.range(0, 59).generate(rs))));
      }
      return out;
    });
    qt(300).forAll(shifts).checkAssert(list -> {
      int total = 1440;
      boolean[] covered = new boolean[total];
      for (DutyShift s : list) {
        for (int m = 0; m < total; m++) {
          Instant ms = A.plusSeconds(60L * m);
          if (!s.start().isAfter(ms) && !s.end().isBefore(ms.plusSeconds(60))) {
            covered[m] = true;
          }
        }
      }
      List<Interval> gaps = RosterCoverage.uncovered(list, A, A.plusSeconds(60L * total));
      boolean[] gap = new boolean[total];
      for (Interval g : gaps) {
        for (long m = (g.start().getEpochSecond() - A.getEpochSecond()) / 60;
            m < (g.end().getEpochSecond() - A.getEpochSecond()) / 60; m++) {
          gap[(int) m] = true;
        }
      }
      for (int m = 0; m < total; m++) {
        assertThat(gap[m]).as("minute %s", m).isEqualTo(!covered[m]);
      }
      for (int i = 1; i < gaps.size(); i++) {
        assertThat(gaps.get(i).start()).isAfter(gaps.get(i - 1).end());
      }
    });
  }

  @Test
  @DisplayName("a shift starting 30 seconds after the hour leaves that minute uncovered")
  void secondsMatter() {
    List<DutyShift> shifts = List.of(shift("a", 0, 480),
        DutyShift.of(UNIT, "b", DutyRole.DUTY_STAFF, A.plusSeconds(480 * 60 + 30), A.plusSeconds(1440 * 60)));
    assertThat(RosterCoverage.uncovered(shifts, A, A.plusSeconds(1440 * 60)))
        .containsExactly(Interval.of(A.plusSeconds(480 * 60), A.plusSeconds(481 * 60)));
    assertThatThrownBy(() -> RosterCoverage.uncovered(shifts, A.plusSeconds(1), A.plusSeconds(600)))
        .isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.violations().get(0).code()).isEqualTo(RosterCoverage.NOT_WHOLE_MINUTE));
  }

  /** Day and night shifts on every day of a window, by two cadres. */
  static List<DutyShift> dayAndNight(DateWindow days) {
    List<DutyShift> shifts = new ArrayList<>();
    for (LocalDate d = days.start(); d.isBefore(days.endExclusive()); d = d.plusDays(1)) {
      Instant day = BeijingTime.startOf(d);
      shifts.add(DutyShift.of(UNIT, "cadre-1", DutyRole.LEADER, day, day.plusSeconds(12 * 3600)));
      shifts.add(DutyShift.of(UNIT, "cadre-2", DutyRole.DUTY_STAFF, day.plusSeconds(12 * 3600),
          day.plusSeconds(24 * 3600)));
    }
    return shifts;
  }

  /** The shifts with a 30-minute hole at noon of a day. */
  static List<DutyShift> withHoleOn(List<DutyShift> shifts, LocalDate day) {
    Instant noon = BeijingTime.instantOf(day, LocalTime.NOON);
    List<DutyShift> out = new ArrayList<>();
    for (DutyShift s : shifts) {
      if (s.start().equals(noon)) {
        out.add(DutyShift.of(UNIT, s.personId(), s.role(), noon.plusSeconds(30 * 60), s.end()));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  @Test
  @DisplayName("§1.7 is checked over the statutory Spring Festival holiday 2021-02-11 to 02-17, not over the 40-day"
      + " travel window: a gap on 2021-02-10 is no finding, a gap on 2021-02-12 is")
  void springFestivalHoliday() {
    Policy policy = NationalBaselines.byId("ed7-2020");
    DateWindow spring = DateWindow.of(LocalDate.of(2021, 2, 11), LocalDate.of(2021, 2, 18));
    assertThat(policy.reporting().dutyHolidays()).contains(spring);
    assertThat(policy.population().holidayWindow()).isNotEqualTo(spring);
    List<DutyShift> shifts = dayAndNight(policy.population().holidayWindow());
    DutyNotice notice = DutyNotice.of(UNIT, BeijingTime.startOf(LocalDate.of(2021, 1, 27)),
        Set.of("cadre-1", "cadre-2"));
    LocalDate day = LocalDate.of(2021, 2, 12);

    DutyReadiness gapOnTenth = DutyCheck.holiday(UNIT, withHoleOn(shifts, LocalDate.of(2021, 2, 10)),
        List.of(notice), policy, day);
    assertThat(gapOnTenth.isReady()).isTrue();
    assertThat(gapOnTenth.period()).isEqualTo(Interval.of(BeijingTime.startOf(spring.start()),
        BeijingTime.startOf(spring.endExclusive())));
    assertThatThrownBy(() -> DutyCheck.holiday(UNIT, shifts, List.of(notice), policy, LocalDate.of(2021, 2, 10)))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.violations()).extracting(v -> v.field() + " " + v.code())
              .containsExactly("day " + DutyCheck.NOT_A_DUTY_HOLIDAY);
          assertThat(e.violations().get(0).message(Messages.ZH)).isEqualTo("day: 2021-02-10 不在本政策规定须全天候值守的法定节假日内");
        });

    DutyReadiness gapOnTwelfth = DutyCheck.holiday(UNIT, withHoleOn(shifts, day), List.of(notice), policy, day);
    assertThat(gapOnTwelfth.isReady()).isFalse();
    assertThat(gapOnTwelfth.uncoveredMinutes()).isEqualTo(30);
    assertThat(gapOnTwelfth.reasons()).extracting(x -> x.code()).containsExactly(DutyCheck.GAP);
    assertThat(gapOnTwelfth.reasons().get(0).text(Messages.ZH)).isEqualTo("单位 440983102201 在北京时间"
        + " 2021-02-12T12:00 至 2021-02-12T12:30 无人值守（30 分钟）：节假日须全天候有人值守");
    assertThat(Json.read(Json.write(gapOnTwelfth), DutyReadiness.class)).isEqualTo(gapOnTwelfth);
  }

  @Test
  @DisplayName("§1.7 over every statutory holiday of the policy: a handover gap, an unpublished duty list, then ready")
  void holiday() {
    Policy policy = NationalBaselines.byId("ed7-2020");
    DateWindow spring = DateWindow.of(LocalDate.of(2021, 2, 11), LocalDate.of(2021, 2, 18));
    List<DutyShift> shifts = dayAndNight(spring);
    DutyNotice notice = DutyNotice.of(UNIT, BeijingTime.startOf(spring.start()).minusSeconds(86_400),
        Set.of("cadre-1", "cadre-2"));
    DutyReadiness ready = DutyCheck.holiday(UNIT, shifts, List.of(notice), policy, spring.start());
    assertThat(ready.isReady()).isTrue();
    assertThat(ready.reasons()).singleElement().satisfies(r -> {
      assertThat(r.code()).isEqualTo(DutyCheck.READY);
      assertThat(r.clauses()).containsExactly(Clause.S1_7, Clause.S1_5);
    });
    assertThat(Json.read(Json.write(ready), DutyReadiness.class)).isEqualTo(ready);
    List<DutyReadiness> all = DutyCheck.holidays(UNIT, shifts, List.of(notice), policy);
    assertThat(all).hasSize(policy.reporting().dutyHolidays().size()).contains(ready);
    assertThat(all).filteredOn(DutyReadiness::isReady).containsExactly(ready);

    List<DutyShift> withGap = new ArrayList<>(shifts);
    DutyShift second = withGap.remove(1);
    withGap.add(DutyShift.of(UNIT, "cadre-2", DutyRole.DUTY_STAFF, second.start().plusSeconds(15 * 60),
        second.end()));
    DutyNotice late = DutyNotice.of(UNIT, BeijingTime.startOf(spring.start()).plusSeconds(60), Set.of("cadre-1"));
    DutyReadiness r = DutyCheck.holiday(UNIT, withGap, List.of(late), policy, spring.start());
    assertThat(r.isReady()).isFalse();
    assertThat(r.uncoveredMinutes()).isEqualTo(15);
    assertThat(r.publishedInTime()).isFalse();
    assertThat(r.reasons()).extracting(x -> x.code()).containsExactly(DutyCheck.GAP, DutyCheck.NOT_PUBLISHED);
    assertThat(r.reasons().get(0).text(Messages.ZH)).isEqualTo("单位 440983102201 在北京时间 2021-02-11T12:00 至"
        + " 2021-02-11T12:15 无人值守（15 分钟）：节假日须全天候有人值守");

    DutyReadiness partly = DutyCheck.holiday(UNIT, shifts, List.of(DutyNotice.of(UNIT, notice.publishedAt(),
        Set.of("cadre-1"))), policy, spring.start());
    assertThat(partly.personsNotPublished()).isEqualTo(1);
    assertThat(partly.reasons()).extracting(x -> x.code()).containsExactly(DutyCheck.PERSONS_NOT_PUBLISHED);
  }

  @Test
  @DisplayName("§1.7 a hole in the duty roster is a finding exactly when it falls inside a statutory holiday")
  void holeIsFindingOnlyInHoliday() {
    Policy policy = NationalBaselines.byId("ed7-2020");
    DateWindow travel = policy.population().holidayWindow();
    List<DutyShift> shifts = dayAndNight(travel);
    DutyNotice notice = DutyNotice.of(UNIT, BeijingTime.startOf(travel.start()), Set.of("cadre-1", "cadre-2"));
    // Holidays outside the travel window are uncovered by these shifts either way; count what the hole adds.
    long before = DutyCheck.holidays(UNIT, shifts, List.of(notice), policy).stream().filter(x -> !x.isReady())
        .count();
    qt(60).forAll(org.quicktheories.generators.SourceDSL.integers().between(0, (int) travel.days() - 1))
        .checkAssert(offset -> {
          LocalDate day = travel.start().plusDays(offset);
          boolean inHoliday = policy.reporting().dutyHolidays().stream().anyMatch(h -> h.contains(day));
          long findings = DutyCheck.holidays(UNIT, withHoleOn(shifts, day), List.of(notice), policy).stream()
              .filter(x -> !x.isReady()).count();
          assertThat(findings - before).as(day.toString()).isEqualTo(inHoliday ? 1 : 0);
        });
  }

  @Test
  @DisplayName("shifts refuse to end before they start, naming the field")
  void shiftValidation() {
    assertThatThrownBy(() -> DutyShift.of(UNIT, " ", DutyRole.LEADER, A, A))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(v -> v.field()).containsExactly("personId", "end"));
    DutyShift s = shift("p", 0, 60);
    assertThat(Json.read(Json.write(s), DutyShift.class)).isEqualTo(s);
  }
}
