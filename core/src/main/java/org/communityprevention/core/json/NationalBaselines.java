package org.communityprevention.core.json;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.policy.PolicyCatalog;

/**
 * The national baselines shipped with the library, one JSON resource each, every value with its source and mark:
 * {@code 2020-county} (the 2020 zoned and graded guidance, county by county), {@code ed7-2020} (the 7th edition of
 * the prevention and control protocol, in force when the notice was issued on 2021-01-30), {@code ed8-2021} (the
 * 8th edition), {@code ed9-2022} (the 9th edition), {@code opt20-2022} (the twenty optimisation measures of
 * 2022-11, two tiers) and {@code new10-2022} (the ten new measures of 2022-12-07, until management as a class B
 * disease from 2023-01-08). Together they answer every day from 2020-02-17 to 2023-01-07.
 */
public final class NationalBaselines {
  /** Ids of the shipped baselines, by effective date. */
  public static final ImmutableList<String> IDS = ImmutableList.of(
      "2020-county", "ed7-2020", "ed8-2021", "ed9-2022", "opt20-2022", "new10-2022");

  private static final String FOLDER = "/org/communityprevention/core/policy/baselines/";
  private static final Supplier<PolicyCatalog> CATALOG = Suppliers.memoize(() ->
      PolicyCatalog.of(IDS.stream().map(NationalBaselines::load).collect(ImmutableList.toImmutableList())));

  private NationalBaselines() {}

  /** All shipped baselines. */
  public static PolicyCatalog catalog() {
    return CATALOG.get();
  }

  /** The baseline in force on a Beijing date; fails with a typed error if none is. */
  public static Policy inForceOn(LocalDate date) {
    return catalog().requireInForceOn(date);
  }

  /** The baseline with an id; fails with a typed error if there is none. */
  public static Policy byId(String id) {
    return catalog().byId(id).orElseThrow(() -> org.communityprevention.core.validation.ValidationException.of(
        "basedOn", "core.policy.unknown_baseline", "baseline", id));
  }

  /** The raw JSON text of a shipped baseline. */
  public static String json(String id) {
    try (InputStream in = NationalBaselines.class.getResourceAsStream(FOLDER + id + ".json")) {
      if (in == null) {
        throw org.communityprevention.core.validation.ValidationException.of(
            "basedOn", "core.policy.unknown_baseline", "baseline", id);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Policy load(String id) {
    return PolicyJson.read(json(id));
  }
}
