package org.communityprevention.flink.reporting;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.communityprevention.core.decision.PolicyRef;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.reporting.registry.UnitRegistry;
import org.communityprevention.reporting.report.ReportingRules;

/**
 * What every operator of the report stream needs, in a form Flink ships to the task managers (作业配置): the
 * deadline rules' values and the unit register as its JSON. Each operator rebuilds the library's
 * {@link ReportingRules} and {@link UnitRegistry} once when it opens.
 *
 * @param policyId the policy id of the rules
 * @param policyVersion the policy version of the rules
 * @param deadline the Beijing deadline time
 * @param graceMinutes the policy's grace minutes after the deadline
 * @param lateAcceptanceDays the days a late report is still accepted
 * @param registryJson the unit register, as JSON ({@code {"changes": [...]}})
 */
public record ReportStreamSetup(String policyId, String policyVersion, LocalTime deadline, int graceMinutes,
    int lateAcceptanceDays, String registryJson) implements Serializable {

  /** The setup of deadline rules and a register. */
  public static ReportStreamSetup of(ReportingRules rules, UnitRegistry registry) {
    return new ReportStreamSetup(rules.policy().id(), rules.policy().version(), rules.deadline(),
        rules.graceMinutes(), rules.lateAcceptanceDays(), Json.write(registry));
  }

  /** The setup of a policy's reporting section and a register. */
  public static ReportStreamSetup of(Policy policy, UnitRegistry registry) {
    return of(ReportingRules.of(policy), registry);
  }

  /** The library's deadline rules. */
  public ReportingRules rules() {
    return ReportingRules.of(PolicyRef.of(policyId, policyVersion), deadline, graceMinutes, lateAcceptanceDays);
  }

  /** The library's unit register. */
  public UnitRegistry registry() {
    return Json.read(registryJson, UnitRegistry.class);
  }

  /** When the rows of a day turn provisional: the day's on-time limit plus the allowed lateness (event time). */
  static long provisionalAt(ReportingRules rules, ReportStreamSettings settings, long epochDay) {
    return millis(rules.onTimeUntil(LocalDate.ofEpochDay(epochDay))) + settings.allowedLateness().toMillis();
  }

  /** When the rows of a day turn final: the end of its late-acceptance days plus the allowed lateness. */
  static long finalAt(ReportingRules rules, ReportStreamSettings settings, long epochDay) {
    return millis(rules.acceptedUntilExclusive(LocalDate.ofEpochDay(epochDay)))
        + settings.allowedLateness().toMillis();
  }

  /** When the state of a day is dropped: the end of its late-acceptance days plus the retention. */
  static long dropAt(ReportingRules rules, ReportStreamSettings settings, long epochDay) {
    return millis(rules.acceptedUntilExclusive(LocalDate.ofEpochDay(epochDay)))
        + settings.stateRetention().toMillis();
  }

  private static long millis(Instant i) {
    return i.toEpochMilli();
  }
}
