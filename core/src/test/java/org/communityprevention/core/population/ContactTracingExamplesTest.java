package org.communityprevention.core.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.population.Examples.ED7;
import static org.communityprevention.core.population.Examples.ED9;
import static org.communityprevention.core.population.Examples.NO_SECONDARY;
import static org.communityprevention.core.population.Examples.d;
import static org.communityprevention.core.population.Examples.holds;
import static org.communityprevention.core.population.Examples.membership;
import static org.communityprevention.core.population.Examples.person;

import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.policy.PhaseKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("§2.4 tracing close and secondary close contacts")
class ContactTracingExamplesTest {

  @Test
  @DisplayName("§2.4 a close contact: 14 days centralised then 7 days home monitoring from the last exposure, "
      + "tests on days 1, 4, 7, 14 and home days 2, 7 (ed7)")
  void closeContact() {
    PersonFacts f = person().addContactExposures(ContactExposure.close(d("2021-02-01"))).build();
    assertThat(holds(ED7, f, "2021-01-31", Category.CLOSE_CONTACT)).isFalse();
    CategoryMembership first = membership(ED7, f, "2021-02-01", Category.CLOSE_CONTACT);
    assertThat(first.phase()).contains(PhaseKind.CENTRALISED_ISOLATION);
    assertThat(first.testDueToday()).isTrue();
    assertThat(first.testDates()).containsExactly(d("2021-02-01"), d("2021-02-04"), d("2021-02-07"),
        d("2021-02-14"), d("2021-02-16"), d("2021-02-21"));
    assertThat(first.reasons().get(0).text(Messages.EN)).isEqualTo("close contact, last exposure on 2021-02-01: "
        + "14 CENTRALISED_ISOLATION + 7 HOME_HEALTH_MONITORING from 2021-02-01 to 2021-02-21");
    CategoryMembership day15 = membership(ED7, f, "2021-02-15", Category.CLOSE_CONTACT);
    assertThat(day15.phase()).contains(PhaseKind.HOME_HEALTH_MONITORING);
    assertThat(day15.nextAction()).contains(NextAction.of(d("2021-02-16"), ActionKind.TEST));
    CategoryMembership last = membership(ED7, f, "2021-02-21", Category.CLOSE_CONTACT);
    assertThat(last.lastDay()).contains(d("2021-02-21"));
    assertThat(last.testDueToday()).isTrue();
    assertThat(holds(ED7, f, "2021-02-22", Category.CLOSE_CONTACT)).isFalse();
  }

  @Test
  @DisplayName("§2.4 a close contact under the 9th edition: 7 days centralised then 3 at home")
  void closeContactNinthEdition() {
    PersonFacts f = person().addContactExposures(ContactExposure.close(d("2022-07-01"))).build();
    assertThat(membership(ED9, f, "2022-07-08", Category.CLOSE_CONTACT).phase())
        .contains(PhaseKind.HOME_HEALTH_MONITORING);
    assertThat(holds(ED9, f, "2022-07-10", Category.CLOSE_CONTACT)).isTrue();
    assertThat(holds(ED9, f, "2022-07-11", Category.CLOSE_CONTACT)).isFalse();
  }

  @Test
  @DisplayName("§2.4 a secondary close contact: 7 days of centralised isolation from the last exposure, released "
      + "then when the linked close contact's first two tests were negative (ed7)")
  void secondaryCloseContact() {
    PersonFacts f = person().addContactExposures(ContactExposure.secondary(d("2021-02-01"), "C-9")
        .withLinkedContactClearedOn(d("2021-02-02"))).build();
    assertThat(holds(ED7, f, "2021-01-31", Category.SECONDARY_CLOSE_CONTACT)).isFalse();
    assertThat(membership(ED7, f, "2021-02-01", Category.SECONDARY_CLOSE_CONTACT).phase())
        .contains(PhaseKind.CENTRALISED_ISOLATION);
    assertThat(holds(ED7, f, "2021-02-07", Category.SECONDARY_CLOSE_CONTACT)).isTrue();
    assertThat(holds(ED7, f, "2021-02-08", Category.SECONDARY_CLOSE_CONTACT)).isFalse();
    assertThat(holds(ED7, f, "2021-02-03", Category.CLOSE_CONTACT)).isFalse();
  }

