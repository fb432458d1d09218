package org.communityprevention.flink.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.Json;
import org.communityprevention.reporting.registry.UnitChange;
import org.communityprevention.reporting.registry.UnitRegistry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("the runnable jobs over JSON Lines files")
class JobsTest {
  @RegisterExtension
  static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
      .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  static List<String> lines(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
          .sorted().toList()) {
        out.addAll(Files.readAllLines(f));
      }
    }
    return out;
  }

  @Test
  @DisplayName("the report job over an archive writes final counts for every level, signals and rejected lines")
  void reportJob(@TempDir Path dir) throws Exception {
    Path reports = Files.createDirectories(dir.resolve("reports"));
    Path facts = Files.createDirectories(dir.resolve("facts"));
    Files.write(reports.resolve("day1.jsonl"), List.of(
        "{\"unit\":\"440983102001\",\"day\":\"2021-02-01\",\"filerId\":\"w-1\",\"filedAt\":\"2021-02-01T02:00:00Z\","
            + "\"content\":{\"type\":\"ZERO\"}}",
        "",
        "{\"unit\":\"440983102002\"}"));
    Files.write(facts.resolve("facts.jsonl"), List.of("{\"unit\":\"440983102001\",\"day\":\"2021-02-01\","
        + "\"activeCases\":0,\"closeContacts\":1,\"homeIsolation\":0,\"centralisedIsolation\":0,"
        + "\"healthMonitoring\":0,\"newCloseContacts\":1}"));
    Path registry = dir.resolve("units.json");
    Files.writeString(registry, Json.write(UnitRegistry.of(List.of(
        UnitChange.opened(DivisionCode.parse("440983102001"), LocalDate.of(2020, 1, 1), "水口村"),
        UnitChange.opened(DivisionCode.parse("440983102002"), LocalDate.of(2020, 1, 1), "河背村")))));
    Path out = dir.resolve("out");
    ReportStreamJob.run(StreamExecutionEnvironment.getExecutionEnvironment(), new String[] {
        "--reports", reports.toString(), "--facts", facts.toString(), "--registry", registry.toString(),
        "--first-day", "2021-02-01", "--last-day", "2021-02-01", "--policy", "ed7-2020", "--out", out.toString()});

    assertThat(lines(out.resolve("counts"))).hasSize(7).anySatisfy(l -> assertThat(l)
        .startsWith("{\"division\":\"440983102000\",\"level\":\"township\",\"day\":\"2021-02-01\",\"stage\":\"FINAL\"")
        .contains("\"expected\":2,\"received\":1,\"onTime\":1,\"late\":0,\"missing\":1,\"zeroReports\":1"))
        .anySatisfy(l -> assertThat(l)
            .startsWith("{\"division\":\"000000000000\",\"level\":\"national\",\"day\":\"2021-02-01\",\"stage\":\"FINAL\"")
            .contains("\"expected\":2,\"received\":1,\"onTime\":1,\"late\":0,\"missing\":1,\"zeroReports\":1"));
    assertThat(lines(out.resolve("signals"))).singleElement().asString()
        .contains("\"unit\":\"440983102001\"", "ZERO_REPORT_CONTRADICTED", "\"clauses\":[\"§2.3\"");
    assertThat(lines(out.resolve("rejected"))).singleElement().asString()
        .startsWith("{\"source\":\"day1.jsonl\",\"line\":3,").contains("\"code\":\"core.json.missing_field\"");
  }

  @Test
  @DisplayName("the classification job writes each village's ledger, counts at every level and rejected lines")
  void populationJob(@TempDir Path dir) throws Exception {
    Path residents = Files.createDirectories(dir.resolve("residents"));
    Files.write(residents.resolve("a.jsonl"), List.of(
        "{\"village\":\"440983102001\",\"facts\":{\"personId\":\"R-1\",\"birthDate\":\"1950-03-01\","
            + "\"livingArrangement\":\"ALONE\"}}",
        "{\"village\":\"440983102001\",\"facts\":{\"personId\":\"R-2\",\"birthDate\":\"1990-03-01\"}}",
        "{\"village\":\"440983102001\",\"facts\":{\"personId\":\"R-3\",\"birthDate\":\"2030-03-01\"}}"));
    Path out = dir.resolve("out");
    PopulationBatchJob.run(StreamExecutionEnvironment.getExecutionEnvironment(), new String[] {
        "--residents", residents.toString(), "--date", "2021-02-10", "--out", out.toString()});

    assertThat(lines(out.resolve("ledgers"))).singleElement().asString()
        .startsWith("{\"village\":\"440983102001\",\"ledger\":{\"asOf\":\"2021-02-10\"")
        .contains("\"personId\":\"R-1\"");
    assertThat(lines(out.resolve("counts"))).hasSize(5).anySatisfy(l -> assertThat(l)
        .startsWith("{\"division\":\"440000000000\",\"level\":\"province\",\"counts\":{\"residents\":2")
        .contains("\"ELDERLY_LIVING_ALONE\":1"));
    assertThat(lines(out.resolve("rejected"))).singleElement().asString()
        .startsWith("{\"source\":\"a.jsonl\",\"line\":3,").contains("core.population.not_born");
  }
}
