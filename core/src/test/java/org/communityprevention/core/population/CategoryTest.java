package org.communityprevention.core.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.policy.PolicyFields;
import org.communityprevention.core.population.ledger.FindingKind;
import org.communityprevention.core.testing.PopulationGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Categories and tracks")
class CategoryTest {

  @Test
  @DisplayName("the categories cover §2.2, §2.3, §2.4, §2.5, §5.3 and §5.4, each under a clause of its track")
  void coverage() {
    Set<Clause> clauses = EnumSet.noneOf(Clause.class);
    for (Category c : Category.all()) {
      clauses.add(c.clause());
      assertThat(c.track().clauses()).as(c.name()).contains(c.clause());
    }
    assertThat(clauses).containsExactlyInAnyOrder(Clause.S2_2, Clause.S2_3, Clause.S2_4, Clause.S2_5, Clause.S5_3,
        Clause.S5_4);
    assertThat(Category.all()).hasSizeLessThanOrEqualTo(64);
  }

  @Test
  @DisplayName("codes are unique, every policy field a category names exists, and every text exists in both languages")
  void codesFieldsTexts() {
    Set<String> codes = new HashSet<>();
    for (Category c : Category.all()) {
      assertThat(codes.add(c.code())).isTrue();
      assertThat(c.chinese()).isNotBlank();
      assertThat(c.english()).isNotBlank();
      for (String path : c.policyFields()) {
        assertThat(PolicyFields.at(path)).as(path).isPresent();
      }
    }
    List<String> reasonCodes = new ArrayList<>();
    Category.all().stream().filter(c -> c != Category.TENANT).forEach(c -> reasonCodes.add(c.reasonCode()));
    reasonCodes.addAll(List.of("core.population.tenant.rental_housing", "core.population.tenant.collective_dormitory",
        "core.population.close_contact.promoted", "core.population.pregnant_or_postpartum.postpartum"));
    for (FindingKind k : FindingKind.values()) {
      reasonCodes.add(k.reasonCode());
    }
    for (String code : reasonCodes) {
      assertThat(Messages.hasText(code, Messages.ZH)).as(code).isTrue();
      assertThat(Messages.hasText(code, Messages.EN)).as(code).isTrue();
    }
  }

  @Test
  @DisplayName("masks and sets convert both ways, and enums write their stable names")
  void masks() {
    EnumSet<Category> some = EnumSet.of(Category.CLOSE_CONTACT, Category.TENANT, Category.FAMILY_OF_MEDICAL_WORKER);
    assertThat(Category.setOf(Category.maskOf(some))).isEqualTo(some);
    assertThat(Category.setOf(Category.maskOf(Track.ISOLATION)))
        .containsExactly(Category.HOME_ISOLATION, Category.CENTRALISED_ISOLATION);
    assertThat(Json.write(Category.CLOSE_CONTACT)).isEqualTo("\"CLOSE_CONTACT\"");
    assertThat(Track.HEALTH_MONITORING.isManaged()).isTrue();
    assertThat(Track.SURVEY.isManaged()).isFalse();
  }

  @Test
  @DisplayName("the hot path allocates nothing per resident")
  void hotPathAllocatesNothing() {
    com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    LocalDate anchor = PopulationGenerators.ED7_ANCHOR;
    org.communityprevention.core.testing.Theories.qt(1).forAll(org.quicktheories.generators.SourceDSL.lists()
        .of(PopulationGenerators.residents(anchor)).ofSize(2_000)).checkAssert(residents -> {
          assertThat(allocatedBytes(bean, residents, anchor)).as("bytes for 200,000 classifications")
              .isLessThan(4_096);
        });
  }

  private static long allocatedBytes(com.sun.management.ThreadMXBean bean, List<PersonFacts> residents,
      LocalDate anchor) {
    ResidentTable table = ResidentTable.of(residents);
    DayClassifier day = PopulationClassifier.of(Examples.ED7).on(anchor);
    long sink = 0;
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < residents.size(); i++) {
        sink += day.effectiveMask(residents.get(i)) + day.effectiveMask(table, i);
      }
    }
    long before = bean.getCurrentThreadAllocatedBytes();
    for (int round = 0; round < 50; round++) {
      for (int i = 0; i < residents.size(); i++) {
        sink += day.effectiveMask(residents.get(i)) + day.effectiveMask(table, i);
      }
    }
    long allocated = bean.getCurrentThreadAllocatedBytes() - before;
    return sink == Long.MIN_VALUE ? -1 : allocated;
  }
}
