package org.communityprevention.risk.designation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.communityprevention.core.area.AreaId;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * A round of NAT screening of a designated area on a Beijing day (区域全员核酸筛查): whether everyone in the area
 * completed it and whether every result was negative. Where the policy says so ({@code
 * risk.downgradeRequiresScreening}, 9th edition), a step down after clean days needs a round that
 * {@linkplain #qualifies() qualifies} on the last clean day of the stage or later; a round that does not qualify
 * counts as none (a positive result is an infection, which the case reports carry).
 *
 * <p>A round may give its counts: the people tested and the people expected (the area's population to screen). Its
 * coverage, tested / expected, must then reach {@code risk.screeningCoverage} for the round to qualify, whatever
 * {@link #complete()} says; a round without counts is taken at its word.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScreeningRound.class)
@JsonDeserialize(as = ImmutableScreeningRound.class)
public abstract class ScreeningRound {
  /** The area screened, exactly as designated. */
  @Value.Parameter
  public abstract AreaId area();

  /** The Beijing day of the round. */
  @Value.Parameter
  public abstract LocalDate date();

  /** Whether everyone in the area completed the round (所有人员完成一轮核酸筛查). */
  @Value.Parameter
  public abstract boolean complete();

  /** Whether every result was negative (均为阴性). */
  @Value.Parameter
  public abstract boolean allNegative();

  /** Violation code: only one of the counts given, or an expected count below 1, or a negative tested count. */
  public static final String COUNTS = "risk.designation.screening_counts";

  /** People tested in the round (受检人数), where counted; given together with {@link #expected()}. */
  public abstract Optional<Integer> tested();

  /** People expected to be tested (应检人数), where counted; at least 1. */
  public abstract Optional<Integer> expected();

  @Value.Check
  void check() {
    if (tested().isPresent() != expected().isPresent()) {
      throw ValidationException.of(tested().isPresent() ? "expected" : "tested", COUNTS);
    }
    if (tested().isPresent() && tested().get() < 0) {
      throw ValidationException.of("tested", COUNTS, "value", tested().get());
    }
    if (expected().isPresent() && expected().get() < 1) {
      throw ValidationException.of("expected", COUNTS, "value", expected().get());
    }
  }

  /** Whether the counts reach a coverage share (0–1); a round without counts does. */
  public boolean meetsCoverage(double share) {
    return tested().isEmpty() || tested().get() >= share * expected().get();
  }

  /**
   * Whether the round meets the downgrade condition under a coverage share: complete, all negative, and its counts
   * (if given) reaching the share.
   */
  public boolean qualifies(double coverage) {
    return complete() && allNegative() && meetsCoverage(coverage);
  }

  /**
   * Whether the round meets the downgrade condition with full coverage (everyone expected tested, the 9th
   * edition's 所有人员): what a fold without a policy at hand applies, and the strictest share.
   */
  @JsonIgnore
  public boolean qualifies() {
    return qualifies(1.0);
  }

  /** A round. */
  public static ScreeningRound of(AreaId area, LocalDate date, boolean complete, boolean allNegative) {
    return ImmutableScreeningRound.of(area, date, complete, allNegative);
  }

  /** A round with its counts: complete as far as the organisers know, all negative or not. */
  public static ScreeningRound counted(AreaId area, LocalDate date, int tested, int expected, boolean allNegative) {
    return ImmutableScreeningRound.builder().area(area).date(date).complete(true).allNegative(allNegative)
        .tested(tested).expected(expected).build();
  }

  /** A completed round of the whole area, all negative. */
  public static ScreeningRound negative(AreaId area, LocalDate date) {
    return of(area, date, true, true);
  }
}
