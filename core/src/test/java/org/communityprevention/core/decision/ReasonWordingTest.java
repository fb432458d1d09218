package org.communityprevention.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Theories.qt;

import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.message.Wording;
import org.communityprevention.core.policy.ManagementPlan;
import org.communityprevention.core.policy.Phase;
import org.communityprevention.core.policy.PhaseKind;
import org.communityprevention.core.population.Category;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

@DisplayName("A reason names the library's terms in words, never by their codes")
class ReasonWordingTest {
  private static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,}(_[A-Z]+)*\\b|\\b[a-z]+(_[a-z]+)+\\b");

  @Test
  @DisplayName("§2.3 a list of categories is 、-joined terms in Chinese, comma-joined terms in English; the fact keeps the codes")
  void categories() {
    Reason r = Reason.of("core.population.unmanaged_no_worker", Clause.S2_3)
        .fact("categories", List.of(Category.CLOSE_CONTACT, Category.CENTRALISED_ISOLATION)).build();
    assertThat(r.facts()).containsEntry("categories", "[CLOSE_CONTACT, CENTRALISED_ISOLATION]");
    assertThat(r.text(Messages.ZH)).isEqualTo("管理对象无包保责任人（密切接触者、集中隔离医学观察人员）");
    assertThat(r.text(Messages.EN)).contains("close contact, person under centralised isolation medical observation")
        .doesNotContain("CLOSE_CONTACT");
  }

  @Test
  @DisplayName("a fact stored as a stable code shows the term it stands for")
  void codeWithTerm() {
    Reason r = Reason.of("core.population.unmanaged_no_worker", Clause.S2_3)
        .fact("categories", Category.CLOSE_CONTACT.code(), Category.CLOSE_CONTACT).build();
    assertThat(r.facts()).containsEntry("categories", "close_contact");
    assertThat(r.text(Messages.ZH)).isEqualTo("管理对象无包保责任人（密切接触者）");
  }

  @Test
  @DisplayName("a plan as a policy value reads as days and kinds in each language")
  void plan() {
    ManagementPlan plan = ManagementPlan.of(Phase.of(PhaseKind.CENTRALISED_ISOLATION, 14),
        Phase.of(PhaseKind.HOME_HEALTH_MONITORING, 1));
    Reason r = Reason.of("core.population.unmanaged_no_worker", Clause.S2_3).fact("categories", "x")
        .policy("population.closeContact", plan).build();
    assertThat(r.policyValues()).containsEntry("population.closeContact",
        "14 CENTRALISED_ISOLATION + 1 HOME_HEALTH_MONITORING");
    assertThat(r.wordings().get("population.closeContact"))
        .isEqualTo(new Wording("14天集中隔离医学观察+1天居家健康监测",
            "14 days of centralised isolation medical observation + 1 day of home health monitoring"));
  }

  @Test
  @DisplayName("the wordings survive a JSON round trip, and a reason without terms writes none")
  void json() {
    Reason worded = Reason.of("core.population.unmanaged_no_worker", Clause.S2_3)
        .fact("categories", EnumSet.of(Category.CLOSE_CONTACT)).build();
    Reason back = Json.read(Json.write(worded), Reason.class);
    assertThat(back).isEqualTo(worded);
    assertThat(back.text(Messages.ZH)).isEqualTo(worded.text(Messages.ZH));
    Reason plain = Reason.of("core.policy.none_in_force").fact("date", "2021-02-01").build();
    assertThat(Json.write(plain)).doesNotContain("wordings");
    assertThat(Json.read(Json.write(plain), Reason.class)).isEqualTo(plain);
  }

  @Test
  @DisplayName("an empty list of terms stays a plain fact")
  void emptyList() {
    Reason r = Reason.of("core.population.unmanaged_no_worker").fact("categories", List.of()).build();
    assertThat(r.wordings()).isEmpty();
    assertThat(r.facts()).containsEntry("categories", "[]");
  }

  @Test
  @DisplayName("for any categories and level, the Chinese text holds their terms and no code; the English their terms")
  void anyTerms() {
    Gen<List<Category>> categories = SourceDSL.lists().of(SourceDSL.arbitrary().enumValues(Category.class))
        .ofSizeBetween(1, 6);
    qt().forAll(categories, SourceDSL.arbitrary().enumValues(RiskLevel.class)).checkAssert((cs, level) -> {
      Reason r = Reason.of("core.population.unmanaged_no_worker").fact("categories", cs).fact("level", level)
          .build();
      String zh = r.text(Messages.ZH);
      assertThat(CODE.matcher(zh).find()).as(zh).isFalse();
      cs.forEach(c -> assertThat(zh).contains(c.chinese()));
      String en = r.text(Messages.EN);
      cs.forEach(c -> assertThat(en).contains(c.english()));
      assertThat(r.facts().get("level")).isEqualTo(level.name());
      assertThat(r.wordings().get("level")).isEqualTo(new Wording(level.chinese(), level.english()));
    });
  }
}
