package org.communityprevention.boot.health;

import java.time.Clock;
import java.time.LocalDate;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.time.BeijingTime;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * The policy the application decides by: its id and version, the baseline it layers on, its period, whether it is in
 * force today (Beijing date of the clock) and how many of its values are unverified defaults (mark U). Always up: a
 * policy that is not in force today is still the one configured (replays and past seasons use one), and the detail
 * says so.
 */
public final class PolicyHealthIndicator extends AbstractHealthIndicator {
  private final Policy policy;
  private final Clock clock;

  /** An indicator for the configured policy. */
  public PolicyHealthIndicator(Policy policy, Clock clock) {
    super("community-prevention policy health check failed");
    this.policy = policy;
    this.clock = clock;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    LocalDate today = BeijingTime.today(clock);
    builder.up()
        .withDetail("policy", policy.ref().toString())
        .withDetail("id", policy.id())
        .withDetail("version", policy.version())
        .withDetail("jurisdiction", policy.jurisdiction())
        .withDetail("basedOn", policy.basedOn().orElse("-"))
        .withDetail("effectiveFrom", policy.effectiveFrom().toString())
        .withDetail("effectiveUntil", policy.effectiveUntil().map(LocalDate::toString).orElse("-"))
        .withDetail("inForceToday", policy.inForceOn(today))
        .withDetail("unverifiedValues", policy.unverifiedFields().size());
  }
}
