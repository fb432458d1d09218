package org.communityprevention.reporting.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.communityprevention.core.testing.Theories.qt;
import static org.communityprevention.reporting.testing.ReportingGenerators.reports;
import static org.communityprevention.reporting.testing.ReportingGenerators.scenarios;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.validation.BatchResult;
import org.communityprevention.core.validation.Rejected;
import org.communityprevention.core.validation.Violation;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.report.ReportFigures;
import org.communityprevention.reporting.report.ReportLedger;
import org.communityprevention.reporting.report.SubmissionOutcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("§1.6 JSON Lines ingest of daily reports")
class ReportLinesTest {
  static final String OK = "{\"unit\":\"440983102001\",\"day\":\"2021-02-01\",\"filerId\":\"w1\","
      + "\"filedAt\":\"2021-02-01T15:30:00+08:00\",\"content\":{\"type\":\"ZERO\"}}";

  static String line(String unit, String day, String filedAt, String content) {
    return "{\"unit\":" + unit + ",\"day\":" + day + ",\"filerId\":\"w1\",\"filedAt\":" + filedAt + ",\"content\":"
        + content + "}";
  }

  static final String FIGURES = "{\"type\":\"FIGURES\",\"newFeverReferrals\":0,\"newSuspected\":0,\"newConfirmed\":1,"
      + "\"newAsymptomatic\":0,\"closeContactsTraced\":3,\"underHomeIsolation\":3,\"underCentralisedIsolation\":0,"
      + "\"underHealthMonitoring\":5,\"cumulativeConfirmed\":1,\"cumulativeAsymptomatic\":0}";

  @Test
  @DisplayName("the streaming reader reads exactly what the JSON mapper writes")
  void streamingMatchesMapper() {
    qt().forAll(reports()).checkAssert(r -> {
      assertThat(ReportLines.parseLine(Json.write(r))).isEqualTo(r);
      assertThat(ReportLines.parseLine(Json.writeRevealing(r))).isEqualTo(r);
    });
  }

  @Test
  @DisplayName("a good line is read with its offset converted; figures are read by field in any order")
  void goodLines() {
    DailyReport r = ReportLines.parseLine(OK);
    assertThat(r.filedAt()).isEqualTo(Instant.parse("2021-02-01T07:30:00Z"));
    assertThat(r.isZeroReport()).isTrue();
    DailyReport f = ReportLines.parseLine("{\"content\":" + FIGURES.replace("{\"type\":\"FIGURES\",", "{")
        .replace("}", ",\"type\":\"FIGURES\"}") + ",\"revision\":2,\"urgent\":true,\"filedAt\":"
        + "\"2021-02-01T16:30:00.5Z\",\"filerId\":\"w7\",\"day\":\"2021-02-01\",\"unit\":\"440983102001\"}");
    assertThat(f.figures().orElseThrow()).isEqualTo(ReportFigures.ofCounts(0, 0, 1, 0, 3, 3, 0, 5, 1, 0));
    assertThat(f.revision()).isEqualTo(2);
    assertThat(f.urgent()).isTrue();
    assertThat(f.filedOn()).isEqualTo(LocalDate.of(2021, 2, 2));
  }

