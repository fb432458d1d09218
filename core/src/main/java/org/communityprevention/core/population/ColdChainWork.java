package org.communityprevention.core.population;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * Employment in work related to imported cold-chain products (从事进口冷链产品相关工作, §2.3), half-open
 * {@code [since, until)}: the worker is tested every {@code population.coldChainTestIntervalDays} while so employed.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableColdChainWork.class)
@JsonDeserialize(as = ImmutableColdChainWork.class)
public abstract class ColdChainWork {
  /** First day of the work. */
  public abstract LocalDate since();

  /** First day no longer in the work; empty while employed. */
  public abstract Optional<LocalDate> until();

  @Value.Check
  void check() {
    if (until().isPresent() && !until().get().isAfter(since())) {
      throw ValidationException.of("until", "core.population.until_not_after_since");
    }
  }

  /** Work since a date, still ongoing. */
  public static ColdChainWork since(LocalDate since) {
    return ImmutableColdChainWork.builder().since(since).build();
  }

  /** Work over {@code [since, until)}. */
  public static ColdChainWork between(LocalDate since, LocalDate until) {
    return ImmutableColdChainWork.builder().since(since).until(until).build();
  }
}
