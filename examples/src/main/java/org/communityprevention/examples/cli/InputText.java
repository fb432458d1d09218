package org.communityprevention.examples.cli;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import org.communityprevention.core.validation.Rejected;
import org.communityprevention.core.validation.Violation;

/**
 * The text of an input file decoded line by line in a named charset (UTF-8 by default; GBK and GB18030 for vendors'
 * exports), never guessed. A line whose bytes are not valid in the charset (or hold a NUL, as UTF-16 text read as
 * one of these does) is not dropped: it is rejected with its one-based number and the charset that was expected,
 * and the other lines are read as usual. A byte order mark at the start is skipped, whatever the command.
 */
final class InputText {
  /** Violation code: a line whose bytes are not valid in the charset. */
  static final String BAD_ENCODING = "cli.cli.bad_encoding";

  private final String text;
  private final List<Rejected> rejected;

  private InputText(String text, List<Rejected> rejected) {
    this.text = text;
    this.rejected = List.copyOf(rejected);
  }

  /** Decodes bytes; lines end with {@code \n}, {@code \r\n} or {@code \r}, as {@link String#lines()} ends them. */
  static InputText decode(byte[] bytes, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    StringBuilder out = new StringBuilder(bytes.length);
    List<Rejected> bad = new ArrayList<>();
    int start = 0;
    long number = 0;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
        end++;
      }
      number++;
      String line = decodeLine(decoder, bytes, start, end);
      if (line == null) {
        bad.add(Rejected.of(number, List.of(Violation.of("line", BAD_ENCODING, "charset", charset.name()))));
        line = "";
      } else if (number == 1 && line.startsWith("\ufeff")) {
        line = line.substring(1);
      }
      out.append(line).append('\n');
      // A line ends as String.lines() ends one: at \n, \r\n or a lone \r.
      start = end + (end + 1 < bytes.length && bytes[end] == '\r' && bytes[end + 1] == '\n' ? 2 : 1);
    }
    return new InputText(out.toString(), bad);
  }

  /** A line's text, or null if its bytes are not valid in the charset or hold a NUL. */
  private static String decodeLine(CharsetDecoder decoder, byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == 0) {
        return null;
      }
    }
    try {
      return decoder.reset().decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** The decoded text; a rejected line stays as an empty line, so line numbers hold. */
  String text() {
    return text;
  }

  /** The lines that could not be decoded, by number. */
  List<Rejected> rejected() {
    return rejected;
  }
}