  @Test
  @DisplayName("bad lines are rejected by line number with the field at fault; the others are kept")
  void badLines() {
    String text = String.join("\n",
        OK,
        line("\"４４０９８３１０２００１\"", "\"2021-02-01\"", "\"2021-02-01T07:30:00Z\"", "{\"type\":\"ZERO\"}"),
        line("\"440983102001\"", "\"2021-02-30\"", "\"2021-02-01T07:30:00\"", "{\"type\":\"ZERO\"}"),
        "",
        line("\"440983102001\"", "\"2021-02-01\"", "\"2021-02-01T07:30:00Z\"",
            FIGURES.replace("\"newConfirmed\":1", "\"newConfirmed\":\"1\"").replace("\"newSuspected\":0",
                "\"newSuspected\":-2").replace("\"newAsymptomatic\":0", "\"newAsymptomatic\":0.5")),
        line("\"440983102001\"", "\"2021-02-01\"", "null", "{\"type\":\"ZERO\",\"newConfirmed\":0}"),
        "{\"unit\":\"440983102001\",\"nickname\":\"x\"}",
        "{not json",
        "{\"unit\":\"440983102001\",\"unit\":\"440983102001\"}",
        line("\"440983102001\"", "\"2021-02-01\"", "\"2021-02-01T07:30:00Z\"", "{\"type\":\"SOME\"}"),
        OK + "\r");
    BatchResult<DailyReport> b = ReportLines.read(text);
    assertThat(b.inputCount()).isEqualTo(10);
    assertThat(b.accepted()).hasSize(2);
    assertThat(b.rejected()).extracting(Rejected::position).containsExactly(2L, 3L, 5L, 6L, 7L, 8L, 9L, 10L);
    assertThat(violations(b, 2L)).containsExactly(tuple("unit", "core.division.code_characters"));
    assertThat(violations(b, 3L)).containsExactly(tuple("day", ReportLines.INVALID_VALUE),
        tuple("filedAt", ReportLines.NO_OFFSET));
    // A count of the wrong type is one violation: the field is there, so it is never also "missing".
    assertThat(violations(b, 5L)).containsExactly(tuple("content.newConfirmed", ReportLines.WRONG_TYPE),
        tuple("content.newAsymptomatic", ReportLines.WRONG_TYPE));
    assertThat(violations(b, 6L)).containsExactly(tuple("filedAt", ReportLines.WRONG_TYPE),
        tuple("content", ReportLines.ZERO_WITH_COUNTS));
    assertThat(violations(b, 7L)).contains(tuple("nickname", ReportLines.UNKNOWN_FIELD),
        tuple("content", ReportLines.MISSING_FIELD));
    assertThat(violations(b, 8L)).containsExactly(tuple("", ReportLines.MALFORMED));
    assertThat(violations(b, 9L)).containsExactly(tuple("", ReportLines.DUPLICATE_FIELD));
    assertThat(violations(b, 10L)).containsExactly(tuple("content.type", ReportLines.UNKNOWN_CONTENT_TYPE));
    assertThat(Json.write(b.rejected())).doesNotContain("４４０９８３").doesNotContain("nickname\":\"x");
  }

  @Test
  @DisplayName("a negative count passes the JSON check and is refused by the figures, named under content")
  void negativeCount() {
    BatchResult<DailyReport> b = ReportLines.read(line("\"440983102001\"", "\"2021-02-01\"",
        "\"2021-02-01T07:30:00Z\"", FIGURES.replace("\"newSuspected\":0", "\"newSuspected\":-2")));
    assertThat(violations(b, 1L)).containsExactly(tuple("content.newSuspected", ReportFigures.NEGATIVE_COUNT));
  }

