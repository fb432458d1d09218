package org.communityprevention.flink.lines;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.SimpleStreamFormat;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.core.fs.FSDataInputStream;

/**
 * Reads a UTF-8 JSON Lines file for a Flink {@code FileSource} as {@link NumberedLine}s (按行读取): blank lines are
 * skipped but counted, so line numbers match an editor's; a byte order mark and {@code \r\n} are accepted, as
 * {@code ReportLines} accepts them. A file is read whole by one reader (not split), which keeps the numbering; after
 * a restore, Flink skips the lines already emitted, so the numbers stay the same.
 */
public final class NumberedLineFormat extends SimpleStreamFormat<NumberedLine> {
  private static final long serialVersionUID = 1L;

  private final String source;

  private NumberedLineFormat(String source) {
    this.source = source;
  }

  /** A format whose lines name their source, such as the input directory or file name. */
  public static NumberedLineFormat named(String source) {
    return new NumberedLineFormat(source);
  }

  @Override
  public StreamFormat.Reader<NumberedLine> createReader(Configuration config, FSDataInputStream stream) {
    BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
    return new Reader(source, in);
  }

  @Override
  public TypeInformation<NumberedLine> getProducedType() {
    return TypeInformation.of(NumberedLine.class);
  }

  private static final class Reader implements StreamFormat.Reader<NumberedLine> {
    private final String source;
    private final BufferedReader in;
    private long number;

    Reader(String source, BufferedReader in) {
      this.source = source;
      this.in = in;
    }

    @Override
    public NumberedLine read() throws IOException {
      String text;
      while ((text = in.readLine()) != null) {
        number++;
        if (number == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
          text = text.substring(1);
        }
        if (!blank(text)) {
          return NumberedLine.of(source, number, text);
        }
      }
      return null;
    }

    // Only spaces and tabs make a line blank, as for ReportLines.
    private static boolean blank(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c != ' ' && c != '\t') {
          return false;
        }
      }
      return true;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
