package org.communityprevention.services.eligibility;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * What a village records about a resident for community services (服务需求信息) beyond the key-population facts:
 * self-care ability, long-term medication, regular treatment away from home, access to online services and whether
 * the resident spends the holiday here. Every field defaults to "no need".
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableServiceNeeds.class)
@JsonDeserialize(as = ImmutableServiceNeeds.class)
public abstract class ServiceNeeds {
  /** Self-care ability (失能/半失能). */
  @Value.Default
  public SelfCare selfCare() {
    return SelfCare.ABLE;
  }

  /** Whether the resident takes medicine for a chronic disease regularly (慢性病长期规律用药, §5.2). */
  @Value.Default
  public boolean chronicMedication() {
    return false;
  }

  /** Whether the resident must travel for treatment regularly, such as dialysis or chemotherapy (定期外出治疗). */
  @Value.Default
  public boolean regularTreatment() {
    return false;
  }

  /** Whether the resident has no smartphone or cannot use online services (不会或无法使用智能手机, §2.6). */
  @Value.Default
  public boolean noInternetAccess() {
    return false;
  }

  /** Whether the resident spends the holiday here rather than travelling home (就地过年, §5.1). */
  @Value.Default
  public boolean stayingForHoliday() {
    return false;
  }

  /** No recorded need. */
  public static ServiceNeeds none() {
    return new Builder().build();
  }

  /** Builds {@link ServiceNeeds}. */
  public static final class Builder extends ImmutableServiceNeeds.Builder {}
}
