package org.communityprevention.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.ContextAttributes;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communityprevention.core.person.IdentityNumber;
import org.communityprevention.core.person.PersonName;
import org.communityprevention.core.person.PersonalData;
import org.communityprevention.core.person.PhoneNumber;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;

/**
 * The one place that configures Jackson for the library's wire format (see {@code docs/json.md}).
 *
 * <p>Field names are camelCase, dates ISO-8601, enums their stable English names, division codes strings. Reading is
 * strict: unknown fields, numbers written as strings, floats for integers and nulls for primitives are errors, so a
 * vendor's typo never silently becomes a default. Personal data is written masked by {@link #mapper()}; only
 * {@link #revealingMapper()} writes raw values, for storage and round trips.
 */
public final class Json {
  /** Context attribute that makes personal data serialise raw. */
  static final String REVEAL_PERSONAL_DATA = "org.communityprevention.revealPersonalData";

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
      throw ValidationException.of("", "core.json.wrong_type", "type", type.getRawClass().getSimpleName());
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
            "type", ((InvalidFormatException) m).getTargetType().getSimpleName());
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
        return ValidationException.of(path, "core.json.wrong_type",
            "type", target == null ? "value" : target.getSimpleName());
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

  private static String path(JsonMappingException e) {
    return e.getPath().stream().map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName()
        : "[" + ref.getIndex() + "]").collect(Collectors.joining()).replaceFirst("^\\.", "");
  }

  private static ObjectMapper build(boolean reveal) {
    JsonMapper mapper = JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .addModule(new GuavaModule())
        .addModule(personalDataModule())
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
        .defaultAttributes(ContextAttributes.getEmpty().withSharedAttribute(REVEAL_PERSONAL_DATA, reveal))
        .build();
    for (LogicalType t : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
      mapper.coercionConfigFor(t).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
      mapper.coercionConfigFor(t).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
    return mapper;
  }

  private static SimpleModule personalDataModule() {
    SimpleModule module = new SimpleModule("community-prevention-personal-data");
    module.addSerializer(PersonalData.class, new PersonalDataSerializer());
    // Deserializers: each personal-data type is read from its raw string through its validating parser. The field
    // is left empty so that a violation takes the JSON path alone (toValidation puts it under that path).
    // parseAny: stored legacy 15-digit identity numbers are written raw by the revealing mapper and must read back.
    module.addDeserializer(IdentityNumber.class, fromString(raw -> IdentityNumber.parseAny(raw, "")));
    module.addDeserializer(PhoneNumber.class, fromString(raw -> PhoneNumber.parse(raw, "")));
    module.addDeserializer(PersonName.class, fromString(raw -> PersonName.parse(raw, "")));
    return module;
  }

  static <T> JsonDeserializer<T> fromString(Function<String, T> parser) {
    return new JsonDeserializer<>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(com.fasterxml.jackson.core.JsonToken.VALUE_STRING)) {
          throw ValidationException.of("", "core.json.wrong_type", "type", "string");
        }
        return parser.apply(p.getText());
      }
    };
  }

  private static final class PersonalDataSerializer extends StdSerializer<PersonalData> {
    private static final long serialVersionUID = 1L;

    PersonalDataSerializer() {
      super(PersonalData.class);
    }

    @Override
    public void serialize(PersonalData value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      boolean reveal = Boolean.TRUE.equals(provider.getAttribute(REVEAL_PERSONAL_DATA));
      gen.writeString(reveal ? value.revealRaw() : value.masked());
    }
  }
}
