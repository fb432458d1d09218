package org.communityprevention.core.population;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.communityprevention.core.area.AreaSituation;
import org.communityprevention.core.person.Age;
import org.communityprevention.core.person.IdentityNumber;
import org.communityprevention.core.person.PersonName;
import org.communityprevention.core.person.PhoneNumber;
import org.communityprevention.core.person.PseudonymousId;
import org.communityprevention.core.person.Sex;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.immutables.value.Value;

/**
 * What the village knows about one resident (居民基本情况), the input of key-population classification: age,
 * living arrangement, social statuses, tenancy, pregnancy, work, journeys, medical history, contact-tracing
 * findings, isolation orders, household links, health-code observations, the situation of their area, the
 * responsible worker, monitoring check-ins and test results, and the workers' manual decisions.
 *
 * <p>Every fact carries its own dates, so one {@code PersonFacts} can be classified on any as-of date. Lists are
 * unordered sets of facts: their order never changes a classification. Personal data (identity number, name, phone)
 * is optional, masked in {@code toString} and default JSON, and never used by a rule except for the birth date and
 * sex an identity number encodes; the opaque {@link #personId()} identifies the resident in results.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutablePersonFacts.class)
@JsonDeserialize(as = ImmutablePersonFacts.class)
public abstract class PersonFacts {
  /**
   * The highest age accepted, recorded or implied by a birth date or an identity number: older is taken for an
   * input error (see {@code docs/json.md}).
   */
  public static final int MAX_AGE = 120;

  /**
   * The resident's opaque id in the vendor's system: a pseudonymous key, never an identity number or a phone number
   * ({@link PseudonymousId}).
   */
  public abstract String personId();

  /** Resident identity number (居民身份号码); its birth date is used when {@link #birthDate()} is absent. */
  public abstract Optional<IdentityNumber> identityNumber();

  /** Name (姓名). */
  public abstract Optional<PersonName> name();

  /** Phone number (联系电话). */
  public abstract Optional<PhoneNumber> phone();

  /** Birth date (出生日期). */
  public abstract Optional<LocalDate> birthDate();

  /**
   * Age in whole years as recorded, for a resident whose birth date is unknown (neither given nor in an identity
   * number); it is used as the age on any as-of date.
   */
  public abstract Optional<Integer> age();

  /** How the resident lives. */
  public abstract Optional<LivingArrangement> livingArrangement();

  /** Social circumstances (§2.2, §5.3). */
  public abstract Set<SocialStatus> socialStatuses();

  /** Tenancy of rental housing or a collective dormitory (§2.2). */
  public abstract Optional<Tenancy> tenancy();

  /** Whether the resident lives in a rural village (村) rather than an urban community (社区). */
  @Value.Default
  public boolean ruralResident() {
    return false;
  }

  /** A pregnancy (§2.2). */
  public abstract Optional<Pregnancy> pregnancy();

  /** Work related to imported cold-chain products (§2.3). */
  public abstract Optional<ColdChainWork> coldChainWork();

  /** Journeys that brought the resident here (§2.3). */
  public abstract List<Movement> movements();

  /** COVID-19 history (§2.3). */
  public abstract Optional<MedicalHistory> medicalHistory();

  /** Contact-tracing findings (§2.4). */
  public abstract List<ContactExposure> contactExposures();

  /** Isolation medical observation orders (§2.4, §2.5). */
  public abstract List<IsolationOrder> isolationOrders();

  /** Household members whose situation matters for §5.4. */
  public abstract List<HouseholdLink> householdLinks();

  /** Health-code colours seen (an external input). */
  public abstract List<HealthCodeObservation> healthCodes();

  /** The situation of the resident's area on the as-of date (§5.3, §5.4). */
  public abstract Optional<AreaSituation> area();

  /** The opaque id of the worker responsible for the resident (包保责任人). */
  public abstract Optional<String> responsibleWorkerId();

  /** Days on which the resident was checked (temperature and symptoms, 健康监测记录). */
  @Value.NaturalOrder
  public abstract SortedSet<LocalDate> checkIns();

  /** Nucleic-acid tests of the resident. */
  public abstract List<TestResult> testResults();

  /** The workers' manual decisions (人工认定). */
  public abstract List<ManualOverride> overrides();

  /**
   * The birth date the rules use: {@link #birthDate()}, else the one in the identity number.
   */
  public Optional<LocalDate> effectiveBirthDate() {
    if (birthDate().isPresent()) {
      return birthDate();
    }
    return identityNumber().map(IdentityNumber::birthDate);
  }

  /** Age in whole years on a date: from the birth date if known, else the recorded age; empty if neither. */
  public Optional<Integer> ageOn(LocalDate date) {
    Optional<LocalDate> birth = effectiveBirthDate();
    if (birth.isPresent()) {
      return Optional.of(Age.on(birth.get(), date));
    }
    return age();
  }

  /** Whether nothing the rules read is known: no status, no dated fact, no override. */
  public boolean hasNoNotableFacts() {
    return livingArrangement().filter(a -> a == LivingArrangement.ALONE).isEmpty() && socialStatuses().isEmpty()
        && tenancy().isEmpty() && pregnancy().isEmpty() && coldChainWork().isEmpty() && movements().isEmpty()
        && medicalHistory().isEmpty() && contactExposures().isEmpty() && isolationOrders().isEmpty()
        && householdLinks().isEmpty() && healthCodes().isEmpty() && overrides().isEmpty();
  }

  /** The encoding the rules read, computed once. */
  @Value.Lazy
  @JsonIgnore
  CompactFacts compact() {
    return CompactFacts.of(this);
  }

  @Value.Check
  void check() {
    List<Violation> problems = new ArrayList<>();
    PseudonymousId.check(personId(), "personId").ifPresent(problems::add);
    responsibleWorkerId().flatMap(id -> PseudonymousId.check(id, "responsibleWorkerId")).ifPresent(problems::add);
    if (age().isPresent() && (age().get() < 0 || age().get() > MAX_AGE)) {
      problems.add(Violation.of("age", "core.population.age_range", "max", MAX_AGE));
    }
    if (birthDate().isPresent() && identityNumber().isPresent()
        && !birthDate().get().equals(identityNumber().get().birthDate())) {
      problems.add(Violation.of("birthDate", "core.population.birth_date_mismatch"));
    }
    if (pregnancy().isPresent() && identityNumber().isPresent() && identityNumber().get().sex() == Sex.MALE) {
      problems.add(Violation.of("pregnancy", "core.population.pregnancy_sex"));
    }
    Map<String, OverrideAction> sameDay = new HashMap<>();
    for (int i = 0; i < overrides().size(); i++) {
      ManualOverride o = overrides().get(i);
      OverrideAction before = sameDay.putIfAbsent(o.category() + "@" + o.decidedOn(), o.action());
      if (before != null && before != o.action()) {
        problems.add(Violation.of("overrides[" + i + "]", "core.population.override_conflict",
            "category", o.category(), "day", o.decidedOn()));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /** A resident with an id and nothing else known. */
  public static PersonFacts of(String personId) {
    return new Builder().personId(personId).build();
  }

  /** Builds {@link PersonFacts}. */
  public static final class Builder extends ImmutablePersonFacts.Builder {}
}
