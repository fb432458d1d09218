package org.communityprevention.core.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import org.communityprevention.core.person.IdentityNumber;
import org.communityprevention.core.person.PersonName;
import org.communityprevention.core.person.PersonalData;
import org.communityprevention.core.person.PhoneNumber;
import org.communityprevention.core.validation.ValidationException;

/**
 * The library's wire format as a Jackson {@link Module} that any {@code ObjectMapper} can register, so that a
 * vendor's own mapper (a Spring application's, say) reads and writes the library's values exactly as
 * {@link Json#mapper()} does:
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new CommunityPreventionModule()).build();
 * }</pre>
 *
 * <p>What it adds:
 * <ul>
 *   <li><b>Personal data</b> (身份证号、手机号、姓名): identity numbers, phone numbers and names are written
 *       <em>masked</em> by default ({@code 1****************X}); only {@link #revealing()} writes raw values, for
 *       storage and exchange that need them. They are read through their validating parsers. Without this module a
 *       mapper refuses to write them at all, rather than write their bean properties.</li>
 *   <li><b>Strict time</b>: a {@link LocalDate} is exactly {@code yyyy-MM-dd} (a timestamp is refused, never cut to
 *       its UTC date); an {@link Instant} carries an offset or {@code Z} ({@code 2021-02-01T15:30:00+08:00}); a
 *       {@link LocalTime} is {@code HH:mm} or {@code HH:mm:ss}. Numbers and arrays are refused for all three, and all
 *       three are written as those strings whatever the mapper's timestamp setting.</li>
 *   <li>The Java 8, {@code java.time} and Guava modules the values need, registered as its dependencies.</li>
 * </ul>
 *
 * <p>A refusal is a {@link ValidationException} naming the field; {@link Json#toValidation} puts it under the JSON
 * path. The mapper's other features (unknown fields, coercion of scalars) stay the mapper's own choice: only
 * {@link Json#mapper()} also makes those strict.
 */