  @Test
  @DisplayName("§2.4 a secondary close contact under the 9th edition: 7 days of home isolation, tests on days 1, 4, 7")
  void secondaryCloseContactNinthEdition() {
    PersonFacts f = person().addContactExposures(ContactExposure.secondary(d("2022-07-01"), "C-9")).build();
    CategoryMembership m = membership(ED9, f, "2022-07-04", Category.SECONDARY_CLOSE_CONTACT);
    assertThat(m.phase()).contains(PhaseKind.HOME_ISOLATION);
    assertThat(m.testDueToday()).isTrue();
    assertThat(m.testDates()).containsExactly(d("2022-07-01"), d("2022-07-04"), d("2022-07-07"));
  }

  @Test
  @DisplayName("§2.4 a policy that no longer designates secondary close contacts manages none, and says so")
  void secondaryNotDesignated() {
    PersonFacts f = person().addContactExposures(ContactExposure.secondary(d("2022-07-01"), "C-9")).build();
    Classification c = PopulationClassifier.classify(f, d("2022-07-02"), NO_SECONDARY);
    assertThat(c.memberships()).isEmpty();
    assertThat(c.notes()).extracting(Reason::code)
        .containsExactly("core.population.no_category", "core.population.secondary_not_designated");
    assertThat(c.notes().get(1).text(Messages.ZH))
        .isEqualTo("次密切接触者（末次接触2022-07-01）不纳入管理：本政策不再判定次密切接触者");
  }

  @Test
  @DisplayName("§2.4 a secondary close contact whose close contact tests positive is re-classed as a close contact "
      + "from the day the result is known, counted from the last exposure to that person")
  void promotion() {
    PersonFacts f = person().addContactExposures(ContactExposure.secondary(d("2021-02-01"), "C-9")
        .withLinkedContactPositiveOn(d("2021-02-05"))).build();
    assertThat(holds(ED7, f, "2021-02-04", Category.SECONDARY_CLOSE_CONTACT)).isTrue();
    assertThat(holds(ED7, f, "2021-02-04", Category.CLOSE_CONTACT)).isFalse();
    CategoryMembership m = membership(ED7, f, "2021-02-05", Category.CLOSE_CONTACT);
    assertThat(holds(ED7, f, "2021-02-05", Category.SECONDARY_CLOSE_CONTACT)).isFalse();
    assertThat(m.start()).isEqualTo(d("2021-02-01"));
    assertThat(m.lastDay()).contains(d("2021-02-21"));
    assertThat(m.dayNumber()).isEqualTo(5);
    assertThat(m.reasons().get(0).code()).isEqualTo("core.population.close_contact.promoted");
    assertThat(holds(ED7, f, "2021-02-22", Category.CLOSE_CONTACT)).isFalse();
  }

  @Test
  @DisplayName("§2.4 promotion applies even where secondary contacts are no longer designated")
  void promotionWithoutSecondaryDesignation() {
    PersonFacts f = person().addContactExposures(ContactExposure.secondary(d("2022-07-01"), "C-9")
        .withLinkedContactPositiveOn(d("2022-07-03"))).build();
    assertThat(holds(NO_SECONDARY, f, "2022-07-02", Category.CLOSE_CONTACT)).isFalse();
    assertThat(holds(NO_SECONDARY, f, "2022-07-03", Category.CLOSE_CONTACT)).isTrue();
    assertThat(holds(NO_SECONDARY, f, "2022-07-10", Category.CLOSE_CONTACT)).isTrue();
    assertThat(holds(NO_SECONDARY, f, "2022-07-11", Category.CLOSE_CONTACT)).isFalse();
  }

  @Test
  @DisplayName("§2.4 a positive result after the close-contact window would have ended promotes nobody")
  void latePromotion() {
    PersonFacts f = person().addContactExposures(ContactExposure.secondary(d("2021-02-01"), "C-9")
        .withLinkedContactPositiveOn(d("2021-02-25"))).build();
    assertThat(PopulationClassifier.of(ED7).automaticMask(f, d("2021-02-25"))).isZero();
  }

