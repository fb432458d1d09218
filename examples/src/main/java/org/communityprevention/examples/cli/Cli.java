package org.communityprevention.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.Rejected;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;

/** Shared plumbing of the subcommands: reading input, choosing the policy, writing errors and rejected lines. */
final class Cli {
  /** Standard input; tests replace it. */
  static InputStream stdin = System.in;

  /** The charsets an input file may be in: UTF-8 (the default) and the national GBK and GB 18030. */
  static final List<String> CHARSETS = List.of("UTF-8", "GBK", "GB18030");

  /**
   * The charset of the running command's input files, from the root command's {@code --charset}; per thread, so
   * that commands run side by side (in tests) never read each other's choice.
   */
  private static final ThreadLocal<Charset> CHARSET = ThreadLocal.withInitial(() -> StandardCharsets.UTF_8);

  private Cli() {}

  /**
   * Chooses the charset of input files by name (case-insensitive).
   *
   * @throws ValidationException {@code cli.cli.bad_choice} naming the charsets allowed
   */
  static void useCharset(String name) {
    String upper = name == null ? "UTF-8" : name.toUpperCase(Locale.ROOT);
    if (!CHARSETS.contains(upper)) {
      throw ValidationException.of("--charset", "cli.cli.bad_choice", "allowed", String.join(", ", CHARSETS));
    }
    CHARSET.set(Charset.forName(upper));
  }

  /** The charset of input files. */
  static Charset charset() {
    return CHARSET.get();
  }

  /** The bytes of a file, or of standard input for {@code -}. */
  private static byte[] bytes(String file) {
    try {
      return "-".equals(file) ? stdin.readAllBytes() : Files.readAllBytes(Path.of(file));
    } catch (IOException e) {
      throw ValidationException.of("file", "cli.cli.unreadable", "file", file);
    }
  }

  /** Decodes a file, or standard input for {@code -}, line by line in the input charset. */
  static InputText lines(String file) {
    return InputText.decode(bytes(file), CHARSET.get());
  }

  /**
   * Reads a whole document (a policy, a channel plan), or standard input for {@code -}, in the input charset. A line
   * that is not valid in the charset is bad input naming the line and the charset.
   */
  static String read(String file) {
    InputText text = lines(file);
    List<Violation> problems = new ArrayList<>();
    for (Rejected r : text.rejected()) {
      r.violations().forEach(v -> problems.add(Violation.of("line " + r.position(), v.code(),
          "charset", v.params().get("charset"))));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return text.text();
  }

  /**
   * A named choice of an option.
   *
   * @throws ValidationException {@code cli.cli.bad_choice} naming the values allowed
   */
  static String choice(String option, String value, List<String> allowed) {
    if (!allowed.contains(value)) {
      throw ValidationException.of(option, "cli.cli.bad_choice", "allowed", String.join(", ", allowed));
    }
    return value;
  }

  /**
   * The policy of a run: a national baseline by id, a policy or provincial layer from a file, or (without the option)
   * the baseline in force on the date.
   */
  static Policy policy(String option, LocalDate date) {
    if (option == null) {
      return NationalBaselines.inForceOn(date);
    }
    if (NationalBaselines.IDS.contains(option)) {
      return NationalBaselines.byId(option);
    }
    if (!"-".equals(option) && !Files.isRegularFile(Path.of(option))) {
      // Neither a baseline nor a file: most often a mistyped id.
      throw ValidationException.of("--policy", "cli.cli.unknown_policy",
          "known", String.join(", ", NationalBaselines.IDS));
    }
    return PolicyCommand.load(read(option));
  }

  /** A required date option. */
  static LocalDate date(String option, String text) {
    if (text == null) {
      throw ValidationException.of(option, "cli.cli.missing_option");
    }
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw ValidationException.of(option, "cli.cli.bad_date");
    }
  }

  /**
   * The window of days from {@code first} until {@code endExclusive}, at most {@code maxDays} long.
   *
   * @throws ValidationException {@code cli.cli.missing_option} naming {@code --until} when there is no end,
   *     {@code cli.cli.empty_window} when it holds no day, {@code cli.cli.window_too_long} past {@code maxDays}
   */
  static DateWindow window(LocalDate first, LocalDate endExclusive, int maxDays) {
    if (endExclusive == null) {
      throw ValidationException.of("--until", "cli.cli.missing_option");
    }
    if (!endExclusive.isAfter(first)) {
      throw ValidationException.of("--until", "cli.cli.empty_window", "from", first, "until", endExclusive);
    }
    DateWindow window = DateWindow.of(first, endExclusive);
    if (window.days() > maxDays) {
      throw ValidationException.of("--until", "cli.cli.window_too_long", "max", maxDays);
    }
    return window;
  }

  /**
   * The output format of a command that writes JSON or text.
   *
   * @throws ValidationException {@code cli.cli.unknown_format} for any other
   */
  static String format(String format) {
    if (!"json".equals(format) && !"text".equals(format)) {
      throw ValidationException.of("--format", "cli.cli.unknown_format", "formats", "json, text");
    }
    return format;
  }

  /**
   * An instant option: an ISO date and time with an explicit offset ({@code 2021-02-01T08:00:00+08:00} or
   * {@code …Z}); the zone is never guessed.
   *
   * @throws ValidationException {@code cli.cli.bad_instant} naming the option
   */
  static java.time.Instant instant(String option, String text) {
    try {
      return java.time.OffsetDateTime.parse(text).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      throw ValidationException.of(option, "cli.cli.bad_instant");
    }
  }

