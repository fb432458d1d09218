package org.communityprevention.examples.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of the report in full, worst first: the page shows its head and says how much it left out, and the whole
 * list is written beside the page as CSV and JSON Lines, so nothing the page cuts is lost to the reader.
 *
 * <p>The CSV starts with a UTF-8 byte order mark: without it Excel in a Chinese locale reads UTF-8 as GBK and shows
 * the names garbled. Numbers stay numbers in JSON Lines.
 */
final class FullList {
  /** A column: a stable key (JSON field, CSV header is the caption) and its caption in the page's language. */
  record Column(String key, String caption) {}

  private static final CsvMapper CSV = new CsvMapper();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final String name;
  private final List<Column> columns;
  private final List<List<Object>> rows;

  /**
   * A list.
   *
   * @param name the file-name part of the list, such as {@code concealment-signals}
   * @param columns the columns
   * @param rows the rows, already ranked worst first; each as long as {@code columns}
   */
  FullList(String name, List<Column> columns, List<List<Object>> rows) {
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException("list " + name + ": a row of " + row.size() + " cells for "
            + columns.size() + " columns");
      }
    }
    this.name = name;
    this.columns = List.copyOf(columns);
    this.rows = List.copyOf(rows);
  }

  String name() {
    return name;
  }

  List<Column> columns() {
    return columns;
  }

  List<List<Object>> rows() {
    return rows;
  }

  int size() {
    return rows.size();
  }

  /** The list as CSV, UTF-8 with a byte order mark, the captions as the header line. */
  byte[] csv() {
    List<String[]> lines = new ArrayList<>(rows.size() + 1);
    lines.add(columns.stream().map(Column::caption).toArray(String[]::new));
    for (List<Object> row : rows) {
      lines.add(row.stream().map(FullList::plain).toArray(String[]::new));
    }
    try {
      byte[] body = CSV.writer(CsvSchema.emptySchema().withLineSeparator("\r\n")).writeValueAsBytes(lines);
      byte[] out = new byte[BOM.length + body.length];
      System.arraycopy(BOM, 0, out, 0, BOM.length);
      System.arraycopy(body, 0, out, BOM.length, body.length);
      return out;
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The list as JSON Lines: one object per row, keyed by the columns' keys. */
  byte[] jsonLines() {
    StringBuilder out = new StringBuilder();
    for (List<Object> row : rows) {
      Map<String, Object> object = new LinkedHashMap<>();
      for (int c = 0; c < columns.size(); c++) {
        Object value = row.get(c);
        object.put(columns.get(c).key(), value instanceof Number ? value : plain(value));
      }
      try {
        out.append(JSON.writeValueAsString(object)).append('\n');
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A cell as plain text, without the page's markup. */
  static String plain(Object cell) {
    if (cell instanceof HtmlReport.Code code) {
      return code.text();
    }
    if (cell instanceof HtmlReport.Right right) {
      return right.text();
    }
    return String.valueOf(cell);
  }
}
