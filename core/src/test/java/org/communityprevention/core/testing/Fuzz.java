package org.communityprevention.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.function.Function;
import org.communityprevention.core.validation.BatchResult;
import org.communityprevention.core.validation.Rejected;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators and assertions for fuzzing parsers and validators (模糊测试): random strings of awkward characters,
 * random bytes decoded as UTF-8, and valid inputs mutated by one edit. A parser under fuzz must return a value or
 * throw the library's {@link ValidationException} with at least one violation naming a field path and a code;
 * anything else (a {@code NullPointerException}, an index error, a Jackson exception) fails the property.
 *
 * <p>Every property runs inside {@link #withinTimeLimit(Runnable)}, so a parser that hangs fails instead of
 * blocking the build. Published with the core test-jar.
 */
public final class Fuzz {
  /** Time allowed for one property's whole batch of examples at CI size, scaled with {@code QT_EXAMPLES}. */
  public static final Duration BATCH_LIMIT =
      Duration.ofSeconds(60L * Math.max(1, Theories.EXAMPLES / 1000));

  // Characters that break naive parsers: ASCII and full-width digits, letters, signs, JSON punctuation, controls,
  // spaces of several kinds, the Chinese middle dot, CJK ideographs, lone surrogates and the replacement character.
  private static final String AWKWARD = "0123456789０１２３４５６７８９xXabcAZ+-.()·・ \t\r\n\u0000\u0001\u001f\u007f"
      + "\u00a0\u3000\u200b\ufeff{}[]\":,\\/'eE张王李𠀀\ud800\udc00\ufffd";

  private Fuzz() {}

  /** Strings of up to {@code maxLength} characters drawn from a set of awkward characters, lone surrogates included. */
  public static Gen<String> awkwardStrings(int maxLength) {
    return SourceDSL.lists().of(Generate.range(0, AWKWARD.length() - 1).map(AWKWARD::charAt))
        .ofSizeBetween(0, maxLength).map(Fuzz::join);
  }

  /** Strings of up to {@code maxLength} arbitrary code points, supplementary ones (surrogate pairs) included. */
  public static Gen<String> anyCodePoints(int maxLength) {
    Gen<Integer> cp = Generate.range(0, 0x7f).mix(Generate.range(0, 0xD7FF))
        .mix(Generate.range(0xE000, 0x10FFFF));
    return SourceDSL.lists().of(cp).ofSizeBetween(0, maxLength).map(cps -> {
      StringBuilder b = new StringBuilder();
      cps.forEach(b::appendCodePoint);
      return b.toString();
    });
  }

  /** Random bytes (up to {@code maxLength}) decoded as UTF-8, malformed sequences becoming U+FFFD. */
  public static Gen<String> randomUtf8(int maxLength) {
    return randomBytes(maxLength).map(b -> new String(b, StandardCharsets.UTF_8));
  }

  /** Random bytes, up to {@code maxLength}. */
  public static Gen<byte[]> randomBytes(int maxLength) {
    return SourceDSL.lists().of(Generate.range(-128, 127)).ofSizeBetween(0, maxLength).map(list -> {
      byte[] b = new byte[list.size()];
      for (int i = 0; i < b.length; i++) {
        b[i] = list.get(i).byteValue();
      }
      return b;
    });
  }

  /** Every kind of random string above, mixed. */
  public static Gen<String> randomStrings(int maxLength) {
    return awkwardStrings(maxLength).mix(anyCodePoints(maxLength)).mix(randomUtf8(maxLength));
  }

  /**
   * One edit of a valid input: delete, insert or replace a character (the inserted one from the awkward set or a
   * neighbour of the replaced one), truncate, duplicate a slice, or swap two characters.
   */
  public static Gen<String> mutationsOf(Gen<String> valid) {
    return valid.zip(Generate.range(0, 6), Generate.range(0, Integer.MAX_VALUE - 1),
        Generate.range(0, AWKWARD.length() - 1), Fuzz::mutate);
  }

  /** Inputs mutated one to three times; see {@link #mutationsOf(Gen)}. */
  public static Gen<String> repeatedMutationsOf(Gen<String> valid) {
    return mutationsOf(mutationsOf(valid)).mix(mutationsOf(valid)).mix(mutationsOf(mutationsOf(mutationsOf(valid))));
  }

  /**
   * Structural edits of a valid JSON document: a field removed, a field duplicated, a value swapped for one of
   * another JSON type (string, number, float, boolean, null, array, object), or a field renamed; followed by the
   * character-level edits of {@link #mutationsOf(Gen)}.
   */
  public static Gen<String> jsonMutationsOf(Gen<String> validJson) {
    Gen<String> structural = validJson.zip(Generate.range(0, 3), Generate.range(0, Integer.MAX_VALUE - 1),
        Generate.range(0, SWAPS.size() - 1), Fuzz::mutateJson);
    return structural.mix(mutationsOf(validJson), 40).mix(mutationsOf(structural), 30);
  }

  private static final List<String> SWAPS = List.of("\"x\"", "\"\"", "0", "-1", "2147483648", "1.5", "1e400",
      "true", "null", "[]", "[1,\"a\"]", "{}", "{\"type\":1}", "\"２０２１-０２-０１\"", "\"\\u0000\"");
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private static String mutateJson(String json, int kind, int where, int swap) {
    JsonNode root;
    try {
      root = PLAIN.readTree(json);
    } catch (JsonProcessingException e) {
      return json;
    }
    List<ObjectNode> objects = new ArrayList<>();
    collectObjects(root, objects);
    List<ObjectNode> nonEmpty = objects.stream().filter(o -> o.size() > 0).collect(Collectors.toList());
    if (nonEmpty.isEmpty()) {
      return json;
    }
    ObjectNode target = nonEmpty.get(where % nonEmpty.size());
    List<String> names = new ArrayList<>();
    target.fieldNames().forEachRemaining(names::add);
    String name = names.get((where / 31) % names.size());
    try {
      switch (kind) {
        case 0:
          target.remove(name);
          return PLAIN.writeValueAsString(root);
        case 1: {
          // Jackson trees cannot hold a field twice, so the copy goes into the text.
          String marker = "\u0001dup\u0001";
          JsonNode value = target.get(name);
          target.put(marker, 0);
          String text = PLAIN.writeValueAsString(root);
          String copy = PLAIN.writeValueAsString(name) + ":" + PLAIN.writeValueAsString(value);
          return text.replace(PLAIN.writeValueAsString(marker) + ":0", copy);
        }
        case 2:
          target.set(name, PLAIN.readTree(SWAPS.get(swap)));
          return PLAIN.writeValueAsString(root);
        default:
          JsonNode value = target.remove(name);
          target.set(name + "_", value);
          return PLAIN.writeValueAsString(root);
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void collectObjects(JsonNode node, List<ObjectNode> out) {
    if (node instanceof ObjectNode) {
      out.add((ObjectNode) node);
    }
    node.elements().forEachRemaining(child -> collectObjects(child, out));
  }

  private static String mutate(String s, int kind, int where, int awkward) {
    char extra = AWKWARD.charAt(awkward);
    if (s.isEmpty()) {
      return String.valueOf(extra);
    }
    int i = where % s.length();
    int j = (where / 7) % s.length();
    switch (kind) {
      case 0:
        return s.substring(0, i) + s.substring(i + 1);
      case 1:
        return s.substring(0, i) + extra + s.substring(i);
      case 2:
        return s.substring(0, i) + extra + s.substring(i + 1);
      case 3:
        return s.substring(0, i);
      case 4:
        return s.substring(0, Math.max(i, j)) + s.substring(Math.min(i, j));
      case 5:
        char[] c = s.toCharArray();
        char t = c[i];
        c[i] = c[j];
        c[j] = t;
        return new String(c);
      default:
        return s.substring(0, i) + (char) (s.charAt(i) + (where % 2 == 0 ? 1 : -1)) + s.substring(i + 1);
    }
  }

  /** Runs a whole property within {@link #BATCH_LIMIT}, so a hang fails the test. */
  public static void withinTimeLimit(Runnable property) {
    assertTimeoutPreemptively(BATCH_LIMIT, property::run);
  }

  /**
   * Applies a parser and checks the outcome: a value (returned, never null) or a {@link ValidationException} whose
   * violations each name a field path (possibly empty for the whole input) and a code. Any other throwable fails.
   *
   * @return the value, or null when the input was rejected
   */
  public static <T> T valueOrRejection(String input, Function<String, T> parser) {
    T value;
    try {
      value = parser.apply(input);
    } catch (ValidationException e) {
      assertWellFormed(e.violations(), input);
      return null;
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError("untyped failure " + e.getClass().getName() + " for input " + describe(input), e);
    }
    assertThat(value).as("value for %s", describe(input)).isNotNull();
    return value;
  }

  /** Checks a batch: every record accounted for and every rejection well formed. */
  public static <T> void assertAccounted(BatchResult<T> batch, long records, String input) {
    assertThat(batch.accepted().size() + batch.rejected().size()).as("records of %s", describe(input))
        .isEqualTo(batch.inputCount());
    assertThat(batch.inputCount()).as("records of %s", describe(input)).isEqualTo(records);
    for (Rejected r : batch.rejected()) {
      assertThat(r.position()).isBetween(1L, Long.MAX_VALUE);
      assertWellFormed(r.violations(), input);
    }
  }

  /** Checks that a rejection is typed: at least one violation, each with a non-null field path and a code. */
  public static void assertWellFormed(List<Violation> violations, String input) {
    assertThat(violations).as("violations for %s", describe(input)).isNotEmpty();
    for (Violation v : violations) {
      assertThat(v.field()).as("field path for %s", describe(input)).isNotNull();
      assertThat(v.code()).as("code for %s", describe(input)).matches("[a-z]+\\.[a-z_]+\\.[a-z0-9_]+");
    }
  }

  /** The input as code points in hex, so control characters and surrogates show in a failure message. */
  public static String describe(String input) {
    StringBuilder b = new StringBuilder("\"");
    input.chars().limit(400).forEach(c -> {
      if (c >= 0x20 && c < 0x7f && c != '"') {
        b.append((char) c);
      } else {
        b.append(String.format("\\u%04x", c));
      }
    });
    return b.append(input.length() > 400 ? "…\"" : "\"").toString();
  }

  private static String join(List<Character> chars) {
    StringBuilder b = new StringBuilder(chars.size());
    chars.forEach(b::append);
    return b.toString();
  }
}