  @Test
  @DisplayName("§2.3 the township form's optional groups are read when present; absent means not collected; a "
      + "negative one is refused naming it; a zero report carries none")
  void townshipGroups() {
    String groups = FIGURES.replace("}", ",\"newReturneesRegistered\":4,\"returneesUnderMonitoring\":17,"
        + "\"newArrivalsFromRiskAreas\":1,\"newInboundTravellers\":0,\"newAbnormalFindings\":null}");
    ReportFigures f = ReportLines.parseLine(line("\"440983102001\"", "\"2021-02-01\"",
        "\"2021-02-01T07:30:00Z\"", groups)).figures().orElseThrow();
    assertThat(f.newReturneesRegistered()).contains(4);
    assertThat(f.returneesUnderMonitoring()).contains(17);
    assertThat(f.newArrivalsFromRiskAreas()).contains(1);
    assertThat(f.newInboundTravellers()).contains(0);
    assertThat(f.newAbnormalFindings()).isEmpty();
    assertThat(f.optionalCounts()).containsExactly(4, 17, 1, 0, ReportFigures.NOT_COLLECTED);
    assertThat(Json.write(f)).contains("\"newInboundTravellers\":0").doesNotContain("newAbnormalFindings");
    assertThat(Json.read(Json.write(f), ReportFigures.class)).isEqualTo(f);
    ReportFigures plain = ReportLines.parseLine(line("\"440983102001\"", "\"2021-02-01\"",
        "\"2021-02-01T07:30:00Z\"", FIGURES)).figures().orElseThrow();
    assertThat(plain.optionalCounts()).containsOnly(ReportFigures.NOT_COLLECTED);
    assertThat(plain).isNotEqualTo(f);

    BatchResult<DailyReport> b = ReportLines.read(String.join("\n",
        line("\"440983102001\"", "\"2021-02-01\"", "\"2021-02-01T07:30:00Z\"",
            FIGURES.replace("}", ",\"newArrivalsFromRiskAreas\":-1,\"newAbnormalFindings\":\"2\"}")),
        line("\"440983102001\"", "\"2021-02-01\"", "\"2021-02-01T07:30:00Z\"",
            "{\"type\":\"ZERO\",\"returneesUnderMonitoring\":3}")));
    assertThat(violations(b, 1L)).containsExactly(tuple("content.newAbnormalFindings", ReportLines.WRONG_TYPE));
    assertThat(violations(b, 2L)).containsExactly(tuple("content", ReportLines.ZERO_WITH_COUNTS));
    BatchResult<DailyReport> negative = ReportLines.read(line("\"440983102001\"", "\"2021-02-01\"",
        "\"2021-02-01T07:30:00Z\"", FIGURES.replace("}", ",\"newArrivalsFromRiskAreas\":-1}")));
    assertThat(violations(negative, 1L))
        .containsExactly(tuple("content.newArrivalsFromRiskAreas", ReportFigures.NEGATIVE_COUNT));
  }

  private static List<org.assertj.core.groups.Tuple> violations(BatchResult<DailyReport> b, long line) {
    return b.rejected().stream().filter(r -> r.position() == line).flatMap(r -> r.violations().stream())
        .map(v -> tuple(v.field(), v.code())).collect(Collectors.toList());
  }

  @Test
  @DisplayName("a byte order mark, blank lines, CRLF and tiny read chunks do not change what is read")
  void streamEdges() {
    qt(200).forAll(scenarios()).checkAssert(s -> {
      String text = s.reports().stream().map(Json::write).collect(Collectors.joining("\r\n", "\uFEFF", "\n\n"));
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      Random random = new Random(bytes.length);
      InputStream trickle = new ByteArrayInputStream(bytes) {
        @Override
        public synchronized int read(byte[] b, int off, int len) {
          return super.read(b, off, Math.min(len, 1 + random.nextInt(7)));
        }
      };
      BatchResult<DailyReport> r = ReportLines.read(trickle);
      assertThat(r.rejected()).isEmpty();
      assertThat(r.accepted()).isEqualTo(s.reports());
    });
  }

  @Test
  @DisplayName("an over-long line is rejected by number and the next line is still read")
  void overLongLine() {
    String huge = "{\"unit\":\"" + "9".repeat(ReportLines.MAX_LINE_BYTES) + "\"}";
    BatchResult<DailyReport> b = ReportLines.read(OK + "\n" + huge + "\n" + OK);
    assertThat(b.inputCount()).isEqualTo(3);
    assertThat(b.accepted()).hasSize(2);
    assertThat(b.rejected()).singleElement().satisfies(x -> {
      assertThat(x.position()).isEqualTo(2);
      assertThat(x.violations()).extracting(Violation::code).containsExactly(ReportLines.LINE_TOO_LONG);
    });
  }

