package org.communityprevention.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.communityprevention.core.area.ResponseMeasure;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.population.Category;
import org.communityprevention.reporting.report.SubmissionOutcome;
import org.communityprevention.risk.response.ResponseState;
import org.communityprevention.risk.timeline.TransitionCause;
import org.communityprevention.services.catalogue.CommunityService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every embedding example and checks that each tagged snippet appears verbatim in docs/embedding.md. */
@DisplayName("docs/embedding.md examples")
class EmbeddingExamplesTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path SOURCES = ROOT.resolve("examples/src/main/java/org/communityprevention/examples/embedding");
  private static final Pattern TAG = Pattern.compile("// tag::([a-z-]+)\\[]");

  @Test
  @DisplayName("the baseline of the notice's date is ed7-2020 and the Guangdong layer tightens it")
  void policies() throws IOException {
    Policy national = LoadPolicies.nationalBaseline();
    assertThat(national.id()).isEqualTo("ed7-2020");
    Policy guangdong = LoadPolicies.provincialLayer();
    assertThat(guangdong.id()).isEqualTo("44-2021-02");
    assertThat(guangdong.basedOn()).contains("ed7-2020");
    assertThat(guangdong.population().closeContact().totalDays()).isEqualTo(28);
    assertThat(national.population().closeContact().totalDays()).isEqualTo(21);
    assertThat(guangdong.reporting().dailyDeadline()).hasHour(12);
    String loosening = Files.readString(ROOT.resolve("docs/examples/loosening.json"), StandardCharsets.UTF_8);
    assertThat(LoadPolicies.refusedLayer(loosening)).containsExactly("population.holidayReturnee: looser than the "
        + "baseline: 14 HOME_HEALTH_MONITORING → 7 HOME_HEALTH_MONITORING");
  }

  @Test
  @DisplayName("classification: a close contact on day 4, an elderly person on the hot path, the ledger")
  void classify() {
    ClassifyResidents.Result r = ClassifyResidents.run(LoadPolicies.nationalBaseline());
    assertThat(r.closeContact().effectiveCategories()).containsExactly(Category.CLOSE_CONTACT);
    assertThat(r.closeContact().membership(Category.CLOSE_CONTACT).orElseThrow().dayNumber()).isEqualTo(4);
    assertThat(r.reasonsZh()).hasSize(1);
    assertThat(r.reasonsZh().get(0)).startsWith("密切接触者，末次暴露日期2021-02-01：2021-02-01至2021-02-21");
    assertThat(r.closeContact().toDecision().clauses()).containsExactly(Clause.S2_4);
    assertThat(r.hotPath()).containsExactly(Category.ELDERLY_LIVING_ALONE);
    assertThat(r.ledger().counts().residents()).isEqualTo(2);
    assertThat(r.ledger().toSurvey()).extracting(w -> w.personId()).containsExactly("R-0043");
    assertThat(r.ledger().unmanaged()).extracting(f -> f.kind().name())
        .containsExactly("MISSED_CHECK_IN", "MISSED_TEST");
  }

  @Test
  @DisplayName("risk: the township is medium from 02-03 and low from 02-18; the village's response follows")
  void risk() {
    RiskAndResponse.Result r = RiskAndResponse.run(LoadPolicies.nationalBaseline());
    assertThat(r.township().area().value()).isEqualTo("440983102000");
    assertThat(r.township().transitions()).extracting(t -> t.effectiveDate() + " " + t.toLevel() + " " + t.cause())
        .containsExactly("2021-02-03 MEDIUM " + TransitionCause.FACTS, "2021-02-18 LOW " + TransitionCause.CLEAN_DAYS);
    assertThat(r.villageLevels().levelOn(LocalDate.of(2021, 2, 17))).isEqualTo(RiskLevel.MEDIUM);
    assertThat(r.response().transitions()).extracting(t -> t.date() + " " + t.toState())
        .containsExactly("2021-02-03 " + ResponseState.ACTIVATED, "2021-02-18 " + ResponseState.STOOD_DOWN);
    // The snippet's comment names these: what the activation adds, and what the area's features add.
    assertThat(r.response().transitions().get(0).added()).containsExactlyInAnyOrder(
        ResponseMeasure.ENTRY_EXIT_CHECKPOINTS, ResponseMeasure.TEMPERATURE_CHECK,
        ResponseMeasure.INFORMATION_REGISTRATION, ResponseMeasure.PATROLS_AND_VISITS);
    assertThat(r.response().measuresOn(LocalDate.of(2021, 2, 3))).containsExactlyInAnyOrder(
        ResponseMeasure.ENTRY_EXIT_CHECKPOINTS, ResponseMeasure.TEMPERATURE_CHECK, ResponseMeasure.HEALTH_CODE_CHECK,
        ResponseMeasure.INFORMATION_REGISTRATION, ResponseMeasure.PATROLS_AND_VISITS, ResponseMeasure.ARRIVAL_SCREENING);
    assertThat(r.response().measuresOn(LocalDate.of(2021, 2, 3)))
        .contains(ResponseMeasure.ENTRY_EXIT_CHECKPOINTS, ResponseMeasure.TEMPERATURE_CHECK,
            ResponseMeasure.HEALTH_CODE_CHECK)
        .doesNotContain(ResponseMeasure.CLOSED_MANAGEMENT);
  }

  @Test
  @DisplayName("reports: on time, late and missing add up to the township's expected unit-days")
  void reports() {
    ReportCompleteness.Result r = ReportCompleteness.run(LoadPolicies.nationalBaseline());
    assertThat(r.ingest().batch().rejected()).isEmpty();
    assertThat(r.ingest().outcomes()).containsEntry(SubmissionOutcome.FIRST, 1L);
    assertThat(r.township().expected()).isEqualTo(4);
    assertThat(r.township().onTime()).isEqualTo(1);
    assertThat(r.township().late()).isEqualTo(1);
    assertThat(r.township().missing()).isEqualTo(2);
    assertThat(r.township().reportingRate()).hasValue(0.5);
    assertThat(r.village().late()).isEqualTo(1);
  }

  @Test
  @DisplayName("services: the elderly person living alone gets necessities, medicine and government services")
  void services() {
    ServiceEligibilityExample.Result r = ServiceEligibilityExample.run(LoadPolicies.nationalBaseline());
    assertThat(r.services()).containsExactly(CommunityService.DAILY_NECESSITIES,
        CommunityService.CHRONIC_MEDICINE_DELIVERY, CommunityService.GOVERNMENT_SERVICES);
    assertThat(r.reasonsEn()).contains("daily necessities are supplied to a resident who cannot shop for themselves",
        "urgent: served first (4 vulnerabilities)");
    assertThat(r.plan().list(CommunityService.CHRONIC_MEDICINE_DELIVERY).orElseThrow().persons()).isEqualTo(2);
    assertThat(r.plan().allocation().orElseThrow().queue(CommunityService.CHRONIC_MEDICINE_DELIVERY).orElseThrow()
        .served()).extracting(p -> p.personId()).containsExactly("p1");
    assertThat(r.plan().day().village()).isEqualTo(DivisionCode.parse("440983102201"));
  }

  /** Every tagged snippet of the example sources, by tag, dedented. */
  static Map<String, String> snippets() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path file : files.sorted().toList()) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = TAG.matcher(lines.get(i));
          if (m.find()) {
            String tag = m.group(1);
            List<String> body = new ArrayList<>();
            int j = i + 1;
            while (!lines.get(j).contains("// end::" + tag + "[]")) {
              body.add(lines.get(j++));
            }
            int indent = body.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
            out.put(tag, String.join("\n", body.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList()));
          }
        }
      }
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> snippetsAppearVerbatimInTheDocs() throws IOException {
    String doc = Files.readString(ROOT.resolve("docs/embedding.md"), StandardCharsets.UTF_8);
    Map<String, String> snippets = snippets();
    assertThat(snippets).containsKeys("baseline", "layer", "refused", "classify", "risk", "reports", "services");
    return snippets.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(),
        () -> assertThat(doc).as("snippet " + e.getKey() + " in docs/embedding.md").contains(e.getValue())));
  }
}
