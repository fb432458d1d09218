package org.communityprevention.core.area;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What kind of place a village or community is (§1.8): rural or urban, and the features that call for strengthened
 * measures. Rural areas are the top priority of the notice.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAreaProfile.class)
@JsonDeserialize(as = ImmutableAreaProfile.class)
public abstract class AreaProfile {
  /** Whether the place is rural (村, or a township seat's rural zone); false for an urban community (社区). */
  public abstract boolean rural();

  /** The §1.8 features of the place. */
  public abstract Set<AreaFeature> features();

  /** Whether the place has a feature. */
  public boolean has(AreaFeature feature) {
    return features().contains(feature);
  }

  /** A profile with no §1.8 feature. */
  public static AreaProfile of(boolean rural, AreaFeature... features) {
    return ImmutableAreaProfile.builder().rural(rural).addFeatures(features).build();
  }
}