  @Test
  @DisplayName("ingest into a ledger: any order and any duplicates give the same ledger; refusals keep their line")
  void ingestOrderFree() {
    qt(300).forAll(scenarios()).checkAssert(s -> {
      List<String> lines = s.reports().stream().map(Json::write).collect(Collectors.toList());
      List<String> shuffled = new ArrayList<>(lines);
      shuffled.addAll(lines.subList(0, lines.size() / 2));
      Collections.shuffle(shuffled, new Random(lines.size()));
      ReportLedger a = ReportLedger.of(s.rules(), s.registry());
      ReportLedger b = ReportLedger.of(s.rules(), s.registry());
      Ingest ia = ReportLines.ingest(bytes(lines), a);
      Ingest ib = ReportLines.ingest(bytes(shuffled), b);
      assertThat(b.unitDays()).isEqualTo(a.unitDays());
      assertThat(b.conflicts()).isEqualTo(a.conflicts());
      assertThat(ia.batch().accepted().size() + ia.batch().rejected().size()).isEqualTo(lines.size());
      assertThat(ia.outcomes().values().stream().mapToLong(Long::longValue).sum())
          .isEqualTo(ia.batch().accepted().size());
      for (Rejected r : ia.batch().rejected()) {
        DailyReport sent = s.reports().get((int) r.position() - 1);
        assertThat(r.violations().get(0).code()).isIn(ReportLedger.TOO_LATE, ReportLedger.UNIT_NOT_EXPECTED,
            ReportLedger.UNIT_RETIRED);
        assertThat(s.registry().isExpected(sent.unit(), sent.day())
            && s.rules().timeliness(sent) != org.communityprevention.reporting.report.Timeliness.TOO_LATE)
            .isFalse();
      }
      assertThat(Json.read(Json.write(ia), Ingest.class)).isEqualTo(ia);
    });
  }

  @Test
  @DisplayName("ingest counts what each report did to the ledger")
  void ingestOutcomes() {
    DivisionCode unit = DivisionCode.parse("440983102001");
    ReportLedger ledger = ReportLedger.of(
        org.communityprevention.reporting.report.ReportingRules.of(
            org.communityprevention.core.json.NationalBaselines.byId("ed7-2020")),
        org.communityprevention.reporting.registry.UnitRegistry.of(List.of(
            org.communityprevention.reporting.registry.UnitChange.opened(unit, LocalDate.of(2021, 1, 1), "水口"))));
    Ingest i = ReportLines.ingest(bytes(List.of(OK, OK, line("\"440983102001\"", "\"2021-02-01\"",
        "\"2021-02-01T07:40:00Z\"", FIGURES))), ledger);
    assertThat(i.outcomes()).containsEntry(SubmissionOutcome.FIRST, 1L).containsEntry(SubmissionOutcome.DUPLICATE, 1L)
        .containsEntry(SubmissionOutcome.CONFLICT, 1L);
    assertThat(ledger.conflicts()).hasSize(1);
  }

  private static InputStream bytes(List<String> lines) {
    return new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "[{index}] {0}: {1}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "unit       | 440983102001 | string",
      "day        | 20210201     | string",
      "filerId    | 7            | string",
      "filedAt    | true         | string",
      "revision   | \"2\"        | int",
      "revision   | 2.0          | int",
      "revision   | 3000000000   | int",
      "urgent     | \"true\"     | boolean",
      "urgent     | 1            | boolean",
      "content    | \"ZERO\"     | object",
      "content    | [1]          | object"})
  @DisplayName("each field of another JSON type is refused as the wrong type, naming the field and the type")
  void wrongTypes(String field, String value, String type) {
    com.fasterxml.jackson.databind.node.ObjectNode json = Json.read(OK,
        com.fasterxml.jackson.databind.node.ObjectNode.class);
    json.set(field, Json.read(value, com.fasterxml.jackson.databind.JsonNode.class));
    org.communityprevention.core.validation.ValidationException e = org.assertj.core.api.Assertions
        .catchThrowableOfType(org.communityprevention.core.validation.ValidationException.class,
            () -> ReportLines.parseLine(json.toString()));
    assertThat(e).as("refused").isNotNull();
    assertThat(e.violations()).extracting(v -> tuple(v.field(), v.code(), v.params().get("type")))
        .contains(tuple(field, ReportLines.WRONG_TYPE, type));
  }

  @Test
  @DisplayName("a revision and the urgent flag are read when they have the right type")
  void revisionAndUrgent() {
    String figures = line("\"440983102001\"", "\"2021-02-01\"", "\"2021-02-01T07:30:00Z\"", FIGURES);
    DailyReport r = ReportLines.parseLine(figures.substring(0, figures.length() - 1)
        + ",\"revision\":2,\"urgent\":true}");
    assertThat(r.revision()).isEqualTo(2);
    assertThat(r.urgent()).isTrue();
    assertThat(ReportLines.parseLine(OK.replace("}}", "},\"urgent\":false}")).urgent()).isFalse();
  }
}
