package org.communityprevention.reporting.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.function.Consumer;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.validation.BatchResult;
import org.communityprevention.core.validation.Rejected;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.report.ReportContent;
import org.communityprevention.reporting.report.ReportFigures;
import org.communityprevention.reporting.report.ReportLedger;
import org.communityprevention.reporting.report.SubmissionOutcome;
import org.communityprevention.reporting.report.ZeroReport;

/**
 * Reads daily reports from JSON Lines (日报告批量导入), one report object per line, as a stream with Jackson's
 * streaming parser: memory stays bounded by the longest line, whatever the input size.
 *
 * <p>Each line is read on its own, so a malformed line never hides the next one. A bad line is rejected with its
 * 1-based line number and violations naming the field ({@code unit}, {@code content.newConfirmed}, …) and a stable
 * code; a violation never repeats the value it rejected. Empty lines are not records and are skipped; a UTF-8 byte
 * order mark is ignored; {@code \r\n} line ends are accepted. The line format is the JSON form of
 * {@link DailyReport} (see {@code docs/reporting.md}); instants need an explicit offset.
 */
public final class ReportLines {
  /** Violation code: not JSON, or not a single object. */
  public static final String MALFORMED = "core.json.malformed";
  /** Violation code: a field the report does not have. */
  public static final String UNKNOWN_FIELD = "core.json.unknown_field";
  /** Violation code: a value of the wrong JSON type (a number as a string, a float for a count, null, …). */
  public static final String WRONG_TYPE = "core.json.wrong_type";
  /** Violation code: a required field is absent. */
  public static final String MISSING_FIELD = "core.json.missing_field";
  /** Violation code: a value of the right JSON type that cannot be read (a date that does not exist, …). */
  public static final String INVALID_VALUE = "core.json.invalid_value";
  /** Violation code: a field given twice. */
  public static final String DUPLICATE_FIELD = "reporting.json.duplicate_field";
  /** Violation code: a date-time without an offset. */
  public static final String NO_OFFSET = "reporting.json.instant_without_offset";
  /** Violation code: a content type other than ZERO or FIGURES. */
  public static final String UNKNOWN_CONTENT_TYPE = "reporting.json.unknown_content_type";
  /** Violation code: a zero report that also carries counts. */
  public static final String ZERO_WITH_COUNTS = "reporting.json.zero_with_counts";
  /** Violation code: a line longer than {@link #MAX_LINE_BYTES}. */
  public static final String LINE_TOO_LONG = "reporting.json.line_too_long";

  /** The longest line read, in bytes. */
  public static final int MAX_LINE_BYTES = 1 << 20;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final List<String> COUNT_FIELDS = ReportFigures.FIELDS;
  private static final List<String> OPTIONAL_FIELDS = ReportFigures.OPTIONAL_FIELDS;

  private ReportLines() {}

  /** Reads every line; accepted reports in input order, rejected lines by line number. */
  public static BatchResult<DailyReport> read(InputStream in) {
    ImmutableList.Builder<DailyReport> ok = ImmutableList.builder();
    ImmutableList.Builder<Rejected> bad = ImmutableList.builder();
    long lines = forEach(in, ok::add, bad::add);
    return BatchResult.of(lines, ok.build(), bad.build());
  }

  /** Reads every line of UTF-8 bytes. */
  public static BatchResult<DailyReport> read(byte[] utf8) {
    return read(new ByteArrayInputStream(utf8));
  }