  /**
   * A positive duration option in ISO form ({@code PT30M}).
   *
   * @throws ValidationException {@code cli.cli.bad_duration} naming the option
   */
  static java.time.Duration duration(String option, String text) {
    try {
      java.time.Duration d = java.time.Duration.parse(text);
      if (d.isNegative() || d.isZero()) {
        throw ValidationException.of(option, "cli.cli.bad_duration");
      }
      return d;
    } catch (java.time.format.DateTimeParseException e) {
      throw ValidationException.of(option, "cli.cli.bad_duration");
    }
  }

  /**
   * One JSON document of a type from a file, its violations named under the option ({@code order.announcedAt}).
   */
  static <T> T document(String option, String file, Class<T> type) {
    String text = read(file);
    try {
      return Json.read(text, type);
    } catch (ValidationException e) {
      throw new ValidationException(e.violations().stream().map(v -> v.under(option)).toList());
    }
  }

  /**
   * The records of a side file (a register, vehicles, orders) where one bad line is bad input for the whole run,
   * each violation named by the option and line ({@code orders:3}): a side file left half-read would change every
   * answer of the run without saying so.
   */
  static <T> List<T> sideFile(String option, String file, Class<T> type) {
    InputText text = lines(file);
    org.communityprevention.core.validation.BatchResult<T> records =
        org.communityprevention.services.json.ServicesJson.readLines(text.text(), type);
    List<Violation> problems = new ArrayList<>();
    List<Rejected> all = new ArrayList<>(text.rejected());
    all.addAll(records.rejected());
    all.sort(java.util.Comparator.comparingLong(Rejected::position));
    for (Rejected r : all) {
      r.violations().forEach(v -> problems.add(v.under(option + ":" + r.position())));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return records.accepted();
  }

  /**
   * The one-based line numbers of the records a JSON Lines reader accepted, in order: the non-blank lines that were
   * not rejected.
   */
  static List<Long> acceptedLines(String jsonLines, Collection<Rejected> rejected) {
    Set<Long> bad = rejected.stream().map(Rejected::position).collect(Collectors.toSet());
    List<Long> out = new ArrayList<>();
    long number = 0;
    for (String line : (Iterable<String>) jsonLines.lines()::iterator) {
      number++;
      if (!line.isBlank() && !bad.contains(number)) {
        out.add(number);
      }
    }
    return out;
  }

  /**
   * Violations of a record found after reading (a batch check that names the record by its index): the index prefix
   * ({@code [3].birthDate}) is dropped, since the line number says which record it was.
   */
  static List<Violation> withoutIndex(List<Violation> violations) {
    List<Violation> out = new ArrayList<>(violations.size());
    for (Violation v : violations) {
      String field = v.field().replaceFirst("^\\[\\d+]\\.?", "");
      Object[] params = v.params().entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(),
          e.getValue())).toArray();
      out.add(Violation.of(field, v.code(), params));
    }
    return out;
  }

  /** The violations as a JSON array, each with its field, code, message in the language and parameters. */
  static ArrayNode violations(List<Violation> violations, Locale locale) {
    ArrayNode list = Json.mapper().createArrayNode();
    for (Violation v : violations) {
      ObjectNode node = list.addObject();
      node.put("field", v.field()).put("code", v.code()).put("message", v.message(locale));
      if (!v.params().isEmpty()) {
        ObjectNode params = node.putObject("params");
        v.params().forEach(params::put);
      }
    }
    return list;
  }

  /** Writes the violations of a validation failure to standard error as JSON and returns the bad-input code. */
  static int badInput(ValidationException e, PrintWriter err, Locale locale) {
    ObjectNode root = Json.mapper().createObjectNode();
    root.set("violations", violations(e.violations(), locale));
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

  /**
   * Writes rejected lines as JSON Lines, {@code {"line":N,"violations":[…]}}, sorted by line: to the file if one is
   * named, else to standard error. Nothing rejected is ever dropped; an empty file is still written.
   */
  static void writeRejected(String file, List<Rejected> rejected, PrintWriter err, Locale locale) {
    List<Rejected> sorted = new ArrayList<>(rejected);
    sorted.sort(java.util.Comparator.comparingLong(Rejected::position));
    StringBuilder text = new StringBuilder();
    for (Rejected r : sorted) {
      ObjectNode node = Json.mapper().createObjectNode();
      node.put("line", r.position());
      node.set("violations", violations(r.violations(), locale));
      text.append(node).append('\n');
    }
    writeLines(file, text.toString(), err);
  }

  /** Writes values as JSON Lines to a file, or to standard error when no file is named. */
  static void writeValues(String file, List<?> values, PrintWriter err) {
    StringBuilder text = new StringBuilder();
    values.forEach(v -> text.append(Json.write(v)).append('\n'));
    writeLines(file, text.toString(), err);
  }

  private static void writeLines(String file, String text, Writer err) {
    try {
      if (file == null) {
        err.write(text);
      } else {
        Files.writeString(Path.of(file), text, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw ValidationException.of("file", "cli.cli.unwritable", "file", file);
    }
  }

  /** The exit code of a batch: bad input if any record was rejected, else findings if any, else ok. */
  static int exitCode(long rejected, long findings) {
    return rejected > 0 ? CommunityPrevention.BAD_INPUT
        : findings > 0 ? CommunityPrevention.FINDINGS : CommunityPrevention.OK;
  }
}
