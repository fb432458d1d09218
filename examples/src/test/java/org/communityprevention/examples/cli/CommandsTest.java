package org.communityprevention.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.population.Classification;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.area.AreaId;
import org.communityprevention.risk.designation.CaseReport;
import org.communityprevention.risk.designation.DesignationRules;
import org.communityprevention.risk.designation.OfficialDesignation;
import org.communityprevention.risk.timeline.RiskTimeline;
import org.communityprevention.risk.timeline.RiskTimelines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch subcommands beyond the documented examples: stdin, cross-line checks, exit codes, fold = batch. */
@DisplayName("JSON command line: batch subcommands")
class CommandsTest {
  private static final Path DOCS = Path.of("..", "docs", "examples").toAbsolutePath().normalize();

  @TempDir
  Path dir;

  private static CliRun run(String stdin, String... args) {
    return CliRun.of(stdin, args);
  }

  @AfterEach
  void restore() {
    Cli.stdin = System.in;
  }

  @Test
  @DisplayName("classify reads standard input and exits 0 when nobody has a finding")
  void classifyFromStdin() {
    CliRun r = run("{\"personId\":\"a\",\"birthDate\":\"1950-01-01\",\"livingArrangement\":\"ALONE\"}\n\n",
        "classify", "--date", "2021-02-01");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).hasSize(1);
    Classification c = Json.read(r.out().get(0), Classification.class);
    assertThat(c.personId()).isEqualTo("a");
    assertThat(c.effectiveCategories()).extracting(Enum::name).containsExactly("ELDERLY_LIVING_ALONE");
    assertThat(r.summary().get("read").asLong()).isEqualTo(1);
    assertThat(r.summary().get("rejected").asLong()).isZero();
  }

  @Test
  @DisplayName("classify rejects every line of a person id given with different facts, by line number")
  void conflictingRecords() throws IOException {
    Path rejected = dir.resolve("rejected.jsonl");
    CliRun r = run("{\"personId\":\"a\",\"age\":30}\n{\"personId\":\"b\",\"age\":40}\n{\"personId\":\"a\",\"age\":31}\n",
        "classify", "--date", "2021-02-01", "--rejected", rejected.toString());
    assertThat(r.exit()).isEqualTo(CommunityPrevention.BAD_INPUT);
    assertThat(r.out()).hasSize(1).first().asString().contains("\"personId\":\"b\"");
    List<String> lines = Files.readAllLines(rejected);
    assertThat(lines).hasSize(2);
    assertThat(Json.read(lines.get(0), JsonNode.class).get("line").asLong()).isEqualTo(1);
    assertThat(Json.read(lines.get(1), JsonNode.class).get("line").asLong()).isEqualTo(3);
    JsonNode violation = Json.read(lines.get(0), JsonNode.class).get("violations").get(0);
    assertThat(violation.get("field").asText()).isEqualTo("personId");
    assertThat(violation.get("code").asText()).isEqualTo("core.population.conflicting_records");
    assertThat(r.summary().get("read").asLong()).isEqualTo(3);
    assertThat(r.summary().get("classified").asLong() + r.summary().get("rejected").asLong()).isEqualTo(3);
  }

  @Test
  @DisplayName("classify flags a manual decision that disagrees with the rules (exit 1)")
  void disagreementIsAFinding() {
    CliRun r = run("{\"personId\":\"a\",\"age\":40,\"overrides\":[{\"category\":\"CLOSE_CONTACT\",\"action\":\"ADD\","
        + "\"decidedOn\":\"2021-02-01\",\"workerId\":\"w1\",\"reasonText\":\"traced by the CDC\"}]}",
        "classify", "--date", "2021-02-02");
    assertThat(r.exit()).isEqualTo(CommunityPrevention.FINDINGS);
    assertThat(Json.read(r.out().get(0), Classification.class).disagreement()).isTrue();
    assertThat(r.summary().get("disagreements").asLong()).isEqualTo(1);
  }

  @Test
  @DisplayName("classify without --date is bad input naming the option")
  void missingDate() {
    CliRun r = run("", "--lang", "en", "classify");
    assertThat(r.exit()).isEqualTo(CommunityPrevention.BAD_INPUT);
    assertThat(r.err()).containsExactly("{\"violations\":[{\"field\":\"--date\",\"code\":\"cli.cli.missing_option\","
        + "\"message\":\"--date: a value is required\"}]}");
  }

  @Test
  @DisplayName("--lang after the subcommand, on a nested subcommand, chooses the language of the violations")
  void languageAfterSubcommand() {
    CliRun en = run("", "policy", "show", "--field", "population.nothing", "--lang", "en");
    assertThat(en.exit()).isEqualTo(CommunityPrevention.BAD_INPUT);
    assertThat(en.err()).singleElement().asString().contains("\"field\":\"--field\"")
        .contains("\"code\":\"cli.cli.unknown_field\"").doesNotContainPattern("\\p{IsHan}");
    CliRun zh = run("", "policy", "show", "--field", "population.nothing");
    assertThat(zh.err()).singleElement().asString().containsPattern("\\p{IsHan}");
  }

  @Test
  @DisplayName("classify under a provincial layer file uses the layer")
  void provincialLayer() {
    CliRun r = run("{\"personId\":\"a\",\"age\":40,\"contactExposures\":[{\"tier\":\"CLOSE\",\"lastExposureOn\":"
        + "\"2021-02-01\"}],\"responsibleWorkerId\":\"w\",\"checkIns\":[],\"testResults\":[]}",
        "classify", "--date", "2021-02-01", "--policy", DOCS.resolve("guangdong-2021.json").toString());
    Classification c = Json.read(r.out().get(0), Classification.class);
    assertThat(c.policy().id()).isEqualTo("44-2021-02");
    assertThat(c.membership(org.communityprevention.core.population.Category.CLOSE_CONTACT).orElseThrow().until())
        .contains(LocalDate.of(2021, 3, 1));
  }

  @Test
  @DisplayName("risk timeline: folding the day facts gives the batch timeline of the same events")
  void foldEqualsBatch() {
    String days = "{\"area\":\"440983102201\",\"date\":\"2022-07-03\",\"cases\":{\"confirmed\":0,\"asymptomatic\":2}}\n"
        + "{\"area\":\"440983102201\",\"date\":\"2022-07-01\",\"cases\":{\"confirmed\":1,\"asymptomatic\":0}}\n"
        + "{\"area\":\"440983102201\",\"date\":\"2022-07-20\",\"cases\":{\"confirmed\":0,\"asymptomatic\":0},"
        + "\"official\":\"MEDIUM\"}\n";
    CliRun r = run(days, "risk", "timeline", "--from", "2022-07-01", "--until", "2022-08-01");
    assertThat(r.exit()).isEqualTo(CommunityPrevention.FINDINGS);
    RiskTimeline folded = Json.read(r.out().get(0), RiskTimeline.class);
    AreaId area = AreaId.parse("440983102201", "area");
    RiskTimeline batch = RiskTimelines.timeline(DesignationRules.of(NationalBaselines.byId("ed9-2022")), area,
        DateWindow.of(LocalDate.of(2022, 7, 1), LocalDate.of(2022, 8, 1)),
        List.of(CaseReport.of("a", area, LocalDate.of(2022, 7, 1), 1, 0),
            CaseReport.of("b", area, LocalDate.of(2022, 7, 3), 0, 2)),
        List.of(OfficialDesignation.of(area, LocalDate.of(2022, 7, 20), RiskLevel.MEDIUM)));
    assertThat(folded.transitions()).isEqualTo(batch.transitions());
    assertThat(folded.findings()).isEqualTo(batch.findings());
    assertThat(folded.dailyLevels()).isEqualTo(batch.dailyLevels());
  }

  @Test
  @DisplayName("risk timeline rejects a second line for a day already folded and an area finer than the unit")
  void riskRejections() {
    String days = "{\"area\":\"440983102000\",\"date\":\"2021-02-01\",\"cases\":{\"confirmed\":1,\"asymptomatic\":0}}\n"
        + "{\"area\":\"440983102000\",\"date\":\"2021-02-01\",\"cases\":{\"confirmed\":2,\"asymptomatic\":0}}\n"
        + "{\"area\":\"440983102201\",\"date\":\"2021-02-01\",\"cases\":{\"confirmed\":1,\"asymptomatic\":0}}\n";
    CliRun r = run(days, "risk", "timeline", "--until", "2021-02-03");
    assertThat(r.exit()).isEqualTo(CommunityPrevention.BAD_INPUT);
    assertThat(r.out()).hasSize(1);
    assertThat(r.err()).hasSize(3);
    // A different record for a day already folded is a conflict that names the line folded first.
    assertThat(r.err().get(0)).startsWith("{\"line\":2,").contains(LineBatch.CONFLICTING)
        .contains("\"lines\":\"1\"");
    assertThat(r.err().get(1)).startsWith("{\"line\":3,").contains(RiskCommand.NOT_UNIT);
    assertThat(r.summary().get("folded").asLong()).isEqualTo(1);
  }

  @Test
  @DisplayName("risk timeline refuses an unknown format")
  void unknownFormat() {
    CliRun r = run("", "risk", "timeline", "--format", "xml", "--from", "2021-02-01", "--until", "2021-02-02");
    assertThat(r.exit()).isEqualTo(CommunityPrevention.BAD_INPUT);
    assertThat(r.err().get(0)).contains("cli.cli.unknown_format");
  }

  @Test
  @DisplayName("reports check: village counts add up to the national count; a register read from stdin that holds reports is refused")
  void reportsCounts() {
    String reports = "{\"unit\":\"440983102001\",\"day\":\"2021-02-01\",\"filerId\":\"w\",\"filedAt\":"
        + "\"2021-02-01T08:00:00Z\",\"content\":{\"type\":\"ZERO\"}}\n";
    CliRun r = run(reports, "reports", "check", "--units", DOCS.resolve("units.jsonl").toString(),
        "--from", "2021-02-01", "--until", "2021-02-02");
    assertThat(r.exit()).isEqualTo(CommunityPrevention.FINDINGS);
    JsonNode doc = Json.read(r.out().get(0), JsonNode.class);
    assertThat(doc.get("national").get("expected").asLong()).isEqualTo(3);
    assertThat(doc.get("national").get("onTime").asLong()).isEqualTo(1);
    long villages = 0;
    for (JsonNode n : doc.get("nodes")) {
      if (n.get("level").asText().equals("VILLAGE")) {
        villages += n.get("counts").get("expected").asLong();
      }
    }
    assertThat(villages).isEqualTo(3);
    assertThat(doc.get("gaps")).hasSize(2);

    CliRun one = run(reports, "reports", "check", "--units", "-", "--from", "2021-02-01", "--until", "2021-02-02");
    assertThat(one.exit()).isEqualTo(CommunityPrevention.BAD_INPUT);
  }

  @Test
  @DisplayName("reports check refuses a bad register as a whole, naming the line")
  void badRegister() throws IOException {
    Path units = dir.resolve("units.jsonl");
    Files.writeString(units, "{\"kind\":\"OPENED\",\"code\":\"440983102000\",\"date\":\"2021-01-01\",\"name\":\"x\"}\n");
    CliRun r = run("", "reports", "check", "--units", units.toString(), "--from", "2021-02-01", "--until",
        "2021-02-02");
    assertThat(r.exit()).isEqualTo(CommunityPrevention.BAD_INPUT);
    assertThat(r.err().get(0)).contains("\"field\":\"units:1.code\"").contains("reporting.registry.not_a_village");
  }

  @Test
  @DisplayName("eligibility takes a given classification and rejects one of another day")
  void eligibilityClassification() {
    Classification c = org.communityprevention.core.population.PopulationClassifier.classify(
        Json.read("{\"personId\":\"a\",\"age\":40}", org.communityprevention.core.population.PersonFacts.class),
        LocalDate.of(2021, 2, 11), NationalBaselines.byId("ed7-2020"));
    String line = "{\"facts\":{\"personId\":\"a\",\"age\":40},\"classification\":" + Json.write(c) + "}\n";
    CliRun r = run(line + "{\"facts\":{\"personId\":\"b\",\"age\":40}}\n", "eligibility", "--village",
        "440983102201", "--date", "2021-02-12");
    assertThat(r.exit()).isEqualTo(CommunityPrevention.BAD_INPUT);
    assertThat(r.err().get(0)).startsWith("{\"line\":1,").contains("services.eligibility.classification_date");
    JsonNode doc = Json.read(r.out().get(0), JsonNode.class);
    assertThat(doc.get("residents")).hasSize(1);
    assertThat(doc.get("residents").get(0).get("priority").get("personId").asText()).isEqualTo("b");
  }
}
