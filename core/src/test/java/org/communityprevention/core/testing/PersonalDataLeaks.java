package org.communityprevention.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.person.IdentityNumber;
import org.communityprevention.core.person.PersonalData;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.quicktheories.core.Gen;

/**
 * Checks that personal data (个人信息: identity numbers, phone numbers, names) never appears raw in what a value shows
 * by default: its {@code toString}, the {@code toString} of every part reachable through its public accessors, its
 * default JSON ({@link Json#mapper()}), and the texts of validation errors raised when it is corrupted. Raw means
 * {@link PersonalData#revealRaw()}. Published with the core test-jar.
 */
public final class PersonalDataLeaks {
  private static final String ROOT_PACKAGE = "org.communityprevention.";
  private static final int MAX_DEPTH = 8;

  private PersonalDataLeaks() {}

  /**
   * Residents' facts carrying a generated identity number (consistent with the birth date and, for a pregnancy,
   * female), a phone number and a name, besides the facts {@link PopulationGenerators#residents} gives.
   */
  public static Gen<PersonFacts> residentsWithPersonalData(LocalDate anchor) {
    return PopulationGenerators.residents(anchor).zip(PersonGenerators.birthDates(), PersonGenerators.phoneNumbers(),
        PersonGenerators.personNames(), (facts, birth, phone, name) -> {
          LocalDate born = facts.birthDate().orElse(facts.identityNumber().map(IdentityNumber::birthDate)
              .orElse(birth));
          int sequence = 2 * Math.floorMod(facts.personId().hashCode(), 500);
          return new PersonFacts.Builder().from(facts)
              .identityNumber(PopulationGenerators.identityNumberBornOn(born, sequence))
              .phone(phone).name(name).build();
        });
  }

  /** The raw forms of every personal value in a resident's facts. */
  public static List<String> rawsOf(PersonFacts facts) {
    List<String> raws = new ArrayList<>();
    facts.identityNumber().ifPresent(id -> raws.add(id.revealRaw()));
    facts.phone().ifPresent(p -> raws.add(p.revealRaw()));
    facts.name().ifPresent(n -> raws.add(n.revealRaw()));
    return raws;
  }

  /**
   * Walks a value: its {@code toString}, its default JSON, and the {@code toString} of every part reachable through
   * public no-argument accessors (into optionals, collections and maps), asserting that none holds a raw value.
   *
   * @return the number of parts checked
   */
  public static int assertNoRawIn(Object value, Collection<String> raws) {
    assertNoRaw(Json.write(value), raws, "default JSON of " + value.getClass().getSimpleName());
    return walk(value, raws, 0, new IdentityHashMap<>(), value.getClass().getSimpleName());
  }

  /** Asserts that no text of a validation error (messages in both languages, fields, params, JSON) holds a raw value. */
  public static void assertNoRawIn(ValidationException e, Collection<String> raws) {
    List<String> texts = new ArrayList<>();
    texts.add(e.getMessage());
    texts.add(e.toString());
    texts.add(e.message(Messages.EN));
    texts.add(e.message(Messages.ZH));
    texts.add(Json.write(e.violations()));
    for (Violation v : e.violations()) {
      texts.add(v.toString());
      texts.add(v.field());
      texts.addAll(v.params().values());
      texts.add(v.message(Messages.EN));
      texts.add(v.message(Messages.ZH));
    }
    for (String text : texts) {
      assertNoRaw(text, raws, "validation error " + e.violations());
    }
  }

  /** Asserts that a text holds none of the raw values. */
  public static void assertNoRaw(String text, Collection<String> raws, String what) {
    for (String raw : raws) {
      assertThat(text).as("%s must not hold a raw personal value", what).doesNotContain(raw);
    }
  }

  private static int walk(Object o, Collection<String> raws, int depth, Map<Object, Boolean> seen, String path) {
    if (o == null || depth > MAX_DEPTH || seen.put(o, Boolean.TRUE) != null) {
      return 0;
    }
    int checked = 1;
    assertNoRaw(String.valueOf(o), raws, "toString of " + path);
    if (o instanceof PersonalData) {
      return checked;
    }
    if (o instanceof Optional) {
      return checked + walk(((Optional<?>) o).orElse(null), raws, depth + 1, seen, path + ".get()");
    }
    if (o instanceof Collection) {
      int i = 0;
      for (Object item : (Collection<?>) o) {
        checked += walk(item, raws, depth + 1, seen, path + "[" + i++ + "]");
      }
      return checked;
    }
    if (o instanceof Map) {
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) o).entrySet()) {
        checked += walk(entry.getKey(), raws, depth + 1, seen, path + ".key");
        checked += walk(entry.getValue(), raws, depth + 1, seen, path + "[" + entry.getKey() + "]");
      }
      return checked;
    }
    if (!o.getClass().getName().startsWith(ROOT_PACKAGE) || o.getClass().isEnum()) {
      return checked;
    }
    for (Method m : accessors(o.getClass())) {
      Object part;
      try {
        part = m.invoke(o);
      } catch (ReflectiveOperationException | RuntimeException e) {
        continue;
      }
      checked += walk(part, raws, depth + 1, seen, path + "." + m.getName() + "()");
    }
    return checked;
  }

  private static List<Method> accessors(Class<?> type) {
    // Immutables' generated classes are package-private: read through the public type they implement.
    Class<?> visible = type;
    while (visible != null && !Modifier.isPublic(visible.getModifiers())) {
      visible = visible.getSuperclass();
    }
    List<Method> out = new ArrayList<>();
    if (visible == null) {
      return out;
    }
    for (Method m : visible.getMethods()) {
      boolean skip = Modifier.isStatic(m.getModifiers()) || m.getParameterCount() > 0
          || m.getReturnType().isPrimitive() || m.getDeclaringClass() == Object.class
          || Set.of("revealRaw", "toString", "hashCode", "builder").contains(m.getName());
      if (!skip) {
        out.add(m);
      }
    }
    return out;
  }
}
