package org.communityprevention.services.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Fuzz.assertAccounted;
import static org.communityprevention.core.testing.Fuzz.jsonMutationsOf;
import static org.communityprevention.core.testing.Fuzz.randomStrings;
import static org.communityprevention.core.testing.Fuzz.valueOrRejection;
import static org.communityprevention.core.testing.Fuzz.withinTimeLimit;
import static org.communityprevention.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.validation.BatchResult;
import org.communityprevention.services.eligibility.Resident;
import org.communityprevention.services.json.ServicesJson;
import org.communityprevention.services.testing.ServiceGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Fuzzing of the resident JSON Lines reader (居民信息批量导入): every non-blank line is a resident or a rejected line with
 * typed violations naming the JSON path; nothing escapes as another exception and nothing hangs.
 */
@DisplayName("Fuzzing the resident JSON Lines reader")
class ResidentLinesFuzzProperties {
  private static final Gen<String> VALID_LINES = ServiceGenerators.residents(ServiceGenerators.SPRING_FESTIVAL)
      .map(Json::writeRevealing);
  private static final Gen<String> LINES = jsonMutationsOf(VALID_LINES).mix(randomStrings(60), 20)
      .mix(VALID_LINES, 10);

  @Test
  @DisplayName("one line: a mutated or random resident line reads to a resident or a typed rejection")
  void oneLine() {
    withinTimeLimit(() -> qt().forAll(LINES).checkAssert(line -> {
      Resident r = valueOrRejection(line, l -> Json.read(l, Resident.class));
      if (r != null) {
        assertThat(Json.read(Json.writeRevealing(r), Resident.class)).isEqualTo(r);
      }
    }));
  }

  @Test
  @DisplayName("batches: every non-blank line is accepted or rejected by its line number")
  void batches() {
    Gen<String> batches = lists().of(LINES).ofSizeBetween(0, 8).map(l -> String.join("\n", l));
    withinTimeLimit(() -> qt().forAll(batches).checkAssert(text -> {
      BatchResult<Resident> read = ServicesJson.readResidents(text);
      assertAccounted(read, text.lines().filter(l -> !l.isBlank()).count(), text);
    }));
  }

  @Test
  @DisplayName("a line that is just null, an array or a scalar is rejected, not read as a missing resident")
  void fixedExamples() {
    BatchResult<Resident> read = ServicesJson.readResidents(String.join("\n", List.of("null", "[]", "1", "\"x\"",
        "{\"facts\":null}", "{\"facts\":{\"personId\":\"p1\",\"identityNumber\":\"１１０１０５\"}}")));
    assertThat(read.accepted()).isEmpty();
    assertThat(read.rejected()).extracting(r -> r.position()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    assertThat(read.rejected().get(0).violations()).extracting(v -> v.code()).containsExactly("core.json.wrong_type");
  }
}
