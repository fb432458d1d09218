package org.communityprevention.boot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.Rejected;
import org.communityprevention.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Reading a JSON Lines body: nothing dropped, every rejection at its own line, blank lines not records. */
class LineBatchProperties {
  private static final String[] KINDS = {
      "{\"start\":\"2021-02-01\",\"endExclusive\":\"2021-02-03\"}",   // valid
      "   ",                                                            // blank
      "{\"start\":\"2021-02-01\"",                                      // malformed
      "{\"start\":\"2021-02-01\",\"endExclusive\":\"2021-02-03\",\"x\":1}"};   // unknown field

  @Test
  @DisplayName("accepted + rejected = read, accepted lines are the valid ones, rejected lines the bad ones, in order")
  void everyLineAccountedFor() {
    qt().forAll(lists().of(integers().between(0, 3)).ofSizeBetween(0, 40)).check(kinds -> {
      StringBuilder body = new StringBuilder();
      List<Long> valid = new ArrayList<>();
      List<Long> bad = new ArrayList<>();
      for (int i = 0; i < kinds.size(); i++) {
        body.append(KINDS[kinds.get(i)]).append(i % 3 == 0 ? "\r\n" : "\n");
        long line = i + 1;
        if (kinds.get(i) == 0) {
          valid.add(line);
        } else if (kinds.get(i) >= 2) {
          bad.add(line);
        }
      }
      LineBatch<DateWindow> batch = LineBatch.read(new ByteArrayInputStream(body.toString()
          .getBytes(StandardCharsets.UTF_8)), DateWindow.class, "body");
      return batch.read() == valid.size() + bad.size()
          && batch.accepted().stream().map(LineBatch.Numbered::line).toList().equals(valid)
          && batch.rejected().stream().map(Rejected::position).toList().equals(bad)
          && batch.rejected().stream().allMatch(r -> !r.violations().isEmpty())
          && batch.values().stream().allMatch(w -> w.equals(DateWindow.of(java.time.LocalDate.of(2021, 2, 1),
              java.time.LocalDate.of(2021, 2, 3))));
    });
  }

  @Test
  @DisplayName("a later check's refusals land on the lines of the refused records, without the index prefix")
  void checkedRefusalsByLine() {
    String body = KINDS[1] + "\n" + KINDS[0] + "\n" + KINDS[2] + "\n" + KINDS[0] + "\n" + KINDS[0] + "\n";
    LineBatch<DateWindow> batch = LineBatch.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
        DateWindow.class, "body");
    batch.rejectChecked(List.of(Rejected.of(1, List.of(Violation.of("[1].start", "core.json.invalid_value")))));
    assertThat(batch.accepted()).extracting(LineBatch.Numbered::line).containsExactly(2L, 5L);
    assertThat(batch.rejected()).extracting(Rejected::position).containsExactly(3L, 4L);
    assertThat(batch.rejected().get(1).violations()).extracting(Violation::field).containsExactly("start");
    assertThat(batch.read()).isEqualTo(4);
  }

  @Test
  @DisplayName("a line that is not UTF-8 is rejected with its number; the lines around it are read")
  void notUtf8() {
    byte[] valid = KINDS[0].getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    body.writeBytes(valid);
    body.writeBytes(new byte[] {'\n', (byte) 0xC3, (byte) 0x28, '\r', '\n'});
    body.writeBytes(valid);
    LineBatch<DateWindow> batch = LineBatch.read(new ByteArrayInputStream(body.toByteArray()), DateWindow.class,
        "body");
    assertThat(batch.read()).isEqualTo(3);
    assertThat(batch.accepted()).extracting(LineBatch.Numbered::line).containsExactly(1L, 3L);
    assertThat(batch.rejected()).extracting(Rejected::position).containsExactly(2L);
    assertThat(batch.rejected().get(0).violations()).extracting(Violation::code).containsExactly("boot.web.not_utf8");
  }
}
