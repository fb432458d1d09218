package org.communityprevention.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.List;
import java.util.stream.Collectors;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;

/**
 * The one place that configures Jackson for the library's wire format (see {@code docs/json.md}).
 *
 * <p>Field names are camelCase, dates ISO-8601, enums their stable English names, division codes strings. Reading is
 * strict: unknown fields, numbers written as strings, floats for integers and nulls for primitives are errors, so a
 * vendor's typo never silently becomes a default. Personal data is written masked by {@link #mapper()}; only
 * {@link #revealingMapper()} writes raw values, for storage and round trips. Both are built on
 * {@link CommunityPreventionModule}, which a vendor's own mapper can register to get the same values and time forms.
 */
public final class Json {
  private static final ObjectMapper MASKING = build(false);
  private static final ObjectMapper REVEALING = build(true);

  private Json() {}

  /** The configured mapper; personal data is written masked. Thread-safe; do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MASKING;
  }

  /** The configured mapper that writes personal data raw. Use it only for storage and exchange that need it. */
  public static ObjectMapper revealingMapper() {
    return REVEALING;
  }

  /**
   * Reads a value, turning every Jackson error into a {@link ValidationException} whose violation names the JSON
   * path. The message never repeats the input's values.
   */
  public static <T> T read(String json, Class<T> type) {
    return read(json, MASKING.constructType(type));
  }

  /** Like {@link #read(String, Class)} for a generic type. */
  public static <T> T read(String json, TypeReference<T> type) {
    return read(json, MASKING.constructType(type));
  }

  /** Like {@link #read(String, Class)} for a constructed type. */
  public static <T> T read(String json, JavaType type) {
    T value;
    try {
      value = MASKING.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw toValidation(e);
    }
    // A document that is just "null" reads as no value at all; callers expect one, so it is the wrong JSON type.
    if (value == null) {
      throw ValidationException.of("", "core.json.wrong_type", "type", jsonType(type.getRawClass()));
    }
    return value;
  }

  /** Writes a value with personal data masked. */
  public static String write(Object value) {
    try {
      return MASKING.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  /** Writes a value with personal data raw. */
  public static String writeRevealing(Object value) {
    try {
      return REVEALING.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  /** Turns a Jackson failure into a typed violation naming the JSON path, without repeating input values. */
  public static ValidationException toValidation(JsonProcessingException e) {
    Throwable cause = e.getCause();
    if (cause instanceof ValidationException) {
      ValidationException inner = (ValidationException) cause;
      String path = e instanceof JsonMappingException ? path((JsonMappingException) e) : "";
      return path.isEmpty() ? inner : inner.under(path);
    }
    if (e instanceof JsonMappingException) {
      JsonMappingException m = (JsonMappingException) e;
      String path = path(m);
      if (m instanceof UnrecognizedPropertyException) {
        return ValidationException.of(path, "core.json.unknown_field");
      }
      if (m instanceof InvalidFormatException && isWrongScalarType((InvalidFormatException) m)) {
        return ValidationException.of(path, "core.json.wrong_type",
            "type", jsonType(((InvalidFormatException) m).getTargetType()));
      }
      if (m instanceof ValueInstantiationException) {
        List<String> missing = missingAttributes(m.getCause());
        if (!missing.isEmpty()) {
          // A value built without a required field: one violation per field, each at its own path.
          return new ValidationException(missing.stream().map(f -> Violation.of(
              path.isEmpty() ? f : path + "." + f, "core.json.missing_field")).collect(Collectors.toList()));
        }
      }
      if (m instanceof InvalidFormatException || m instanceof ValueInstantiationException) {
        return ValidationException.of(path, "core.json.invalid_value",
            "type", m instanceof InvalidFormatException
                ? ((InvalidFormatException) m).getTargetType().getSimpleName() : "value");
      }
      if (m instanceof MismatchedInputException) {
        Class<?> target = ((MismatchedInputException) m).getTargetType();
        if (m.getOriginalMessage() != null && m.getOriginalMessage().startsWith("Missing required")) {
          return ValidationException.of(path, "core.json.missing_field");
        }
        return ValidationException.of(path, "core.json.wrong_type", "type", jsonType(target));
      }
      return ValidationException.of(path, "core.json.invalid_value", "type", "value");
    }
    return ValidationException.of(
        e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr(), "core.json.malformed");
  }

  /**
   * A number or boolean written as a string ("14", "", "NaN"), or a fraction where a whole number belongs: the wrong
   * JSON type, not a bad value.
   */
  private static boolean isWrongScalarType(InvalidFormatException e) {
    Class<?> t = e.getTargetType();
    boolean scalarTarget = t != null && (t.isPrimitive() || Number.class.isAssignableFrom(t) || t == Boolean.class);
    return scalarTarget && (e.getValue() instanceof String || e.getValue() instanceof Number);
  }

  /**
   * The type a field expects, as a vendor reads it: scalars by their Java name ({@code int}, {@code String}), since
   * those say what to write; the library's values by their public name ({@code Policy}); a list, a map or anything
   * else by its JSON shape, never by an internal class ({@code TreeMap}, {@code JsonNode}, {@code ImmutablePhase}).
   */
  static String jsonType(Class<?> target) {
    if (target == null || target == Object.class || com.fasterxml.jackson.databind.JsonNode.class
        .isAssignableFrom(target)) {
      return "value";
    }
    if (target.isPrimitive() || Number.class.isAssignableFrom(target) || target == Boolean.class
        || target == String.class) {
      return target.getSimpleName();
    }
    if (target.isArray() || Iterable.class.isAssignableFrom(target)) {
      return "array";
    }
    if (target.getName().startsWith("org.communityprevention.")) {
      // The library's own value, by its public name (the generated implementation is not API).
      return target.getSimpleName().replaceFirst("^Immutable", "");
    }
    if (target.isEnum() || CharSequence.class.isAssignableFrom(target)
        || target.getName().startsWith("java.time.")) {
      return "string";
    }
    return "object";
  }

  /** The attributes an Immutables builder found missing ("some of required attributes are not set [a, b]"). */
  private static List<String> missingAttributes(Throwable cause) {
    String message = cause == null ? null : cause.getMessage();
    if (!(cause instanceof IllegalStateException) || message == null
        || !message.contains("required attributes are not set [")) {
      return List.of();
    }
    String names = message.substring(message.indexOf('[') + 1, message.lastIndexOf(']'));
    return java.util.Arrays.stream(names.split(",")).map(String::strip).filter(n -> n.matches("[A-Za-z0-9_]+"))
        .collect(Collectors.toList());
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream().map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName()
        : "[" + ref.getIndex() + "]").collect(Collectors.joining()).replaceFirst("^\\.", "");
  }

  private static ObjectMapper build(boolean reveal) {
    JsonMapper mapper = JsonMapper.builder()
        .addModule(reveal ? CommunityPreventionModule.revealing() : new CommunityPreventionModule())
        .defaultPropertyInclusion(com.fasterxml.jackson.annotation.JsonInclude.Value.construct(
            com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT,
            com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS))
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .build();
    for (LogicalType t : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
      mapper.coercionConfigFor(t).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
      mapper.coercionConfigFor(t).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
    return mapper;
  }
}
