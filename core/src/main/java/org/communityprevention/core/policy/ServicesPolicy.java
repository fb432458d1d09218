package org.communityprevention.core.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.communityprevention.core.area.RiskLevel;
import org.immutables.value.Value;

/** The numbers of community services (§5) and of worker subsidies (§6.6). */
@Value.Immutable
@JsonSerialize(as = ImmutableServicesPolicy.class)
@JsonDeserialize(as = ImmutableServicesPolicy.class)
public abstract class ServicesPolicy {
  /** Level from which an area counts as having an outbreak for §5.4 and §5.5, unless an outbreak flag is given. */
  public abstract RiskLevel outbreakFrom();

  /** Age from which an elderly person living alone gets priority for door-to-door care. */
  public abstract int careVisitPriorityAge();

  /** Daily subsidy, in yuan, for a community worker serving in an area at a level (§6.6). */
  public abstract Map<RiskLevel, Integer> workerSubsidyYuanPerDay();

  /** Builder. */
  public static final class Builder extends ImmutableServicesPolicy.Builder {}
}
