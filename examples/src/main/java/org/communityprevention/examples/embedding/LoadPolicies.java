package org.communityprevention.examples.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.json.PolicyJson;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.validation.ValidationException;

/** Loads the national baseline in force on a date and a provincial layer on top of it (政策加载). */
public final class LoadPolicies {
  private LoadPolicies() {}

  /** The national baseline in force on the notice's date. */
  public static Policy nationalBaseline() {
    // tag::baseline[]
    Policy national = NationalBaselines.inForceOn(LocalDate.of(2021, 1, 30));   // ed7-2020
    // end::baseline[]
    return national;
  }

  /** The example Guangdong layer on its baseline. */
  public static Policy provincialLayer() {
    String layerJson = resource("guangdong-2021.json");
    // tag::layer[]
    // A province writes only what it changes, with a source for each change; the merge refuses any loosening.
    Policy guangdong = PolicyJson.layer(NationalBaselines.catalog(), layerJson);
    // end::layer[]
    return guangdong;
  }

  /** The violations of a layer that loosens its baseline, in English. */
  public static List<String> refusedLayer(String looseningJson) {
    // tag::refused[]
    try {
      PolicyJson.layer(NationalBaselines.catalog(), looseningJson);
    } catch (ValidationException e) {
      return e.violations().stream().map(v -> v.message(Messages.EN)).toList();
      // "population.holidayReturnee: looser than the baseline: 14 HOME_HEALTH_MONITORING → 7 …"
    }
    // end::refused[]
    return List.of();
  }

  static String resource(String name) {
    try (InputStream in = LoadPolicies.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
