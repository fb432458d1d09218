package org.communityprevention.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.communityprevention.core.testing.Theories.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.regex.Pattern;
import org.communityprevention.core.person.IdentityNumber;
import org.communityprevention.core.person.PersonName;
import org.communityprevention.core.person.PhoneNumber;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

@DisplayName("The Jackson module any mapper can register, and strict dates and instants")
class CommunityPreventionModuleTest {
  record Resident(IdentityNumber identityNumber, PhoneNumber phone, PersonName name) {}

  record Visit(LocalDate day, Instant at, LocalTime opens) {}

  private static final Resident ZHANG = new Resident(IdentityNumber.parse("11010519491231002X"),
      PhoneNumber.parse("13812345678"), PersonName.parse("张三丰"));

  private static Violation violation(String json, Class<?> type) {
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> Json.read(json, type));
    assertThat(e).as("refused: " + json).isNotNull();
    assertThat(e.violations()).hasSize(1);
    return e.violations().get(0);
  }

  @Test
  @DisplayName("a vendor's plain mapper refuses to write personal data instead of writing {\"legacy\":false}")
  void plainMapperRefuses() {
    ObjectMapper plain = new ObjectMapper();
    for (Object value : new Object[] {ZHANG.identityNumber(), ZHANG.phone(), ZHANG.name(), ZHANG}) {
      JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> plain.writeValueAsString(value));
      assertThat(e).as(value.getClass().getSimpleName()).isNotNull();
      assertThat(e.getMessage()).contains("CommunityPreventionModule").doesNotContain("11010519491231002X")
          .doesNotContain("13812345678");
    }
  }

  @Test
  @DisplayName("a vendor's mapper with the module writes personal data masked, and reads it back raw when revealed")
  void vendorMapperWithModule() throws JsonProcessingException {
    ObjectMapper vendor = JsonMapper.builder().addModule(new CommunityPreventionModule()).build();
    assertThat(vendor.writeValueAsString(ZHANG))
        .isEqualTo("{\"identityNumber\":\"1****************X\",\"phone\":\"138****5678\",\"name\":\"张**\"}");
    assertThat(vendor.writeValueAsString(IdentityNumber.parse("11010519491231002X")))
        .isEqualTo("\"1****************X\"");

    ObjectMapper storage = JsonMapper.builder().addModule(CommunityPreventionModule.revealing()).build();
    String raw = storage.writeValueAsString(ZHANG);
    assertThat(raw).contains("11010519491231002X", "13812345678", "张三丰");
    assertThat(vendor.readValue(raw, Resident.class)).isEqualTo(ZHANG);
    assertThat(CommunityPreventionModule.revealing().revealsPersonalData()).isTrue();
    assertThat(new CommunityPreventionModule().revealsPersonalData()).isFalse();
  }

  @Test
  @DisplayName("a vendor's mapper with the module writes dates as strings, whatever its timestamp setting")
  void vendorMapperWritesDatesAsStrings() throws JsonProcessingException {
    // A plain mapper writes dates as timestamps by default; the module's format override wins.
    ObjectMapper vendor = JsonMapper.builder().addModule(new CommunityPreventionModule()).build();
    Visit visit = new Visit(LocalDate.of(2021, 2, 3), Instant.parse("2021-02-02T17:30:00Z"), LocalTime.of(8, 0));
    String json = vendor.writeValueAsString(visit);
    assertThat(json).isEqualTo("{\"day\":\"2021-02-03\",\"at\":\"2021-02-02T17:30:00Z\",\"opens\":\"08:00:00\"}");
    assertThat(vendor.readValue(json, Visit.class)).isEqualTo(visit);
    assertThat(Json.read(json, Visit.class)).isEqualTo(visit);
  }

  @Test
  @DisplayName("the module stays strict when a vendor registers the java.time module after it")
  void strictWhateverTheOrder() {
    ObjectMapper vendor = JsonMapper.builder().addModule(new CommunityPreventionModule())
        .addModule(new JavaTimeModule()).build();
    assertThatThrownBy(() -> vendor.readValue("{\"day\":\"2021-02-02T17:30:00Z\"}", Visit.class))
        .isInstanceOf(JsonMappingException.class).cause().isInstanceOf(ValidationException.class);
  }

  @Test
  @DisplayName("a timestamp where a date belongs is refused, never cut to its UTC date (3 February in Beijing)")
  void timestampForADate() {
    for (String text : new String[] {"2021-02-02T17:30:00Z", "2021-02-02T17:30:00+08:00", "2021-02-02T17:30:00",
        "2021-02-02 17:30", "20210202", "2021-2-2", "+2021-02-02", "2021-02-02Z", " 2021-02-02", "２０２１-02-02"}) {
      Violation v = violation("{\"start\":\"" + text + "\",\"endExclusive\":\"2021-03-01\"}", DateWindow.class);
      assertThat(v.field()).as(text).isEqualTo("start");
      assertThat(v.code()).as(text).isEqualTo(CommunityPreventionModule.DATE_FORMAT);
    }
    assertThat(violation("{\"start\":18660,\"endExclusive\":\"2021-03-01\"}", DateWindow.class).code())
        .isEqualTo("core.json.wrong_type");
    assertThat(violation("{\"start\":[2021,2,2],\"endExclusive\":\"2021-03-01\"}", DateWindow.class).code())
        .isEqualTo("core.json.wrong_type");
  }

  @Test
  @DisplayName("an instant needs its offset; a number of seconds is refused")
  void instants() {
    assertThat(Json.read("\"2021-02-02T17:30:00Z\"", Instant.class)).isEqualTo(Instant.parse("2021-02-02T17:30:00Z"));
    assertThat(Json.read("\"2021-02-03T01:30:00+08:00\"", Instant.class))
        .isEqualTo(Instant.parse("2021-02-02T17:30:00Z"));
    for (String text : new String[] {"2021-02-02T17:30:00", "2021-02-02", "2021-02-02T17:30Z[UTC]", "+2021-02-02T17:30Z",
        "2021-02-02 17:30:00Z"}) {
      assertThat(violation("{\"at\":\"" + text + "\"}", Visit.class).code()).as(text)
          .isEqualTo(CommunityPreventionModule.INSTANT_FORMAT);
    }
    assertThat(violation("{\"at\":1612287000}", Visit.class)).extracting(Violation::field, Violation::code)
        .containsExactly("at", "core.json.wrong_type");
  }

  @Test
  @DisplayName("a local time is HH:mm or HH:mm:ss, with no date or offset")
  void localTimes() {
    assertThat(Json.read("\"16:00\"", LocalTime.class)).isEqualTo(LocalTime.of(16, 0));
    assertThat(Json.read("\"16:00:30\"", LocalTime.class)).isEqualTo(LocalTime.of(16, 0, 30));
    for (String text : new String[] {"16:00+08:00", "2021-02-02T16:00", "24:00", "4pm"}) {
      assertThat(violation("{\"opens\":\"" + text + "\"}", Visit.class).code()).as(text)
          .isEqualTo(CommunityPreventionModule.TIME_FORMAT);
    }
  }

  @Test
  @DisplayName("a date as a map key is read as strictly as a date value")
  void dateKeys() {
    record Days(Map<LocalDate, Integer> counts) {}
    assertThat(Json.read("{\"counts\":{\"2021-02-01\":3}}", Days.class).counts())
        .containsEntry(LocalDate.of(2021, 2, 1), 3);
    Violation v = violation("{\"counts\":{\"2021-02-01T17:00:00Z\":3}}", Days.class);
    assertThat(v.code()).isEqualTo(CommunityPreventionModule.DATE_FORMAT);
    assertThat(v.field()).startsWith("counts");
  }

  private static final Pattern STRICT = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /** Date-like strings: digits, separators, times, offsets and awkward characters around a real or unreal date. */
  private static Gen<String> dateLike() {
    String pieces = "0123456789-:T Z+.０/";
    Gen<String> noise = SourceDSL.lists().of(Generate.range(0, pieces.length() - 1).map(pieces::charAt))
        .ofSizeBetween(0, 8).map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
    Gen<String> dates = SourceDSL.integers().between(1, 9999).zip(SourceDSL.integers().between(0, 13),
        SourceDSL.integers().between(0, 32), (y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
    return dates.zip(noise, noise, (d, before, after) -> before + d + after).mix(noise, 20);
  }

  @Test
  @DisplayName("fuzz: a date-like string gives a date only when it is a strict yyyy-MM-dd, else a named violation")
  void fuzzDates() {
    qt().forAll(dateLike()).checkAssert(text -> {
      String json = "{\"start\":\"" + text + "\",\"endExclusive\":\"9999-12-31\"}";
      try {
        DateWindow w = Json.read(json, DateWindow.class);
        assertThat(text).matches(STRICT);
        assertThat(w.start().toString()).isEqualTo(text);
      } catch (ValidationException e) {
        assertThat(e.violations()).isNotEmpty().allSatisfy(v -> assertThat(v.field()).isNotEmpty());
        if (STRICT.matcher(text).matches() && isRealDate(text)) {
          // A real date is refused only by the window's own rule (after its end), never by the reader.
          assertThat(e.violations()).noneMatch(v -> v.code().equals(CommunityPreventionModule.DATE_FORMAT));
        }
      }
    });
  }

  private static boolean isRealDate(String text) {
    try {
      LocalDate.parse(text);
      return true;
    } catch (java.time.DateTimeException e) {
      return false;
    }
  }
}
