package org.communityprevention.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityprevention.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.communityprevention.core.json.Json;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Batch results")
class BatchResultProperties {
  private static Integer parseNonNegative(Integer i) {
    if (i < 0) {
      throw ValidationException.of("count", "core.validation.negative", "value", i);
    }
    return i;
  }

  @Test
  @DisplayName("accepted + rejected = input for any mix of good and bad items; nothing is dropped or reordered")
  void countsAddUp() {
    qt().forAll(lists().of(integers().between(-50, 50)).ofSizeBetween(0, 200)).checkAssert(input -> {
      BatchResult<Integer> r = BatchResult.validateEach(input, BatchResultProperties::parseNonNegative);
      assertThat(r.accepted().size() + r.rejected().size()).isEqualTo(input.size());
      assertThat(r.inputCount()).isEqualTo(input.size());
      assertThat(r.accepted()).containsExactlyElementsOf(input.stream().filter(i -> i >= 0).toList());
      for (Rejected bad : r.rejected()) {
        int index = (int) bad.position();
        assertThat(input.get(index)).isNegative();
        assertThat(bad.violations()).singleElement().satisfies(v -> {
          assertThat(v.field()).isEqualTo("[" + index + "].count");
          assertThat(v.code()).isEqualTo("core.validation.negative");
        });
      }
      assertThat(r.isClean()).isEqualTo(input.stream().allMatch(i -> i >= 0));
      BatchResult<Integer> back = Json.read(Json.write(r), new TypeReference<BatchResult<Integer>>() {});
      assertThat(back).isEqualTo(r);
    });
  }

  @Test
  @DisplayName("a result whose counts do not add up cannot be built")
  void inconsistentRefused() {
    assertThatThrownBy(() -> BatchResult.of(3, List.of(1), List.of())).isInstanceOf(IllegalStateException.class);
  }

  @Test
  @DisplayName("violations name the field, render in both languages, and nest under a parent path")
  void violationPaths() {
    Violation v = Violation.of("birthDate", "core.time.negative_days", "days", -1);
    assertThat(v.under("residents[3]").field()).isEqualTo("residents[3].birthDate");
    assertThat(Violation.of("[2]", "x.y.z").under("residents").field()).isEqualTo("residents[2]");
    assertThat(v.message(java.util.Locale.ENGLISH)).isEqualTo("birthDate: a number of days cannot be negative (-1)");
    assertThat(v.message(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("birthDate: 天数不能为负（-1）");
    ValidationException e = new ValidationException(List.of(v));
    assertThat(e.getMessage()).contains("birthDate").contains("core.time.negative_days");
  }
}
