package org.communityprevention.flink.population.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.DivisionLevel;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;

/**
 * Reads and writes the resident record line of the batch classification (居民记录行): one JSON object per line with
 * exactly two fields, the village code and the resident's facts in their JSON form (see {@code docs/population.md}):
 *
 * <pre>{"village":"440983102001","facts":{"personId":"R-0042","birthDate":"1958-05-03", ...}}</pre>
 *
 * <p>Reading is strict, as for {@code ReportLines}: an unknown or missing field, a value of the wrong type, or a
 * code that is not a village is a violation naming the field, with a stable code; a violation never repeats the
 * value it rejected. Personal data in the facts is read as given and written raw only by {@link #write}, which is
 * for storage and exchange.
 */
public final class ResidentLines {
  /** Violation code: the code is not a village or community. */
  public static final String NOT_A_VILLAGE = "flink.population.not_a_village";

  private ResidentLines() {}

  /**
   * Parses one line.
   *
   * @throws ValidationException every problem found, each at its field ({@code village}, {@code facts.birthDate}, …)
   */
  public static ResidentRecord parse(String line) {
    JsonNode root;
    try {
      root = Json.mapper().readTree(line);
    } catch (JsonProcessingException e) {
      throw ValidationException.of("", "core.json.malformed");
    }
    if (root == null || !root.isObject()) {
      throw ValidationException.of("", "core.json.malformed");
    }
    List<Violation> problems = new ArrayList<>();
    for (Iterator<String> names = root.fieldNames(); names.hasNext();) {
      String name = names.next();
      if (!name.equals("village") && !name.equals("facts")) {
        problems.add(Violation.of(name, "core.json.unknown_field"));
      }
    }
    DivisionCode village = null;
    JsonNode v = root.get("village");
    if (v == null) {
      problems.add(Violation.of("village", "core.json.missing_field"));
    } else if (!v.isTextual()) {
      problems.add(Violation.of("village", "core.json.wrong_type", "type", "string"));
    } else {
      try {
        village = DivisionCode.parse(v.textValue(), "village");
        if (village.level() != DivisionLevel.VILLAGE) {
          problems.add(Violation.of("village", NOT_A_VILLAGE, "level", village.level().code()));
        }
      } catch (ValidationException e) {
        problems.addAll(e.violations());
      }
    }
    PersonFacts facts = null;
    JsonNode f = root.get("facts");
    if (f == null) {
      problems.add(Violation.of("facts", "core.json.missing_field"));
    } else if (!f.isObject()) {
      problems.add(Violation.of("facts", "core.json.wrong_type", "type", "object"));
    } else {
      try {
        facts = Json.mapper().treeToValue(f, PersonFacts.class);
      } catch (JsonProcessingException e) {
        problems.addAll(Json.toValidation(e).under("facts").violations());
      } catch (ValidationException e) {
        problems.addAll(e.under("facts").violations());
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return new ResidentRecord(village, facts);
  }

  /**
   * The village of a line, reading no more than it needs: the line's tokens, not its facts. A line that
   * {@link #parse} accepts gives the same village; a line whose village cannot be read so is parsed whole, so the
   * violations are those of {@link #parse}. A line with a good village may still have bad facts: only
   * {@link #parse} says that. The batch job keys its lines with this and reads each line's facts once, where its
   * village is classified.
   *
   * @throws ValidationException every problem {@link #parse} finds, when the village cannot be read
   */
  public static DivisionCode villageOf(String line) {
    DivisionCode village = null;
    try (JsonParser p = Json.mapper().getFactory().createParser(line)) {
      if (p.nextToken() == JsonToken.START_OBJECT) {
        String text = null;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonToken value = p.nextToken();
          if (name.equals("village")) {
            // The last one counts, as when the tree is read.
            text = value == JsonToken.VALUE_STRING ? p.getText() : null;
          } else {
            p.skipChildren();
          }
        }
        if (t == JsonToken.END_OBJECT && p.nextToken() == null && text != null) {
          DivisionCode code = DivisionCode.parse(text, "village");
          village = code.level() == DivisionLevel.VILLAGE ? code : null;
        }
      }
    } catch (IOException | ValidationException e) {
      village = null;
    }
    return village != null ? village : parse(line).village();
  }

  /** Writes a record as one line, personal data raw (for storage and exchange between systems). */
  public static String write(ResidentRecord record) {
    return "{\"village\":\"" + record.village().value() + "\",\"facts\":" + Json.writeRevealing(record.facts())
        + "}";
  }
}
