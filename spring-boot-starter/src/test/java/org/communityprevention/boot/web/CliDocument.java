package org.communityprevention.boot.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The outputs that {@code docs/cli.md} shows for its commands (the examples module's test runs each one and checks
 * them), so that the endpoints are checked against the very answers of the JSON command line.
 */
final class CliDocument {
  private final List<String> lines;

  private CliDocument(List<String> lines) {
    this.lines = lines;
  }

  static CliDocument read() {
    try {
      return new CliDocument(Files.readAllLines(Path.of("../docs/cli.md"), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The output lines shown after the first {@code $} line that starts with the command, up to the next one. */
  List<String> output(String command) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("$ " + command)) {
        List<String> out = new ArrayList<>();
        for (int j = i + 1; j < lines.size() && !lines.get(j).startsWith("$ ") && !lines.get(j).startsWith("```");
            j++) {
          out.add(lines.get(j));
        }
        return out;
      }
    }
    throw new AssertionError("docs/cli.md shows no command " + command);
  }
}
