package org.communityprevention.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JSON command line: returnees (§2.3)")
class ReturneesCommandTest {
  private static final String VILLAGE = "440983102201";

  /** A returnee from a low-risk origin, registered and tested as asked unless told otherwise. */
  static String returnee(String id, String returnedOn, String registeredOn, String sampledOn) {
    StringBuilder b = new StringBuilder("{\"personId\":\"").append(id).append("\",\"village\":\"").append(VILLAGE)
        .append("\",\"villageClass\":\"VILLAGE\",\"originRiskLevel\":\"LOW\",\"departedOn\":\"").append(returnedOn)
        .append("\",\"returnedOn\":\"").append(returnedOn).append('"');
    if (registeredOn != null) {
      b.append(",\"registeredOn\":\"").append(registeredOn).append("\",\"registeredBy\":\"SELF\"");
    }
    if (sampledOn != null) {
      b.append(",\"preReturnTest\":{\"sampledOn\":\"").append(sampledOn).append("\",\"outcome\":\"NEGATIVE\"}");
    }
    return b.append('}').toString();
  }

  @Test
  @DisplayName("§2.3 a returnee registered by the return day with a recent negative test has no finding: exit 0")
  void clean() {
    CliRun r = CliRun.of(returnee("a", "2021-02-06", "2021-02-05", "2021-02-04") + "\n", "returnees", "--date",
        "2021-02-08");
    assertThat(r.exit()).isZero();
    JsonNode status = r.document().get("statuses").get(0);
    assertThat(status.get("inScope").asBoolean()).isTrue();
    assertThat(status.get("category").asText()).isEqualTo("HOLIDAY_RETURNEE");
    assertThat(status.get("monitoring").get("start").asText()).isEqualTo("2021-02-06");
    assertThat(status.get("monitoring").get("endExclusive").asText()).isEqualTo("2021-02-20");
    assertThat(status.get("findings")).isEmpty();
    assertThat(r.summary().get("monitored").asLong()).isEqualTo(1);
    assertThat(r.summary().get("findings").asLong()).isZero();
  }

  @Test
  @DisplayName("§2.3 the village figures per day count registrations, monitoring, missing registration and tests")
  void tallies() {
    String input = String.join("\n", returnee("a", "2021-02-06", "2021-02-05", "2021-02-04"),
        returnee("b", "2021-02-07", null, null), returnee("c", "2021-02-07", "2021-02-08", "2021-01-20"));
    CliRun r = CliRun.of(input, "returnees", "--date", "2021-02-08", "--from", "2021-02-06", "--until",
        "2021-02-09");
    assertThat(r.exit()).isEqualTo(CommunityPrevention.FINDINGS);
    List<String> rows = new ArrayList<>();
    r.document().get("tallies").forEach(t -> rows.add(t.get("day").asText() + " " + t.get("registeredToday")
        + " " + t.get("underMonitoring") + " " + t.get("missingRegistration") + " " + t.get("missingTestProof")));
    assertThat(rows).containsExactly("2021-02-06 0 1 0 0", "2021-02-07 0 3 2 2", "2021-02-08 1 3 2 2");
    assertThat(r.summary().get("findings").asLong()).isEqualTo(2);
  }

  @Test
  @DisplayName("§2.3 text form: Chinese terms and reasons, no English code")
  void chineseText() {
    CliRun r = CliRun.of(returnee("b", "2021-02-07", null, null), "returnees", "--date", "2021-02-08", "--format",
        "text");
    assertThat(r.out()).hasSize(2);
    assertThat(r.out().get(0)).startsWith("b\t2021-02-08\t节假日期间返乡人员\t2021-02-07 – 2021-02-20\t")
        .contains("未登记报备").contains("无返乡前核酸阴性证明");
    assertThat(r.out().get(1)).isEqualTo(VILLAGE + "\t2021-02-08\t当日登记 0\t在管 1\t未按时登记 1\t无有效核酸证明 1");
    assertThat(String.join("\n", r.out())).doesNotContainPattern("\\b[A-Z]{2,}(_[A-Z]+)+\\b");
  }

  @Test
  @DisplayName("a bad line is rejected by number and the others kept; an identity number as id never reaches output")
  void rejectsAndKeeps() {
    String idNumber = "11010519491231002X";
    String input = String.join("\n", returnee("a", "2021-02-06", "2021-02-05", "2021-02-04"),
        returnee(idNumber, "2021-02-06", "2021-02-05", "2021-02-04"),
        returnee("d", "2021-02-06", null, null).replace("2021-02-06\",\"returnedOn", "2021-2-06\",\"returnedOn"),
        "", returnee("a", "2021-02-06", "2021-02-05", "2021-02-04"));
    CliRun r = CliRun.of(input, "--lang", "en", "returnees", "--date", "2021-02-08");
    assertThat(r.exit()).isEqualTo(CommunityPrevention.BAD_INPUT);
    assertThat(r.rejected()).extracting(j -> j.get("line").asLong()).containsExactly(2L, 3L);
    assertThat(r.rejected().get(1).get("violations").get(0).get("field").asText()).isEqualTo("departedOn");
    assertThat(r.summary().get("read").asLong()).isEqualTo(4);
    assertThat(r.summary().get("accepted").asLong()).isEqualTo(1);
    assertThat(r.summary().get("rejected").asLong()).isEqualTo(2);
    assertThat(r.summary().get("duplicates").asLong()).isEqualTo(1);
    assertThat(String.join("\n", r.out()) + String.join("\n", r.err())).doesNotContain(idNumber)
        .doesNotContain("1949");
  }

  @Test
  @DisplayName("two different records of one person are both rejected, each naming the other's line")
  void conflicting() {
    String input = String.join("\n", returnee("a", "2021-02-06", "2021-02-05", "2021-02-04"),
        returnee("a", "2021-02-07", "2021-02-05", "2021-02-04"));
    CliRun r = CliRun.of(input, "returnees", "--date", "2021-02-08");
    assertThat(r.exit()).isEqualTo(CommunityPrevention.BAD_INPUT);
    assertThat(r.rejected()).extracting(j -> j.get("violations").get(0).get("params").get("lines").asText())
        .containsExactly("2", "1");
    assertThat(r.document().get("statuses")).isEmpty();
  }

  @Test
  @DisplayName("Beijing dates are strict and the window is checked before anything is read")
  void options() {
    CliRun bad = CliRun.of("", "returnees", "--date", "2021-2-08");
    assertThat(bad.exit()).isEqualTo(CommunityPrevention.BAD_INPUT);
    assertThat(bad.violations().get(0).get("code").asText()).isEqualTo("cli.cli.bad_date");
    CliRun empty = CliRun.of("", "returnees", "--date", "2021-02-08", "--from", "2021-02-08", "--until",
        "2021-02-08");
    assertThat(empty.violations().get(0).get("code").asText()).isEqualTo("cli.cli.empty_window");
    CliRun noEnd = CliRun.of("", "returnees", "--date", "2021-02-08", "--from", "2021-02-01");
    assertThat(noEnd.violations().get(0).get("field").asText()).isEqualTo("--until");
    CliRun longWindow = CliRun.of("", "returnees", "--date", "2021-02-08", "--from", "2021-01-01", "--until",
        "2022-01-03");
    assertThat(longWindow.violations().get(0).get("code").asText()).isEqualTo("cli.cli.window_too_long");
    CliRun format = CliRun.of("", "returnees", "--date", "2021-02-08", "--format", "csv");
    assertThat(format.violations().get(0).get("code").asText()).isEqualTo("cli.cli.unknown_format");
  }
}
