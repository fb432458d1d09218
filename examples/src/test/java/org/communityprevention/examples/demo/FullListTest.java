package org.communityprevention.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A report list written in full")
class FullListTest {
  private static final FullList LIST = new FullList("signals", List.of(new FullList.Column("unit", "村（社区）"),
      new FullList.Column("code", "区划代码"), new FullList.Column("cases", "病例"),
      new FullList.Column("reason", "理由")), List.of(
          List.of("石塘社区", new HtmlReport.Code("360788101002"), 5, "零报告，但有 5 例、\"48\" 人"),
          List.of("北黄社区", new HtmlReport.Code("360788101001"), 43, "缺报\n待核查")));

  @Test
  @DisplayName("as CSV: a UTF-8 byte order mark, the captions, one record per row, quoted where a cell needs it")
  void csv() {
    byte[] csv = LIST.csv();
    assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    assertThat(text).isEqualTo("村（社区）,区划代码,病例,理由\r\n"
        + "石塘社区,360788101002,5,\"零报告，但有 5 例、\"\"48\"\" 人\"\r\n"
        + "北黄社区,360788101001,43,\"缺报\n待核查\"\r\n");
  }

  @Test
  @DisplayName("as JSON Lines: one object per row under the stable keys, counts as numbers, no markup")
  void jsonLines() {
    String text = new String(LIST.jsonLines(), StandardCharsets.UTF_8);
    assertThat(text.split("\n")).containsExactly(
        "{\"unit\":\"石塘社区\",\"code\":\"360788101002\",\"cases\":5,\"reason\":\"零报告，但有 5 例、\\\"48\\\" 人\"}",
        "{\"unit\":\"北黄社区\",\"code\":\"360788101001\",\"cases\":43,\"reason\":\"缺报\\n待核查\"}");
  }

  @Test
  @DisplayName("an empty list writes the header only, and no JSON line")
  void empty() {
    FullList empty = new FullList("none", List.of(new FullList.Column("a", "A")), List.of());
    assertThat(new String(empty.csv(), StandardCharsets.UTF_8)).isEqualTo("\uFEFFA\r\n");
    assertThat(empty.jsonLines()).isEmpty();
  }

  @Test
  @DisplayName("refuses a row that does not match its columns, naming the list")
  void ragged() {
    assertThatThrownBy(() -> new FullList("signals", List.of(new FullList.Column("a", "A")),
        List.of(List.of("x", "y")))).hasMessageContaining("signals").hasMessageContaining("2 cells for 1 columns");
  }
}
