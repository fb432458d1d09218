package org.communityprevention.boot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.json.PolicyJson;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.validation.ValidationException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Builds the application's policy from {@link CommunityPreventionProperties.PolicySettings}: the national baseline
 * by id or by date, with the provincial layer on top. Anything wrong stops the application with a
 * {@link PolicyConfigurationException} naming the property and the policy fields.
 */
final class ConfiguredPolicy {
  static final String BASELINE = CommunityPreventionProperties.PREFIX + ".policy.baseline";
  static final String DATE = CommunityPreventionProperties.PREFIX + ".policy.date";
  static final String LAYER = CommunityPreventionProperties.PREFIX + ".policy.layer";

  private ConfiguredPolicy() {}

  static Policy load(CommunityPreventionProperties.PolicySettings settings, ResourceLoader resources) {
    Optional<Policy> baseline = settings.baseline().map(id -> guard(BASELINE, () -> NationalBaselines.byId(id)));
    Optional<LocalDate> date = settings.date();
    if (baseline.isPresent() && date.isPresent() && !baseline.get().inForceOn(date.get())) {
      throw new PolicyConfigurationException(DATE, ValidationException.of("date", "boot.boot.baseline_not_in_force",
          "baseline", baseline.get().id(), "date", date.get()));
    }
    if (settings.layer().isEmpty()) {
      if (baseline.isPresent()) {
        return baseline.get();
      }
      if (date.isPresent()) {
        return guard(DATE, () -> NationalBaselines.inForceOn(date.get()));
      }
      throw new PolicyConfigurationException(BASELINE, ValidationException.of("baseline", "boot.boot.no_policy",
          "baselines", String.join(", ", NationalBaselines.IDS)));
    }
    String json = read(resources.getResource(settings.layer().get()));
    Policy layered = guard(LAYER, () -> baseline.isPresent() ? PolicyJson.layer(baseline.get(), json)
        : PolicyJson.layer(NationalBaselines.catalog(), json));
    if (date.isPresent() && !layered.inForceOn(date.get())) {
      throw new PolicyConfigurationException(DATE, ValidationException.of("date", "boot.boot.layer_not_in_force",
          "policy", layered.ref(), "date", date.get()));
    }
    return layered;
  }

  /** The layer's text, read as UTF-8 and nothing else: a charset is named, never guessed. */
  private static String read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in.readAllBytes())).toString();
    } catch (CharacterCodingException e) {
      throw new PolicyConfigurationException(LAYER, ValidationException.of("layer", "boot.boot.layer_not_utf8"));
    } catch (IOException e) {
      throw new PolicyConfigurationException(LAYER, ValidationException.of("layer", "boot.boot.layer_unreadable",
          "resource", resource.getDescription()));
    }
  }

  private static Policy guard(String property, java.util.function.Supplier<Policy> load) {
    try {
      return load.get();
    } catch (ValidationException e) {
      throw new PolicyConfigurationException(property, e);
    }
  }
}
