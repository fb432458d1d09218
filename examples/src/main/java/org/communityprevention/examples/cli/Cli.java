package org.communityprevention.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;

/** Shared plumbing of the subcommands: reading input and writing errors as JSON. */
final class Cli {
  private Cli() {}

  /** Reads a file, or standard input for {@code -}. */
  static String read(String file, InputStream stdin) {
    try {
      return "-".equals(file) ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8)
          : Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw ValidationException.of("file", "cli.cli.unreadable", "file", file);
    }
  }

  /** Writes the violations of a validation failure to standard error as JSON and returns the bad-input code. */
  static int badInput(ValidationException e, PrintWriter err, Locale locale) {
    ObjectNode root = Json.mapper().createObjectNode();
    ArrayNode list = root.putArray("violations");
    for (Violation v : e.violations()) {
      ObjectNode node = list.addObject();
      node.put("field", v.field()).put("code", v.code()).put("message", v.message(locale));
      if (!v.params().isEmpty()) {
        ObjectNode params = node.putObject("params");
        v.params().forEach(params::put);
      }
    }
    err.println(root);
    return CommunityPrevention.BAD_INPUT;
  }

  /** A one-violation error document, for argument errors caught before any rule ran. */
  static String errorJson(String field, String code, String message) {
    ObjectNode root = Json.mapper().createObjectNode();
    root.putArray("violations").addObject().put("field", field).put("code", code).put("message", message);
    return root.toString();
  }

  /** Writes a value as indented JSON. */
  static void printJson(PrintWriter out, Object value) {
    try {
      out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
