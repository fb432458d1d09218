package org.communityprevention.core.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.population.Examples.ED7;
import static org.communityprevention.core.population.Examples.d;
import static org.communityprevention.core.population.Examples.holds;
import static org.communityprevention.core.population.Examples.membership;
import static org.communityprevention.core.population.Examples.person;

import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.testing.PopulationGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("§2.2 information survey of vulnerable groups")
class SurveyExamplesTest {

  @Test
  @DisplayName("§2.2 surveys an elderly person living alone from the day they turn the policy's elderly age (60)")
  void elderlyLivingAlone() {
    PersonFacts f = person().birthDate(d("1961-02-10")).livingArrangement(LivingArrangement.ALONE).build();
    assertThat(holds(ED7, f, "2021-02-09", Category.ELDERLY_LIVING_ALONE)).isFalse();
    CategoryMembership m = membership(ED7, f, "2021-02-10", Category.ELDERLY_LIVING_ALONE);
    assertThat(m.start()).isEqualTo(d("2021-02-10"));
    assertThat(m.until()).isEmpty();
    assertThat(m.reasons().get(0).text(Messages.EN))
        .isEqualTo("elderly person living alone: aged 60 (elderly from 60) and living alone");
    assertThat(m.reasons().get(0).text(Messages.ZH)).isEqualTo("独居老人：60岁（60岁起为老年人），独自居住");
    PersonFacts withFamily = person().birthDate(d("1940-01-01")).livingArrangement(LivingArrangement.WITH_FAMILY)
        .build();
    assertThat(holds(ED7, withFamily, "2021-02-10", Category.ELDERLY_LIVING_ALONE)).isFalse();
  }

  @Test
  @DisplayName("§2.2 surveys a scattered orphan from birth to the last day before the 18th birthday")
  void scatteredOrphan() {
    PersonFacts f = person().birthDate(d("2003-02-10")).addSocialStatuses(SocialStatus.SCATTERED_ORPHAN).build();
    assertThat(holds(ED7, f, "2003-02-09", Category.SCATTERED_ORPHAN)).isFalse();
    assertThat(holds(ED7, f, "2003-02-10", Category.SCATTERED_ORPHAN)).isTrue();
    CategoryMembership m = membership(ED7, f, "2021-02-09", Category.SCATTERED_ORPHAN);
    assertThat(m.start()).isEqualTo(d("2003-02-10"));
    assertThat(m.lastDay()).contains(d("2021-02-09"));
    assertThat(holds(ED7, f, "2021-02-10", Category.SCATTERED_ORPHAN)).isFalse();
  }

  @Test
  @DisplayName("§2.2 a child born on 29 February is a child until 1 March of the year they turn 18")
  void leapDayChild() {
    PersonFacts f = person().birthDate(d("2004-02-29")).addSocialStatuses(SocialStatus.WITHOUT_DE_FACTO_CARER)
        .build();
    assertThat(membership(ED7, f, "2022-02-28", Category.CHILD_WITHOUT_DE_FACTO_CARER).until())
        .contains(d("2022-03-01"));
    assertThat(holds(ED7, f, "2022-03-01", Category.CHILD_WITHOUT_DE_FACTO_CARER)).isFalse();
  }

  @Test
  @DisplayName("§2.2 surveys a child de facto without a carer, under 18 only")
  void childWithoutCarer() {
    PersonFacts f = person().age(17).addSocialStatuses(SocialStatus.WITHOUT_DE_FACTO_CARER).build();
    assertThat(holds(ED7, f, "2021-02-10", Category.CHILD_WITHOUT_DE_FACTO_CARER)).isTrue();
    PersonFacts adult = person().age(18).addSocialStatuses(SocialStatus.WITHOUT_DE_FACTO_CARER).build();
    Classification c = PopulationClassifier.classify(adult, d("2021-02-10"), ED7);
    assertThat(c.memberships()).isEmpty();
    assertThat(c.notes()).extracting(Reason::code).contains("core.population.child_status_adult");
  }

  @Test
  @DisplayName("§2.2 surveys a left-behind child in a rural village, not one in an urban community")
  void ruralLeftBehindChild() {
    PersonFacts rural = person().birthDate(d("2010-05-01")).ruralResident(true)
        .addSocialStatuses(SocialStatus.LEFT_BEHIND).build();
    PersonFacts urban = person().birthDate(d("2010-05-01")).addSocialStatuses(SocialStatus.LEFT_BEHIND).build();
    assertThat(holds(ED7, rural, "2021-02-10", Category.RURAL_LEFT_BEHIND_CHILD)).isTrue();
    assertThat(holds(ED7, urban, "2021-02-10", Category.RURAL_LEFT_BEHIND_CHILD)).isFalse();
  }

  @Test
  @DisplayName("§2.2 a rural left-behind child is under 16, not under 18: surveyed at 15 years 364 days, not at 16")
  void leftBehindChildUnderSixteen() {
    PersonFacts rural = person().birthDate(d("2005-02-11")).ruralResident(true)
        .addSocialStatuses(SocialStatus.LEFT_BEHIND).build();
    assertThat(ED7.population().leftBehindChildAge()).isEqualTo(16);
    CategoryMembership m = membership(ED7, rural, "2021-02-10", Category.RURAL_LEFT_BEHIND_CHILD);
    assertThat(m.lastDay()).contains(d("2021-02-10"));
    assertThat(m.reasons().get(0).policyValues()).containsKey("population.leftBehindChildAge");
    Classification sixteen = PopulationClassifier.classify(rural, d("2021-02-11"), ED7);
    assertThat(sixteen.automaticCategories()).doesNotContain(Category.RURAL_LEFT_BEHIND_CHILD);
    assertThat(sixteen.notes()).extracting(Reason::code).contains("core.population.left_behind_over_child_age");
    Reason note = sixteen.notes().stream().filter(r -> r.code().equals("core.population.left_behind_over_child_age"))
        .findFirst().orElseThrow();
    assertThat(note.text(Messages.ZH)).isEqualTo("16岁：留守人员未满16岁为留守儿童，60岁以上为留守老人，此年龄两者皆不是");
    assertThat(note.text(Messages.EN)).contains("left-behind child only under 16");
    PersonFacts orphan = person().birthDate(d("2005-02-11")).addSocialStatuses(SocialStatus.SCATTERED_ORPHAN).build();
    assertThat(holds(ED7, orphan, "2021-02-11", Category.SCATTERED_ORPHAN)).as("other child groups keep 18").isTrue();
  }