  /** Reads every line of a text. */
  public static BatchResult<DailyReport> read(String text) {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Streams every line to one of two consumers without keeping them: the fast path for large inputs.
   *
   * @return the number of records (non-empty lines) read; accepted + rejected always equals it
   * @throws UncheckedIOException if the stream fails
   */
  public static long forEach(InputStream in, Consumer<DailyReport> accepted, Consumer<Rejected> rejected) {
    LineReader lines = new LineReader(in);
    long records = 0;
    try {
      while (lines.next()) {
        if (lines.blank()) {
          continue;
        }
        records++;
        if (lines.tooLong()) {
          rejected.accept(Rejected.of(lines.number(), List.of(Violation.of("", LINE_TOO_LONG,
              "max", MAX_LINE_BYTES))));
          continue;
        }
        try {
          accepted.accept(parse(lines.buffer(), lines.start(), lines.length()));
        } catch (ValidationException e) {
          rejected.accept(Rejected.of(lines.number(), e.violations()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  /**
   * Reads every line into a ledger: lines that do not parse and reports the ledger refuses (unknown or retired unit,
   * too late) are rejected by line number; the accepted list holds every report kept.
   */
  public static Ingest ingest(InputStream in, ReportLedger ledger) {
    ImmutableList.Builder<DailyReport> ok = ImmutableList.builder();
    ImmutableList.Builder<Rejected> bad = ImmutableList.builder();
    EnumMap<SubmissionOutcome, Long> outcomes = new EnumMap<>(SubmissionOutcome.class);
    LineReader lines = new LineReader(in);
    long records = 0;
    try {
      while (lines.next()) {
        if (lines.blank()) {
          continue;
        }
        records++;
        if (lines.tooLong()) {
          bad.add(Rejected.of(lines.number(), List.of(Violation.of("", LINE_TOO_LONG, "max", MAX_LINE_BYTES))));
          continue;
        }
        try {
          DailyReport r = parse(lines.buffer(), lines.start(), lines.length());
          outcomes.merge(ledger.submit(r), 1L, Long::sum);
          ok.add(r);
        } catch (ValidationException e) {
          bad.add(Rejected.of(lines.number(), e.violations()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Ingest.of(BatchResult.of(records, ok.build(), bad.build()), outcomes);
  }

  /**
   * Parses one line (a JSON object) into a report.
   *
   * @throws ValidationException listing every problem found, each at its field
   */
  public static DailyReport parseLine(String line) {
    byte[] b = line.getBytes(StandardCharsets.UTF_8);
    return parse(b, 0, b.length);
  }

  static DailyReport parse(byte[] buf, int off, int len) {
    List<Violation> problems = new ArrayList<>(0);
    DailyReport.Builder b = new DailyReport.Builder();
    ReportContent content = null;
    boolean hasUnit = false;
    boolean hasDay = false;
    boolean hasFiler = false;
    boolean hasFiled = false;
    boolean hasContent = false;
    try (JsonParser p = FACTORY.createParser(buf, off, len)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw ValidationException.of("", MALFORMED);
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        switch (name) {
          case "unit":
            hasUnit = true;
            if (v != JsonToken.VALUE_STRING) {
              problems.add(wrongType("unit", "string"));
            } else {
              try {
                b.unit(DivisionCode.parse(p.getText(), "unit"));
              } catch (ValidationException e) {
                problems.addAll(e.violations());
              }
            }
            break;
          case "day":
            hasDay = true;
            if (v != JsonToken.VALUE_STRING) {
              problems.add(wrongType("day", "string"));
            } else {
              LocalDate d = IsoTime.date(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
              if (d == null) {
                problems.add(Violation.of("day", INVALID_VALUE, "type", "LocalDate"));
              } else {
                b.day(d);
              }
            }
            break;
          case "filerId":
            hasFiler = true;
            if (v != JsonToken.VALUE_STRING) {
              problems.add(wrongType("filerId", "string"));
            } else {
              b.filerId(p.getText());
            }
            break;
          case "filedAt":
            hasFiled = true;
            if (v != JsonToken.VALUE_STRING) {
              problems.add(wrongType("filedAt", "string"));
            } else {
              Instant at = IsoTime.instant(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
              if (at == IsoTime.NO_OFFSET) {
                problems.add(Violation.of("filedAt", NO_OFFSET));
              } else if (at == null) {
                problems.add(Violation.of("filedAt", INVALID_VALUE, "type", "Instant"));
              } else {
                b.filedAt(at);
              }
            }
            break;
          case "revision":
            if (v != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
              problems.add(wrongType("revision", "int"));
            } else {
              b.revision(p.getIntValue());
            }
            break;
          case "urgent":
            if (v != JsonToken.VALUE_TRUE && v != JsonToken.VALUE_FALSE) {
              problems.add(wrongType("urgent", "boolean"));
            } else {
              b.urgent(v == JsonToken.VALUE_TRUE);
            }
            break;
          case "content":
            hasContent = true;
            if (v != JsonToken.START_OBJECT) {
              problems.add(wrongType("content", "object"));
              p.skipChildren();
            } else {
              content = content(p, problems);
            }
            break;
          default:
            problems.add(Violation.of(name, UNKNOWN_FIELD));
            p.skipChildren();
            break;
        }
      }
      if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
        throw ValidationException.of("", MALFORMED);
      }
    } catch (JsonProcessingException e) {
      // Jackson's message may quote the input, so only the kind of failure and its column are kept.
      boolean duplicate = e.getMessage() != null && e.getMessage().startsWith("Duplicate field");
      problems.add(duplicate ? Violation.of("", DUPLICATE_FIELD) : Violation.of("", MALFORMED,
          "column", e.getLocation() == null ? "-" : e.getLocation().getColumnNr()));
      throw new ValidationException(problems);
    } catch (java.io.CharConversionException e) {
      // Jackson guesses UTF-16 or UTF-32 from the first bytes; a line is UTF-8 text, so the guess failing means the
      // line is not JSON: rejected as malformed, never an error that ends the batch.
      problems.add(Violation.of("", MALFORMED, "column", "-"));
      throw new ValidationException(problems);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!hasUnit) {
      problems.add(Violation.of("unit", MISSING_FIELD));
    }
    if (!hasDay) {
      problems.add(Violation.of("day", MISSING_FIELD));
    }
    if (!hasFiler) {
      problems.add(Violation.of("filerId", MISSING_FIELD));
    }
    if (!hasFiled) {
      problems.add(Violation.of("filedAt", MISSING_FIELD));
    }
    if (!hasContent) {
      problems.add(Violation.of("content", MISSING_FIELD));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return b.content(content).build();
  }

  private static ReportContent content(JsonParser p, List<Violation> problems) throws IOException {
    String type = null;
    int[] counts = new int[COUNT_FIELDS.size()];
    boolean[] seen = new boolean[counts.length];
    int[] optional = new int[OPTIONAL_FIELDS.size()];
    java.util.Arrays.fill(optional, ReportFigures.NOT_COLLECTED);
    int countsSeen = 0;
    int before = problems.size();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      if ("type".equals(name)) {
        if (v != JsonToken.VALUE_STRING) {
          problems.add(wrongType("content.type", "string"));
        } else {
          type = p.getText();
        }
        continue;
      }
      int i = COUNT_FIELDS.indexOf(name);
      int o = i < 0 ? OPTIONAL_FIELDS.indexOf(name) : -1;
      if (i < 0 && o < 0) {
        problems.add(Violation.of("content." + name, UNKNOWN_FIELD));
        p.skipChildren();
      } else if (o >= 0 && v == JsonToken.VALUE_NULL) {
        // An optional group written as null was not collected, as if absent.
        continue;
      } else if (v != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
        problems.add(wrongType("content." + name, "int"));
        // Present with the wrong type: one violation for one cause, never also "missing".
        if (i >= 0) {
          seen[i] = true;
        }
        p.skipChildren();
      } else if (i >= 0) {
        counts[i] = p.getIntValue();
        seen[i] = true;
        countsSeen++;
      } else {
        // A negative optional count is kept as given so that the figures' own check names the field.
        optional[o] = p.getIntValue() == ReportFigures.NOT_COLLECTED ? Integer.MIN_VALUE : p.getIntValue();
        countsSeen++;
      }
    }
    if (type == null) {
      if (problems.size() == before) {
        problems.add(Violation.of("content.type", MISSING_FIELD));
      }
      return null;
    }
    switch (type) {
      case "ZERO":
        if (countsSeen > 0) {
          problems.add(Violation.of("content", ZERO_WITH_COUNTS));
        }
        return ZeroReport.of();
      case "FIGURES":
        for (int i = 0; i < seen.length; i++) {
          if (!seen[i]) {
            problems.add(Violation.of("content." + COUNT_FIELDS.get(i), MISSING_FIELD));
          }
        }
        if (problems.size() > before) {
          return null;
        }
        try {
          return ReportFigures.ofCounts(counts, optional);
        } catch (ValidationException e) {
          problems.addAll(e.under("content").violations());
          return null;
        }
      default:
        problems.add(Violation.of("content.type", UNKNOWN_CONTENT_TYPE));
        return null;
    }
  }

  private static Violation wrongType(String field, String expected) {
    return Violation.of(field, WRONG_TYPE, "type", expected);
  }

  /** Splits a byte stream into lines, keeping at most one line (bounded) in memory. */
  private static final class LineReader {
    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    private int filled;
    private int pos;
    private int start;
    private int end;
    private long number;
    private boolean eof;
    private boolean tooLong;

    LineReader(InputStream in) {
      this.in = in;
    }

    /** Advances to the next line; false at the end of input. */
    boolean next() throws IOException {
      tooLong = false;
      while (true) {
        int nl = indexOf(buf, pos, filled);
        if (nl >= 0) {
          setLine(pos, nl);
          pos = nl + 1;
          return true;
        }
        if (eof) {
          if (pos < filled) {
            setLine(pos, filled);
            pos = filled;
            return true;
          }
          return false;
        }
        if (filled - pos >= MAX_LINE_BYTES) {
          // Skip the rest of an over-long line.
          tooLong = true;
          number++;
          pos = filled;
          skipToNewline();
          start = end = 0;
          return true;
        }
        compactAndFill();
      }
    }

    private void setLine(int from, int to) {
      number++;
      int e = to;
      if (e > from && buf[e - 1] == '\r') {
        e--;
      }
      int s = from;
      if (number == 1 && e - s >= 3 && buf[s] == (byte) 0xEF && buf[s + 1] == (byte) 0xBB
          && buf[s + 2] == (byte) 0xBF) {
        s += 3;
      }
      start = s;
      end = e;
    }

    private void compactAndFill() throws IOException {
      if (pos > 0) {
        System.arraycopy(buf, pos, buf, 0, filled - pos);
        filled -= pos;
        pos = 0;
      }
      if (filled == buf.length) {
        buf = Arrays.copyOf(buf, Math.min(buf.length * 2, MAX_LINE_BYTES + 1));
      }
      int n = in.read(buf, filled, buf.length - filled);
      if (n < 0) {
        eof = true;
      } else {
        filled += n;
      }
    }

    private void skipToNewline() throws IOException {
      while (true) {
        filled = 0;
        pos = 0;
        int n = in.read(buf, 0, buf.length);
        if (n < 0) {
          eof = true;
          return;
        }
        filled = n;
        int nl = indexOf(buf, 0, filled);
        if (nl >= 0) {
          pos = nl + 1;
          return;
        }
      }
    }

    private static int indexOf(byte[] b, int from, int to) {
      for (int i = from; i < to; i++) {
        if (b[i] == '\n') {
          return i;
        }
      }
      return -1;
    }

    boolean blank() {
      if (tooLong) {
        return false;
      }
      for (int i = start; i < end; i++) {
        byte c = buf[i];
        if (c != ' ' && c != '\t') {
          return false;
        }
      }
      return true;
    }

    boolean tooLong() {
      return tooLong;
    }

    byte[] buffer() {
      return buf;
    }

    int start() {
      return start;
    }

    int length() {
      return end - start;
    }

    long number() {
      return number;
    }
  }
}
