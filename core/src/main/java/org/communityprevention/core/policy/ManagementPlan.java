package org.communityprevention.core.policy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.communityprevention.core.message.Term;
import org.immutables.value.Value;

/**
 * What the policy prescribes for a category of person: phases one after another, such as 14 days of centralised
 * isolation then 7 days of home health monitoring ({@code 14+7}), each with its test days. Days count from the
 * category's start date (last exposure, arrival, release), gaps included.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableManagementPlan.class)
@JsonDeserialize(as = ImmutableManagementPlan.class)
public abstract class ManagementPlan implements Term {
  /** The phases, in order; may be empty for a category that is only surveyed. */
  public abstract List<Phase> phases();

  /** Total days of all phases. */
  @JsonIgnore
  public int totalDays() {
    return phases().stream().mapToInt(Phase::days).sum();
  }

  /**
   * The phase that holds on a day of the plan: the one rule for reading a plan by day. Day 1 is the plan's first day
   * (the day of the anchor event); phases follow one another without gaps.
   *
   * @param dayNumber the day of the plan, 1 for its first
   * @return the phase, or empty before day 1 and after the last day
   */
  public Optional<Phase> phaseOn(int dayNumber) {
    int offset = 0;
    for (Phase phase : phases()) {
      if (dayNumber > offset && dayNumber <= offset + phase.days()) {
        return Optional.of(phase);
      }
      offset += phase.days();
    }
    return Optional.empty();
  }

  /**
   * The day inside its phase of a day of the plan: 1 on the first day of each phase.
   *
   * @param dayNumber the day of the plan, 1 for its first
   * @return the day of the phase, or empty where {@link #phaseOn(int)} is empty
   */
  public OptionalInt dayOfPhase(int dayNumber) {
    int offset = 0;
    for (Phase phase : phases()) {
      if (dayNumber > offset && dayNumber <= offset + phase.days()) {
        return OptionalInt.of(dayNumber - offset);
      }
      offset += phase.days();
    }
    return OptionalInt.empty();
  }

  /** A plan from its phases. */
  public static ManagementPlan of(Phase... phases) {
    return ImmutableManagementPlan.builder().addPhases(phases).build();
  }

  /** Whether this plan is at least as strict as {@code other}: same phases, each as strict or stricter. */
  public boolean atLeastAsStrictAs(ManagementPlan other) {
    if (phases().size() != other.phases().size()) {
      return false;
    }
    for (int i = 0; i < phases().size(); i++) {
      Phase mine = phases().get(i);
      Phase theirs = other.phases().get(i);
      if (!mine.kind().atLeastAsStrictAs(theirs.kind()) || mine.days() < theirs.days()
          || !mine.testDays().containsAll(theirs.testDays())) {
        return false;
      }
    }
    return true;
  }

  /** The plan in Chinese, such as 14天集中隔离医学观察+7天居家健康监测; 无 for a plan without phases. */
  @Override
  @JsonIgnore
  public String chinese() {
    return phases().isEmpty() ? "无"
        : phases().stream().map(p -> p.days() + "天" + p.kind().chinese()).collect(Collectors.joining("+"));
  }

  /** The plan in English, such as {@code 14 days of centralised isolation … + 7 days of home health monitoring}. */
  @Override
  @JsonIgnore
  public String english() {
    return phases().isEmpty() ? "none"
        : phases().stream().map(p -> p.days() + (p.days() == 1 ? " day of " : " days of ") + p.kind().english())
            .collect(Collectors.joining(" + "));
  }

  /** Short notation such as {@code 14 CENTRALISED_ISOLATION + 7 HOME_HEALTH_MONITORING}. */
  @Override
  public String toString() {
    return phases().isEmpty() ? "none"
        : phases().stream().map(p -> p.days() + " " + p.kind()).collect(Collectors.joining(" + "));
  }
}
