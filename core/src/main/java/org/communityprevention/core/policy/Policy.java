package org.communityprevention.core.policy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.communityprevention.core.decision.PolicyRef;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.immutables.value.Value;

/**
 * An immutable, versioned policy: every window, threshold and deadline the rules use, each with its
 * {@link Provenance}. The notice gives the obligations; national protocols gave the numbers, which changed from
 * edition to edition, so a policy carries the dates it was in force.
 *
 * <p>National baselines ship as JSON resources ({@code ed7-2020}, {@code ed9-2022}, …). A province layers its own
 * policy on a baseline and may only tighten it (see {@link PolicyLayering}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePolicy.class)
@JsonDeserialize(as = ImmutablePolicy.class)
public abstract class Policy {
  /** Stable id, such as {@code ed7-2020} or {@code 44-2021-02}. */
  public abstract String id();

  /** Version of this id; a corrected policy keeps its id and gets a new version. */
  public abstract String version();

  /** Title in Chinese. */
  public abstract String titleZh();

  /** Title in English. */
  public abstract String titleEn();

  /** {@code CN} for a national baseline, else the two-digit province code of the province that issued it. */
  public abstract String jurisdiction();

  /** The baseline this policy layers on, for a provincial policy. */
  public abstract Optional<String> basedOn();

  /** First day the policy is in force. */
  public abstract LocalDate effectiveFrom();

  /** First day the policy is no longer in force; empty while open-ended. */
  public abstract Optional<LocalDate> effectiveUntil();

  /** Key-population classification. */
  public abstract PopulationPolicy population();

  /** Risk designation and emergency response. */
  public abstract RiskPolicy risk();

  /** Daily and zero reports and readiness. */
  public abstract ReportingPolicy reporting();

  /** Meetings, gatherings, elections and facilities. */
  public abstract ActivityPolicy activities();

  /** Community services and worker subsidies. */
  public abstract ServicesPolicy services();

  /** Source and mark of each value, by field path such as {@code population.closeContact}. */
  public abstract Map<String, Provenance> provenance();

  @Value.Check
  void check() {
    List<Violation> problems = new java.util.ArrayList<>();
    if (effectiveUntil().isPresent() && !effectiveUntil().get().isAfter(effectiveFrom())) {
      problems.add(Violation.of("effectiveUntil", "core.policy.effective_until_before_from"));
    }
    if (!"CN".equals(jurisdiction()) && !jurisdiction().matches("[1-9][0-9]")) {
      problems.add(Violation.of("jurisdiction", "core.policy.jurisdiction"));
    }
    for (PolicyField field : PolicyFields.all()) {
      if (!provenance().containsKey(field.path())) {
        problems.add(Violation.of("provenance", "core.policy.missing_provenance", "field", field.path()));
      }
      checkRange(field.path(), field.valueIn(this), problems);
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  // Counts, days and ages are never negative; shares and targets are between 0 and 1 (every double is one).
  private static void checkRange(String path, Object value, List<Violation> problems) {
    if (value instanceof Map) {
      ((Map<?, ?>) value).forEach((k, v) -> checkRange(path + "." + k, v, problems));
    } else if (value instanceof Integer && (Integer) value < 0) {
      problems.add(Violation.of(path, "core.policy.negative", "value", value));
    } else if (value instanceof Double && !((Double) value >= 0 && (Double) value <= 1)) {
      problems.add(Violation.of(path, "core.policy.share_range", "value", value));
    }
  }

  /** The reference decisions cite. */
  @JsonIgnore
  public PolicyRef ref() {
    return PolicyRef.of(id(), version());
  }

  /** Whether the policy is in force on a Beijing date. */
  public boolean inForceOn(LocalDate date) {
    return !date.isBefore(effectiveFrom()) && effectiveUntil().map(date::isBefore).orElse(true);
  }

  /** The paths of values marked {@link SourceMark#U}: defaults to review before relying on them. */
  @JsonIgnore
  public List<String> unverifiedFields() {
    return provenance().entrySet().stream().filter(e -> e.getValue().mark() == SourceMark.U)
        .map(Map.Entry::getKey).sorted().collect(Collectors.toList());
  }

  /** {@code Policy{id@version}}: a policy is known by its reference; write it as JSON to see its values. */
  @Override
  public String toString() {
    return "Policy{" + ref() + "}";
  }

  /** Builder. */
  public static final class Builder extends ImmutablePolicy.Builder {}
}
