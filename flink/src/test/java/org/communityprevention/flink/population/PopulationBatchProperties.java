package org.communityprevention.flink.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.population.CategoryCounts;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.population.PopulationClassifier;
import org.communityprevention.core.population.ledger.PopulationLedger;
import org.communityprevention.core.testing.PopulationGenerators;
import org.communityprevention.core.testing.Theories;
import org.communityprevention.core.validation.Rejected;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.flink.population.json.ResidentLines;
import org.communityprevention.flink.population.json.ResidentRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("the batch classification agrees with the in-memory ledger")
class PopulationBatchProperties {
  @RegisterExtension
  static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
      .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  /** Each example runs a whole job, so a handful of examples. */
  private static final int EXAMPLES = Integer.getInteger("FLINK_QT_EXAMPLES", 12) / 3;

  static final long[] VILLAGES = {440983101001L, 440983101002L, 440983102001L, 440984101001L, 441002101001L,
      110101001001L};
  static final Policy POLICY = NationalBaselines.byId("ed7-2020");
  static final LocalDate DAY = PopulationGenerators.ED7_ANCHOR;

  /** Resident lines for two files: residents in random villages, some resent, some conflicting, a few broken. */
  static Map<String, List<String>> files(List<PersonFacts> residents, long seed) {
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>();
    for (PersonFacts f : residents) {
      String line = ResidentLines.write(new ResidentRecord(DivisionCode.ofLong(VILLAGES[random.nextInt(
          VILLAGES.length)]), f));
      lines.add(line);
      int k = random.nextInt(20);
      if (k == 0) {
        lines.add(line);
      } else if (k == 1) {
        lines.add(line.replace("\"personId\":\"" + f.personId() + "\"", "\"personId\":\"" + f.personId()
            + "\",\"ruralResident\":" + !f.ruralResident()));
      }
    }
    lines.add(random.nextInt(lines.size()), "{\"village\":\"440983101000\",\"facts\":{\"personId\":\"X\"}}");
    lines.add(random.nextInt(lines.size()), "{\"village\":\"440983101001\"}");
    lines.add(random.nextInt(lines.size()), "[1,2]");
    Map<String, List<String>> files = new LinkedHashMap<>();
    int half = lines.size() / 2;
    files.put("a.jsonl", lines.subList(0, half));
    files.put("b.jsonl", lines.subList(half, lines.size()));
    return files;
  }

  @Test
  @DisplayName("ledgers per village, counts at every level and rejected lines equal the library's")
  void equalsInMemory() {
    Theories.qt(EXAMPLES).forAll(lists().of(PopulationGenerators.residents(DAY)).ofSizeBetween(50, 300), longs().all())
        .checkAssert((residents, seed) -> {
          Map<String, List<String>> files = files(residents, seed);
          BatchRun flink;
          try {
            Path dir = Files.createTempDirectory("residents");
            flink = new BatchRun(dir, files, PopulationSetup.of(POLICY, DAY));
          } catch (Exception e) {
            throw new AssertionError(e);
          }
          Reference memory = new Reference(files);
          assertThat(flink.ledgers).isEqualTo(memory.ledgers);
          assertThat(flink.counts).isEqualTo(memory.counts);
          assertThat(flink.rejected.stream().sorted().toList()).isEqualTo(memory.rejected.stream().sorted().toList());
          assertThat(flink.counts.get(440000000000L).residents() + flink.counts.get(110000000000L).residents()
              + flink.rejected.size()).isEqualTo(files.values().stream().mapToLong(List::size).sum());
        });
  }

  /** The in-memory path: each village's records in line order into one ledger, counts summed up the tree. */
  static final class Reference {
    final Map<Long, String> ledgers = new TreeMap<>();
    final Map<Long, CategoryCounts> counts = new TreeMap<>();
    final List<String> rejected = new ArrayList<>();

    Reference(Map<String, List<String>> files) {
      Map<Long, List<PersonFacts>> byVillage = new TreeMap<>();
      Map<Long, List<String>> where = new TreeMap<>();
      files.forEach((name, lines) -> {
        for (int i = 0; i < lines.size(); i++) {
          try {
            ResidentRecord r = ResidentLines.parse(lines.get(i));
            byVillage.computeIfAbsent(r.village().asLong(), k -> new ArrayList<>()).add(r.facts());
            where.computeIfAbsent(r.village().asLong(), k -> new ArrayList<>()).add(name + ":" + (i + 1));
          } catch (ValidationException e) {
            rejected.add(name + ":" + (i + 1) + " " + codes(e.violations()));
          }
        }
      });
      PopulationClassifier classifier = PopulationClassifier.of(POLICY);
      byVillage.forEach((village, residents) -> {
        PopulationLedger ledger = PopulationLedger.of(classifier, residents, DAY);
        ledgers.put(village, Json.write(ledger));
        for (Rejected r : ledger.rejected()) {
          rejected.add(where.get(village).get((int) r.position()) + " " + codes(r.violations()));
        }
        counts.merge(village, ledger.counts(), CategoryCounts::plus);
        for (DivisionCode a : DivisionCode.ofLong(village).ancestors()) {
          counts.merge(a.asLong(), ledger.counts(), CategoryCounts::plus);
        }
      });
    }

    static List<String> codes(List<org.communityprevention.core.validation.Violation> violations) {
      return violations.stream().map(org.communityprevention.core.validation.Violation::code).toList();
    }
  }

  @Test
  @DisplayName("a resident given twice, one not yet born and bad lines are rejected by line; the rest are counted")
  void rejectedByLine() throws Exception {
    PersonFacts elderly = Json.read("{\"personId\":\"R-002\",\"birthDate\":\"1950-03-01\","
        + "\"livingArrangement\":\"ALONE\"}", PersonFacts.class);
    PersonFacts unborn = Json.read("{\"personId\":\"R-003\",\"birthDate\":\"2022-01-01\"}", PersonFacts.class);
    String v = "440983101001";
    List<String> lines = List.of(
        ResidentLines.write(new ResidentRecord(DivisionCode.parse(v), elderly)),
        ResidentLines.write(new ResidentRecord(DivisionCode.parse(v), unborn)),
        "{\"village\":\"440983101000\",\"facts\":{\"personId\":\"R-004\"}}",
        "{\"village\":\"440983101001\",\"facts\":{\"personId\":\"R-005\",\"age\":\"70\"}}",
        ResidentLines.write(new ResidentRecord(DivisionCode.parse(v), elderly)));
    BatchRun run = new BatchRun(Files.createTempDirectory("residents"), Map.of("a.jsonl", lines),
        PopulationSetup.of(POLICY, DAY));

    assertThat(run.rejected).containsExactlyInAnyOrder(
        "a.jsonl:2 [core.population.not_born]",
        "a.jsonl:3 [flink.population.not_a_village]",
        "a.jsonl:4 [core.json.wrong_type]",
        "a.jsonl:5 [core.population.duplicate_record]");
    PopulationLedger ledger = Json.read(run.ledgers.get(Long.parseLong(v)), PopulationLedger.class);
    assertThat(ledger.toSurvey()).singleElement().satisfies(w -> assertThat(w.personId()).isEqualTo("R-002"));
    assertThat(run.counts.get(440983000000L).residents()).isEqualTo(1);
    assertThat(run.counts.get(440983000000L).of(
        org.communityprevention.core.population.Category.ELDERLY_LIVING_ALONE)).isEqualTo(1);
    assertThat(run.counts).containsOnlyKeys(440983101001L, 440983101000L, 440983000000L, 440900000000L,
        440000000000L);
  }
}
