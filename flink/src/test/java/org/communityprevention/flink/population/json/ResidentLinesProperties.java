package org.communityprevention.flink.population.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Random;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.testing.PopulationGenerators;
import org.communityprevention.core.testing.Theories;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("reading only a resident line's village agrees with reading the whole line")
class ResidentLinesProperties {
  private static final String[] VILLAGES = {"440983101001", "110101001001", "440983101000", "44098310100", "x"};

  /** A line for a resident, often broken in one of the ways a feed breaks lines. */
  static String line(String good, Random r) {
    String village = VILLAGES[r.nextInt(VILLAGES.length)];
    switch (r.nextInt(9)) {
      case 0:
        return good;
      case 1:
        return good.substring(0, r.nextInt(good.length()));
      case 2:
        return good.replaceFirst("\"village\":\"[0-9]+\"", "\"village\":\"" + village + "\"");
      case 3:
        return good.replaceFirst("\"village\":\"[0-9]+\"", "\"village\":" + village.length());
      case 4:
        return good.replaceFirst("\\{\"village\"", "{\"extra\":[1,{\"village\":\"x\"}],\"village\"");
      case 5:
        // The village twice: the last counts, as when the tree is read.
        return good.replaceFirst("\\}$", ",\"village\":\"" + village + "\"}");
      case 6:
        return good.replace("\"facts\":{", "\"facts\":{\"unknown\":1,");
      case 7:
        return good.replaceFirst("\"village\":\"[0-9]+\",", "");
      default:
        return good + (r.nextBoolean() ? " {}" : " ");
    }
  }

  @Test
  @DisplayName("the same village for every line the whole reading accepts; its violations when the village is bad")
  void agreesWithParse() {
    Theories.qt().forAll(PopulationGenerators.residents(PopulationGenerators.ED7_ANCHOR), longs().all())
        .checkAssert((facts, seed) -> {
          String good = ResidentLines.write(new ResidentRecord(DivisionCode.parse("440983101001"), facts));
          String line = line(good, new Random(seed));
          ResidentRecord whole;
          try {
            whole = ResidentLines.parse(line);
          } catch (ValidationException e) {
            List<Violation> expected = e.violations();
            boolean villageBad = expected.stream()
                .anyMatch(v -> v.field().equals("village") || v.field().isEmpty());
            if (villageBad) {
              assertThatThrownBy(() -> ResidentLines.villageOf(line)).isInstanceOfSatisfying(
                  ValidationException.class, x -> assertThat(x.violations()).isEqualTo(expected));
            } else {
              // Only the facts (or another field) are bad: the line is keyed, and rejected where it is read whole.
              assertThat(ResidentLines.villageOf(line).value()).matches("[0-9]{12}");
            }
            return;
          }
          assertThat(ResidentLines.villageOf(line)).isEqualTo(whole.village());
        });
  }

  @Test
  @DisplayName("a line that is no object, or has no village, is refused with the whole reading's violations")
  void examples() {
    assertThatThrownBy(() -> ResidentLines.villageOf("[1,2]")).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.violations()).extracting(Violation::code).containsExactly("core.json.malformed"));
    assertThatThrownBy(() -> ResidentLines.villageOf("{\"facts\":{\"personId\":\"R-1\"}}"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::field, Violation::code)
            .contains(org.assertj.core.groups.Tuple.tuple("village", "core.json.missing_field")));
    assertThat(ResidentLines.villageOf("{\"facts\":{\"personId\":\"R-1\",\"age\":1},\"village\":\"440983101001\"}"))
        .isEqualTo(DivisionCode.parse("440983101001"));
  }
}