  @Test
  @DisplayName("§2.2 surveys a child in difficulty; with no age known the age rule is not decided, and says so")
  void childInDifficulty() {
    PersonFacts f = person().birthDate(d("2015-01-01")).addSocialStatuses(SocialStatus.IN_DIFFICULTY).build();
    assertThat(holds(ED7, f, "2014-12-31", Category.CHILD_IN_DIFFICULTY)).isFalse();
    assertThat(holds(ED7, f, "2015-01-01", Category.CHILD_IN_DIFFICULTY)).isTrue();
    assertThat(holds(ED7, f, "2032-12-31", Category.CHILD_IN_DIFFICULTY)).isTrue();
    assertThat(holds(ED7, f, "2033-01-01", Category.CHILD_IN_DIFFICULTY)).isFalse();
    PersonFacts noAge = person().addSocialStatuses(SocialStatus.IN_DIFFICULTY).build();
    Classification c = PopulationClassifier.classify(noAge, d("2021-02-10"), ED7);
    assertThat(c.memberships()).isEmpty();
    assertThat(c.notes()).extracting(Reason::code)
        .containsExactly("core.population.no_category", "core.population.age_unknown", "core.population.area_unknown");
  }

  @Test
  @DisplayName("§2.2 surveys a person with a disability, whatever the age, known from the as-of date on")
  void personWithDisability() {
    PersonFacts f = person().addSocialStatuses(SocialStatus.PERSON_WITH_DISABILITY).build();
    CategoryMembership m = membership(ED7, f, "2021-02-10", Category.PERSON_WITH_DISABILITY);
    assertThat(m.start()).isEqualTo(d("2021-02-10"));
    assertThat(m.until()).isEmpty();
    assertThat(m.plan()).isEmpty();
  }

  @Test
  @DisplayName("§2.2 surveys a pregnant woman from the pregnancy and until 42 postpartum days after delivery")
  void pregnantOrPostpartum() {
    PersonFacts f = person().pregnancy(Pregnancy.delivered(d("2020-05-01"), d("2021-01-01"))).build();
    assertThat(holds(ED7, f, "2020-04-30", Category.PREGNANT_OR_POSTPARTUM)).isFalse();
    assertThat(holds(ED7, f, "2020-05-01", Category.PREGNANT_OR_POSTPARTUM)).isTrue();
    CategoryMembership m = membership(ED7, f, "2021-02-11", Category.PREGNANT_OR_POSTPARTUM);
    assertThat(m.lastDay()).contains(d("2021-02-11"));
    assertThat(m.reasons().get(0).code()).isEqualTo("core.population.pregnant_or_postpartum.postpartum");
    assertThat(holds(ED7, f, "2021-02-12", Category.PREGNANT_OR_POSTPARTUM)).isFalse();
    PersonFacts pregnant = person().pregnancy(Pregnancy.since(d("2020-12-01"))).build();
    assertThat(membership(ED7, pregnant, "2021-02-10", Category.PREGNANT_OR_POSTPARTUM).until()).isEmpty();
  }

  @Test
  @DisplayName("§2.2 surveys a person in special hardship")
  void specialHardship() {
    PersonFacts f = person().addSocialStatuses(SocialStatus.SPECIAL_HARDSHIP).build();
    assertThat(holds(ED7, f, "2021-02-10", Category.SPECIAL_HARDSHIP)).isTrue();
    assertThat(holds(ED7, PersonFacts.of("x"), "2021-02-10", Category.SPECIAL_HARDSHIP)).isFalse();
  }

  @Test
  @DisplayName("§2.2 surveys tenants of rental housing and of collective dormitories")
  void tenant() {
    PersonFacts rental = person().tenancy(Tenancy.RENTAL_HOUSING).build();
    PersonFacts dormitory = person().tenancy(Tenancy.COLLECTIVE_DORMITORY).build();
    assertThat(membership(ED7, rental, "2021-02-10", Category.TENANT).reasons().get(0).text(Messages.ZH))
        .isEqualTo("出租房屋租住人员");
    assertThat(membership(ED7, dormitory, "2021-02-10", Category.TENANT).reasons().get(0).text(Messages.EN))
        .isEqualTo("tenant of a collective dormitory");
  }

  @Test
  @DisplayName("§2.2 the age from an identity number counts when no birth date is given")
  void ageFromIdentityNumber() {
    PersonFacts f = person().identityNumber(PopulationGenerators.identityNumberBornOn(d("1950-06-01"), 13))
        .livingArrangement(LivingArrangement.ALONE).build();
    assertThat(holds(ED7, f, "2021-02-10", Category.ELDERLY_LIVING_ALONE)).isTrue();
    assertThat(membership(ED7, f, "2021-02-10", Category.ELDERLY_LIVING_ALONE).start()).isEqualTo(d("2010-06-01"));
  }
}