  @Test
  @DisplayName("§2.4 two exposures: the category holds on the union of their windows, reported from the latest")
  void twoExposures() {
    PersonFacts f = person().addContactExposures(ContactExposure.close(d("2021-02-10")))
        .addContactExposures(ContactExposure.close(d("2021-02-01"))).build();
    CategoryMembership m = membership(ED7, f, "2021-02-12", Category.CLOSE_CONTACT);
    assertThat(m.start()).isEqualTo(d("2021-02-10"));
    assertThat(holds(ED7, f, "2021-03-02", Category.CLOSE_CONTACT)).isTrue();
    assertThat(holds(ED7, f, "2021-03-03", Category.CLOSE_CONTACT)).isFalse();
  }

  @Test
  @DisplayName("§2.4 a secondary close contact is released on day 7 only once the linked close contact's first two "
      + "tests are negative; until then it stays a secondary close contact")
  void secondaryReleaseWaitsForLinkedTests() {
    ContactExposure e = ContactExposure.secondary(d("2022-07-01"), "C-9");
    PersonFacts unknown = person().addContactExposures(e).build();
    assertThat(holds(ED9, unknown, "2022-07-07", Category.SECONDARY_CLOSE_CONTACT)).isTrue();
    CategoryMembership pending = membership(ED9, unknown, "2022-07-08", Category.SECONDARY_CLOSE_CONTACT);
    assertThat(pending.until()).isEmpty();
    assertThat(pending.reasons().get(0).code()).isEqualTo("core.population.secondary_close_contact.release_pending");
    assertThat(pending.reasons().get(0).facts().get("planLastDay")).isEqualTo("2022-07-07");
    assertThat(pending.reasons().get(0).text(Messages.ZH)).isEqualTo("次密切接触者，2022-07-01末次接触密切接触者："
        + "自2022-07-01起按7 HOME_ISOLATION管理，管理期至2022-07-07；所接触的密切接触者前两次核酸检测均为阴性之前不解除");

    PersonFacts clearedEarly = person().addContactExposures(e.withLinkedContactClearedOn(d("2022-07-02"))).build();
    assertThat(holds(ED9, clearedEarly, "2022-07-07", Category.SECONDARY_CLOSE_CONTACT)).isTrue();
    assertThat(holds(ED9, clearedEarly, "2022-07-08", Category.SECONDARY_CLOSE_CONTACT)).isFalse();
    assertThat(membership(ED9, clearedEarly, "2022-07-07", Category.SECONDARY_CLOSE_CONTACT).lastDay())
        .contains(d("2022-07-07"));

    PersonFacts clearedLate = person().addContactExposures(e.withLinkedContactClearedOn(d("2022-07-10"))).build();
    assertThat(holds(ED9, clearedLate, "2022-07-09", Category.SECONDARY_CLOSE_CONTACT)).isTrue();
    assertThat(holds(ED9, clearedLate, "2022-07-10", Category.SECONDARY_CLOSE_CONTACT)).isFalse();
  }

  @Test
  @DisplayName("§2.4 a close contact who tests positive leaves the contact categories and is referred as a case")
  void positiveCloseContactIsReferred() {
    PersonFacts f = person().addContactExposures(ContactExposure.close(d("2022-07-01")))
        .addTestResults(TestResult.of(d("2022-07-01"), TestOutcome.NEGATIVE))
        .addTestResults(TestResult.of(d("2022-07-03"), TestOutcome.POSITIVE)).build();
    assertThat(holds(ED9, f, "2022-07-02", Category.CLOSE_CONTACT)).isTrue();
    Classification c = PopulationClassifier.classify(f, d("2022-07-03"), ED9);
    assertThat(c.memberships()).isEmpty();
    Reason referral = c.notes().stream().filter(r -> r.code().equals("core.population.case_referral")).findFirst()
        .orElseThrow();
    assertThat(referral.facts().get("positiveOn")).isEqualTo("2022-07-03");
    assertThat(referral.text(Messages.ZH)).isEqualTo("接触者（末次暴露2022-07-01）于2022-07-03核酸检测阳性："
        + "不再按密切接触者或次密切接触者管理，作为病例转报");
    PersonFacts secondary = person().addContactExposures(ContactExposure.secondary(d("2022-07-01"), "C-9"))
        .addTestResults(TestResult.of(d("2022-07-04"), TestOutcome.POSITIVE)).build();
    assertThat(PopulationClassifier.of(ED9).automaticMask(secondary, d("2022-07-05"))).isZero();
  }
}
