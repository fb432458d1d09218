package org.communityprevention.boot.web;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.communityprevention.core.validation.Violation;

/**
 * The lines of a body, read one at a time: each is decoded as UTF-8 on its own, so a line that is not UTF-8 is
 * rejected with its number while the others are read; {@code \n} or {@code \r\n} ends a line; blank lines are handed
 * on as blank, the caller skips them.
 */
final class BodyLines {
  /** Receives a line that decoded, with its one-based number. */
  interface Line {
    void accept(long number, String text);
  }

  /** Receives a line that did not, with its one-based number and why. */
  interface Refused {
    void accept(long number, List<Violation> violations);
  }

  private BodyLines() {}

  static void forEach(InputStream body, Line line, Refused refused) {
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteArrayOutputStream current = new ByteArrayOutputStream(256);
    long number = 0;
    try (InputStream in = new BufferedInputStream(body, 1 << 16)) {
      int b;
      boolean pending = false;
      while ((b = in.read()) != -1) {
        pending = true;
        if (b == '\n') {
          emit(++number, current, utf8, line, refused);
          pending = false;
        } else {
          current.write(b);
        }
      }
      if (pending) {
        emit(++number, current, utf8, line, refused);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void emit(long number, ByteArrayOutputStream current, CharsetDecoder utf8, Line line,
      Refused refused) {
    byte[] bytes = current.toByteArray();
    current.reset();
    int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
    String text;
    try {
      text = utf8.reset().decode(ByteBuffer.wrap(bytes, 0, length)).toString();
    } catch (CharacterCodingException e) {
      refused.accept(number, List.of(Violation.of("", "boot.web.not_utf8")));
      return;
    }
    line.accept(number, text);
  }
}
