package org.communityprevention.reporting.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Fuzz.assertAccounted;
import static org.communityprevention.core.testing.Fuzz.jsonMutationsOf;
import static org.communityprevention.core.testing.Fuzz.randomBytes;
import static org.communityprevention.core.testing.Fuzz.randomStrings;
import static org.communityprevention.core.testing.Fuzz.valueOrRejection;
import static org.communityprevention.core.testing.Fuzz.withinTimeLimit;
import static org.communityprevention.core.testing.Theories.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.validation.BatchResult;
import org.communityprevention.reporting.json.Ingest;
import org.communityprevention.reporting.json.ReportLines;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.report.ReportLedger;
import org.communityprevention.reporting.testing.ReportingGenerators;
import org.communityprevention.reporting.testing.ReportingGenerators.Scenario;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Fuzzing of the daily-report JSON Lines reader (日报告批量导入): every non-blank line is either a report or a rejected
 * line with typed violations, whatever the bytes; nothing escapes as another exception and nothing hangs.
 */
@DisplayName("Fuzzing the daily-report JSON Lines reader")
class ReportLinesFuzzProperties {
  private static final Gen<String> VALID_LINES = ReportingGenerators.reports().map(Json::write);
  private static final Gen<String> LINES = jsonMutationsOf(VALID_LINES).mix(randomStrings(60), 20)
      .mix(VALID_LINES, 10);

  @Test
  @DisplayName("one line: a mutated or random report line parses or is rejected with a field and a code")
  void oneLine() {
    withinTimeLimit(() -> qt().forAll(LINES).checkAssert(line -> {
      DailyReport r = valueOrRejection(line, ReportLines::parseLine);
      if (r != null) {
        assertThat(ReportLines.parseLine(Json.write(r))).isEqualTo(r);
      }
    }));
  }

  @Test
  @DisplayName("ingest: every non-blank line of a mutated batch is accepted or rejected by line number")
  void ingest() {
    Gen<String> batches = lists().of(LINES).ofSizeBetween(0, 8).map(l -> String.join("\n", l));
    withinTimeLimit(() -> qt().forAll(ReportingGenerators.scenarios(), batches).checkAssert((s, text) -> {
      Ingest in = ReportLines.ingest(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), ledger(s));
      assertAccounted(in.batch(), records(text.getBytes(StandardCharsets.UTF_8)), text);
      BatchResult<DailyReport> read = ReportLines.read(text);
      assertAccounted(read, records(text.getBytes(StandardCharsets.UTF_8)), text);
    }));
  }

  @Test
  @DisplayName("ingest: random bytes, malformed UTF-8 included, are accepted or rejected line by line")
  void randomByteBatches() {
    withinTimeLimit(() -> qt().forAll(randomBytes(300)).checkAssert(bytes -> {
      String shown = new String(bytes, StandardCharsets.ISO_8859_1);
      BatchResult<DailyReport> read = ReportLines.read(bytes);
      assertAccounted(read, records(bytes), shown);
    }));
  }

  @Test
  @DisplayName("lines of JSON that are not report objects are rejected as malformed or wrong type")
  void fixedExamples() {
    for (String line : List.of("null", "[]", "1", "\"x\"", "{", "{}}", "{\"content\":{\"type\":null}}",
        "{\"content\":[]}", "{\"unit\":\"４４０９８３１０２００１\"}", "{\"day\":\"\ud800\"}")) {
      assertThat(valueOrRejection(line, ReportLines::parseLine)).as(line).isNull();
    }
  }

  private static ReportLedger ledger(Scenario s) {
    return ReportLedger.of(s.rules(), s.registry());
  }

  /** Non-blank lines as the reader counts them: split on LF, a trailing CR and a leading BOM ignored. */
  private static long records(byte[] bytes) {
    long count = 0;
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        if (i == bytes.length && start == i) {
          break;
        }
        int s = start;
        int e = i;
        if (e > s && bytes[e - 1] == '\r') {
          e--;
        }
        if (start == 0 && e - s >= 3 && bytes[s] == (byte) 0xEF && bytes[s + 1] == (byte) 0xBB
            && bytes[s + 2] == (byte) 0xBF) {
          s += 3;
        }
        boolean blank = true;
        for (int k = s; k < e; k++) {
          if (bytes[k] != ' ' && bytes[k] != '\t') {
            blank = false;
          }
        }
        count += blank ? 0 : 1;
        start = i + 1;
      }
    }
    return count;
  }
}