public final class CommunityPreventionModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module's name, also its type id: registering it twice on one mapper registers it once. */
  public static final String NAME = "community-prevention";

  /** Violation code: a date that is not exactly {@code yyyy-MM-dd}. */
  public static final String DATE_FORMAT = "core.json.date_format";
  /** Violation code: an instant that is not a date, a time and an offset. */
  public static final String INSTANT_FORMAT = "core.json.instant_format";
  /** Violation code: a local time that is not {@code HH:mm} or {@code HH:mm:ss}. */
  public static final String TIME_FORMAT = "core.json.time_format";

  private final boolean reveal;

  /** The module that writes personal data masked: the safe default for any mapper. */
  public CommunityPreventionModule() {
    this(false);
  }

  private CommunityPreventionModule(boolean reveal) {
    super(NAME, Version.unknownVersion());
    this.reveal = reveal;
    addSerializer(PersonalData.class, new PersonalDataSerializer(reveal));
    // parseAny: stored legacy 15-digit identity numbers are written raw by the revealing form and must read back.
    // The field is left empty so that a violation takes the JSON path alone.
    addDeserializer(IdentityNumber.class, fromString(IdentityNumber.class, raw -> IdentityNumber.parseAny(raw, "")));
    addDeserializer(PhoneNumber.class, fromString(PhoneNumber.class, raw -> PhoneNumber.parse(raw, "")));
    addDeserializer(PersonName.class, fromString(PersonName.class, raw -> PersonName.parse(raw, "")));
    // A modifier rather than plain deserializers: it replaces the java.time module's lenient readers whatever the
    // order in which a vendor registers the modules.
    setDeserializerModifier(new StrictTime());
  }

  /**
   * The module that writes personal data raw. Register it only on a mapper used for storage or for an exchange that
   * needs the raw values; never on one whose output reaches logs or screens.
   */
  public static CommunityPreventionModule revealing() {
    return new CommunityPreventionModule(true);
  }

  /** Whether this module writes personal data raw. */
  public boolean revealsPersonalData() {
    return reveal;
  }

  @Override
  public Object getTypeId() {
    // Masking and revealing are different modules: a mapper gets the one it was given first.
    return NAME;
  }

  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new Jdk8Module(), new JavaTimeModule(), new GuavaModule());
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    // Written as strings even by a mapper that writes dates as timestamps, so that they read back strictly.
    for (Class<?> type : List.of(LocalDate.class, Instant.class, LocalTime.class)) {
      context.configOverride(type).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
    }
  }

  /** A reader of a personal-data type from its raw string through its validating parser. */
  static <T> JsonDeserializer<T> fromString(Class<T> type, Function<String, T> parser) {
    return new StdScalarDeserializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
          throw ValidationException.of("", "core.json.wrong_type", "type", "string");
        }
        return parser.apply(p.getText());
      }
    };
  }

  /**
   * Reads {@code yyyy-MM-dd} and nothing else: four ASCII digits, two, two, with a real month and day. No sign, no
   * time, no offset, no week or ordinal form.
   */
  static LocalDate strictDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      throw ValidationException.of("", DATE_FORMAT);
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    if (year < 0 || month < 0 || day < 0) {
      throw ValidationException.of("", DATE_FORMAT);
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw ValidationException.of("", DATE_FORMAT);
    }
  }

  /** Reads a date, a time and an offset ({@code Z} or {@code +08:00}); a date-time without an offset is refused. */
  static Instant strictInstant(String text) {
    // The date part is checked strictly first: ISO_OFFSET_DATE_TIME alone would accept a signed or 5-digit year.
    if (text.length() < 11 || text.charAt(10) != 'T') {
      throw ValidationException.of("", INSTANT_FORMAT);
    }
    try {
      strictDate(text.substring(0, 10));
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (ValidationException | DateTimeParseException e) {
      throw ValidationException.of("", INSTANT_FORMAT);
    }
  }

  /** Reads {@code HH:mm} or {@code HH:mm:ss}, with an optional fraction of a second; no date, no offset. */
  static LocalTime strictTime(String text) {
    if (text.length() < 5 || text.length() > 18 || !text.chars().allMatch(c -> (c >= '0' && c <= '9') || c == ':'
        || c == '.')) {
      throw ValidationException.of("", TIME_FORMAT);
    }
    try {
      return LocalTime.parse(text, DateTimeFormatter.ISO_LOCAL_TIME);
    } catch (DateTimeParseException e) {
      throw ValidationException.of("", TIME_FORMAT);
    }
  }

  private static int digits(String s, int from, int count) {
    int n = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /** Replaces the readers of {@link LocalDate}, {@link Instant} and {@link LocalTime}, as values and as map keys. */
  private static final class StrictTime extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc,
        JsonDeserializer<?> deserializer) {
      Class<?> raw = beanDesc.getBeanClass();
      if (raw == LocalDate.class) {
        return strictString(LocalDate.class, CommunityPreventionModule::strictDate);
      }
      if (raw == Instant.class) {
        return strictString(Instant.class, CommunityPreventionModule::strictInstant);
      }
      if (raw == LocalTime.class) {
        return strictString(LocalTime.class, CommunityPreventionModule::strictTime);
      }
      return deserializer;
    }

    @Override
    public KeyDeserializer modifyKeyDeserializer(DeserializationConfig config, JavaType type,
        KeyDeserializer deserializer) {
      Class<?> raw = type.getRawClass();
      if (raw == LocalDate.class) {
        return strictKey(CommunityPreventionModule::strictDate);
      }
      if (raw == Instant.class) {
        return strictKey(CommunityPreventionModule::strictInstant);
      }
      if (raw == LocalTime.class) {
        return strictKey(CommunityPreventionModule::strictTime);
      }
      return deserializer;
    }
  }

  private static <T> JsonDeserializer<T> strictString(Class<T> type, Function<String, T> parser) {
    return new StdScalarDeserializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
          throw ValidationException.of("", "core.json.wrong_type", "type", "string");
        }
        return parser.apply(p.getText());
      }
    };
  }

  private static KeyDeserializer strictKey(Function<String, ?> parser) {
    return new KeyDeserializer() {
      @Override
      public Object deserializeKey(String key, DeserializationContext ctxt) {
        return parser.apply(key);
      }
    };
  }

  private static final class PersonalDataSerializer extends StdSerializer<PersonalData> {
    private static final long serialVersionUID = 1L;
    private final boolean reveal;

    PersonalDataSerializer(boolean reveal) {
      super(PersonalData.class);
      this.reveal = reveal;
    }

    @Override
    public void serialize(PersonalData value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(reveal ? value.revealRaw() : value.masked());
    }
  }
}
