package org.communityprevention.core.population;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.communityprevention.core.decision.Decision;
import org.communityprevention.core.decision.PolicyRef;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * The key-population classification of one resident on one date (重点人群分类结果): every category the rules put
 * the person in ({@link #memberships()}), the workers' manual decisions in force beside them ({@link #overrides()}),
 * the categories that count after the manual decisions ({@link #effectiveCategories()}), and the policy that
 * decided. A manual decision always wins and a disagreement is flagged ({@link #disagreement()}), never silently
 * resolved. The effective categories and the flag are stored (so JSON carries them) and checked against the
 * memberships and overrides: an inconsistent value cannot be built.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableClassification.class)
@JsonDeserialize(as = ImmutableClassification.class)
public abstract class Classification {
  /** The resident's opaque id. */
  public abstract String personId();

  /** The as-of date. */
  public abstract LocalDate asOf();

  /** The policy that decided. */
  public abstract PolicyRef policy();

  /** The automatic outcome: every category held on the as-of date, in category order. */
  public abstract List<CategoryMembership> memberships();

  /** The manual decisions in force on the as-of date, in category order, each beside the automatic outcome. */
  public abstract List<OverrideOutcome> overrides();

  /**
   * Reasons about the person as a whole: that no category holds, that a rule could not be decided for lack of a
   * fact (an area situation, an age), or that a policy does not designate a group.
   */
  public abstract List<Reason> notes();

  /** The categories that count: the automatic ones, with the manual decisions applied. */
  @Value.NaturalOrder
  public abstract SortedSet<Category> effectiveCategories();

  /** Whether a manual decision differs from the automatic outcome. */
  public abstract boolean disagreement();

  @Value.Check
  void check() {
    Set<Category> automatic = automaticCategories();
    for (OverrideOutcome o : overrides()) {
      if (o.automaticallyHeld() != automatic.contains(o.manual().category())) {
        throw ValidationException.of("overrides", "core.population.inconsistent_flag");
      }
    }
    if (!effectiveOf(automatic, overrides()).equals(effectiveCategories())) {
      throw ValidationException.of("effectiveCategories", "core.population.inconsistent_flag");
    }
    if (disagreement() != overrides().stream().anyMatch(OverrideOutcome::disagrees)) {
      throw ValidationException.of("disagreement", "core.population.inconsistent_flag");
    }
  }

  /** The categories the rules put the person in. */
  @JsonIgnore
  public Set<Category> automaticCategories() {
    EnumSet<Category> out = EnumSet.noneOf(Category.class);
    memberships().forEach(m -> out.add(m.category()));
    return out;
  }

  /** Whether a manual decision differs from the automatic outcome; the same as {@link #disagreement()}. */
  @JsonIgnore
  public boolean hasDisagreement() {
    return disagreement();
  }

  /** The membership of a category, if the rules put the person in it. */
  public Optional<CategoryMembership> membership(Category category) {
    return memberships().stream().filter(m -> m.category() == category).findFirst();
  }

  /** Every reason given: the notes, then each membership's reasons. */
  @JsonIgnore
  public List<Reason> allReasons() {
    ImmutableList.Builder<Reason> out = ImmutableList.<Reason>builder().addAll(notes());
    memberships().forEach(m -> out.addAll(m.reasons()));
    return out.build();
  }

  /** The effective categories as a {@link Decision}, with every reason and the policy. */
  public Decision<Set<Category>> toDecision() {
    return Decision.of(Set.copyOf(effectiveCategories()), policy(), allReasons());
  }

  /** The categories that count: the automatic ones with the manual decisions applied (a manual decision wins). */
  public static Set<Category> effectiveOf(Set<Category> automatic, List<OverrideOutcome> overrides) {
    EnumSet<Category> effective = automatic.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(automatic);
    for (OverrideOutcome o : overrides) {
      if (o.manual().action() == OverrideAction.ADD) {
        effective.add(o.manual().category());
      } else {
        effective.remove(o.manual().category());
      }
    }
    return effective;
  }

  /** Whether any manual decision differs from the automatic outcome. */
  public static boolean disagreementOf(List<OverrideOutcome> overrides) {
    return overrides.stream().anyMatch(OverrideOutcome::disagrees);
  }

  /** Builds a {@link Classification}. */
  public static final class Builder extends ImmutableClassification.Builder {}
}
