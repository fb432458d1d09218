package org.communityprevention.boot.web;

import jakarta.servlet.http.HttpServletRequest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.communityprevention.boot.metrics.CommunityPreventionMetrics;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.validation.ValidationException;
import org.springframework.beans.factory.ObjectProvider;

/**
 * What the endpoints share: the configured policy or a national baseline asked for by id, strict dates, the
 * request's language, the body, JSON lines out, and the counters.
 */
final class EndpointSupport {
  /** JSON Lines, as the endpoints read and write them. */
  static final String NDJSON = "application/x-ndjson";
  /** The other common name of JSON Lines, accepted on input. */
  static final String JSONL = "application/jsonl";

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", java.util.Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT);

  private final Policy configured;
  private final RequestLanguage language;
  private final ObjectProvider<CommunityPreventionMetrics> metrics;

  EndpointSupport(Policy configured, RequestLanguage language, ObjectProvider<CommunityPreventionMetrics> metrics) {
    this.configured = configured;
    this.language = language;
    this.metrics = metrics;
  }

  /** The configured policy, or a national baseline when the request names one by id. */
  Policy policy(Optional<String> requested) {
    if (requested.isEmpty() || requested.get().equals(configured.id())) {
      return configured;
    }
    String id = requested.get();
    if (!NationalBaselines.IDS.contains(id)) {
      throw ValidationException.of("policy", "boot.web.unknown_policy", "policy", id, "known",
          configured.id() + ", " + String.join(", ", NationalBaselines.IDS));
    }
    return NationalBaselines.byId(id);
  }

  /** The configured policy. */
  Policy configured() {
    return configured;
  }

  /** A required Beijing date parameter, {@code yyyy-MM-dd} and nothing else. */
  static LocalDate date(String parameter, Optional<String> text) {
    return optionalDate(parameter, text).orElseThrow(() ->
        ValidationException.of(parameter, "boot.web.missing_parameter"));
  }

  /** An optional Beijing date parameter, {@code yyyy-MM-dd} and nothing else. */
  static Optional<LocalDate> optionalDate(String parameter, Optional<String> text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.get(), DATE));
    } catch (DateTimeParseException e) {
      throw ValidationException.of(parameter, "boot.web.bad_date");
    }
  }

  Locale locale(HttpServletRequest request) {
    return language.of(request);
  }

  static InputStream body(HttpServletRequest request) {
    try {
      return request.getInputStream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Bytes as UTF-8 text and nothing else: a charset is named, never guessed. */
  static String utf8(byte[] bytes, String field) {
    try {
      return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw ValidationException.of(field, "boot.web.not_utf8");
    }
  }

  void count(Consumer<CommunityPreventionMetrics> counting) {
    metrics.ifAvailable(counting);
  }

  /** An empty object for counts, in the order they are put. */
  static ObjectNode counts() {
    return Json.mapper().createObjectNode();
  }

  /** Writes the line that ends a batch, {@code {"summary":{…}}} (records read = accepted + rejected). */
  static void summary(OutputStream out, ObjectNode counts) throws IOException {
    ObjectNode line = Json.mapper().createObjectNode();
    line.set("summary", counts);
    line(out, line);
  }

  /** Writes one value as a line of JSON (the library's wire format, personal data masked). */
  static void line(OutputStream out, Object value) throws IOException {
    out.write(Json.mapper().writeValueAsBytes(value));
    out.write('\n');
  }
}
