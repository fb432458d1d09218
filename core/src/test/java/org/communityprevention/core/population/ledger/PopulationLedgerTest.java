package org.communityprevention.core.population.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.communityprevention.core.area.AreaSituation;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.population.Category;
import org.communityprevention.core.population.ColdChainWork;
import org.communityprevention.core.population.ContactExposure;
import org.communityprevention.core.population.IsolationKind;
import org.communityprevention.core.population.IsolationOrder;
import org.communityprevention.core.population.LivingArrangement;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.population.PopulationClassifier;
import org.communityprevention.core.population.SocialStatus;
import org.communityprevention.core.population.TestOutcome;
import org.communityprevention.core.population.TestResult;
import org.communityprevention.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A village's key-population ledger")
class PopulationLedgerTest {
  private static final Policy ED7 = NationalBaselines.byId("ed7-2020");
  private static final LocalDate TODAY = LocalDate.of(2021, 2, 4);
  private static final AreaSituation QUIET = AreaSituation.at(RiskLevel.LOW);

  private static PersonFacts.Builder resident(String id) {
    return new PersonFacts.Builder().personId(id).area(QUIET);
  }

  /** A close contact exposed on 2021-02-01, checked in every day so far, tested on day 1. */
  private static PersonFacts.Builder closeContact(String id) {
    return resident(id).addContactExposures(ContactExposure.close(LocalDate.of(2021, 2, 1)))
        .addCheckIns(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 2, 2), LocalDate.of(2021, 2, 3))
        .addTestResults(TestResult.of(LocalDate.of(2021, 2, 1), TestOutcome.NEGATIVE));
  }

  private static PopulationLedger ledger(List<PersonFacts> residents) {
    return PopulationLedger.of(PopulationClassifier.of(ED7), residents, TODAY);
  }

  @Test
  @DisplayName("lists who to survey (§2.2), who is managed and whose test is due, and counts every category")
  void workerLists() {
    PersonFacts elderly = resident("A").birthDate(LocalDate.of(1940, 1, 1)).livingArrangement(LivingArrangement.ALONE)
        .addSocialStatuses(SocialStatus.MINIMUM_LIVING_ALLOWANCE).build();
    PersonFacts contact = closeContact("B").responsibleWorkerId("W-1").build();
    PersonFacts nobody = resident("C").build();
    PopulationLedger l = ledger(List.of(contact, nobody, elderly));
    assertThat(l.toSurvey()).extracting(WorkItem::personId).containsExactly("A");
    assertThat(l.toVisit()).extracting(WorkItem::personId).containsExactly("A");
    assertThat(l.underManagement()).extracting(WorkItem::personId).containsExactly("B");
    assertThat(l.testsDueToday()).extracting(WorkItem::personId).containsExactly("B");
    assertThat(l.testsDueToday().get(0).categories()).containsExactly(Category.CLOSE_CONTACT);
    assertThat(l.testsDueToday().get(0).responsibleWorkerId()).contains("W-1");
    assertThat(l.windowsEndingToday()).isEmpty();
    assertThat(l.unmanaged()).isEmpty();
    assertThat(l.counts().residents()).isEqualTo(3);
    assertThat(l.counts().of(Category.ELDERLY_LIVING_ALONE)).isEqualTo(1);
    assertThat(l.counts().of(Category.CLOSE_CONTACT)).isEqualTo(1);
    assertThat(Json.read(Json.write(l), PopulationLedger.class)).isEqualTo(l);
  }

  @Test
  @DisplayName("§2.3 a managed person with no responsible worker is a finding, with its reason")
  void noWorker() {
    PopulationLedger l = ledger(List.of(closeContact("B").build()));
    assertThat(l.unmanaged()).hasSize(1);
    UnmanagedFinding f = l.unmanaged().get(0);
    assertThat(f.kind()).isEqualTo(FindingKind.NO_RESPONSIBLE_WORKER);
    assertThat(f.categories()).containsExactly(Category.CLOSE_CONTACT);
    assertThat(f.reason().text(Messages.ZH)).isEqualTo("管理对象无包保责任人（密切接触者）");
  }

  @Test
  @DisplayName("§2.3 a past day of daily check-ins without one, and a test day without a test, are findings; today is "
      + "not yet over")
  void missedCheckInsAndTests() {
    PersonFacts f = resident("B").responsibleWorkerId("W-1")
        .addContactExposures(ContactExposure.close(LocalDate.of(2021, 2, 1)))
        .addCheckIns(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 2, 3)).build();
    PopulationLedger l = ledger(List.of(f));
    assertThat(l.unmanaged()).extracting(UnmanagedFinding::kind)
        .containsExactly(FindingKind.MISSED_CHECK_IN, FindingKind.MISSED_TEST);
    assertThat(l.unmanaged().get(0).days()).containsExactly(LocalDate.of(2021, 2, 2));
    assertThat(l.unmanaged().get(1).days()).containsExactly(LocalDate.of(2021, 2, 1));
    assertThat(l.unmanaged().get(0).reason().text(Messages.EN)).isEqualTo(
        "1 past day without the required check-in, from 2021-02-02 to 2021-02-02 (close contact)");
  }

  @Test
  @DisplayName("§2.3 an overdue cold-chain test is a finding; a manual removal takes the person off every list")
  void coldChainAndRemoval() {
    PersonFacts worker = resident("D").responsibleWorkerId("W-2")
        .coldChainWork(ColdChainWork.since(LocalDate.of(2021, 1, 20))).build();
    PopulationLedger l = ledger(List.of(worker));
    assertThat(l.unmanaged()).extracting(UnmanagedFinding::kind).containsExactly(FindingKind.MISSED_TEST);
    assertThat(l.unmanaged().get(0).days()).containsExactly(LocalDate.of(2021, 1, 20));
    PersonFacts removed = new PersonFacts.Builder().from(worker).addOverrides(
        org.communityprevention.core.population.ManualOverride.of(Category.COLD_CHAIN_WORKER,
            org.communityprevention.core.population.OverrideAction.REMOVE, LocalDate.of(2021, 2, 1), "W-2",
            "left the job; employer letter")).build();
    PopulationLedger after = ledger(List.of(removed));
    assertThat(after.underManagement()).isEmpty();
    assertThat(after.unmanaged()).isEmpty();
    assertThat(after.counts().disagreements()).isEqualTo(1);
  }

  @Test
  @DisplayName("lists whose window ends today")
  void windowEndsToday() {
    PersonFacts order = resident("E").responsibleWorkerId("W-3")
        .addIsolationOrders(IsolationOrder.of(IsolationKind.HOME, LocalDate.of(2021, 1, 22))).build();
    PopulationLedger l = ledger(List.of(order));
    assertThat(l.windowsEndingToday()).extracting(WorkItem::personId).containsExactly("E");
    assertThat(l.windowsEndingToday().get(0).categories()).containsExactly(Category.HOME_ISOLATION);
  }

  @Test
  @DisplayName("bad records are rejected with their violations and the rest counted; nothing is dropped")
  void badRecords() {
    PersonFacts unborn = resident("F").birthDate(LocalDate.of(2021, 3, 1)).build();
    PersonFacts a = closeContact("G").responsibleWorkerId("W-1").build();
    PersonFacts conflicting = closeContact("G").build();
    PersonFacts ok = resident("H").build();
    PersonFacts again = resident("H").build();
    PopulationLedger l = ledger(List.of(unborn, a, conflicting, ok, again));
    assertThat(l.inputCount()).isEqualTo(5);
    assertThat(l.counts().residents()).isEqualTo(1);
    assertThat(l.rejected()).extracting(r -> r.position() + " " + r.violations().get(0).code()).containsExactly(
        "0 core.population.not_born", "1 core.population.conflicting_records",
        "2 core.population.conflicting_records", "4 core.population.duplicate_record");
    assertThat(l.rejected().get(0).violations()).extracting(Violation::field).containsExactly("[0].birthDate");
  }
}
