package org.communityprevention.reporting.readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.policy.ReportingPolicy;

/**
 * Checks a stock against the policy's requirement (足额配备, §6.4): for each supply the policy names, the larger of
 * {@code ceil(residents × perThousand / 1000)} ({@code reporting.suppliesPerThousandResidents}) and the floor for
 * any unit ({@code reporting.suppliesMinimumPerUnit}). {@link #required} and {@link #shortfall} decide without
 * allocating; {@link #check} explains.
 */
public final class SupplyCheck {
  /** Reason code: a supply short. */
  public static final String SHORTFALL = "reporting.readiness.supply_shortfall";
  /** Reason code: every supply in full. */
  public static final String IN_FULL = "reporting.readiness.supplies_in_full";

  private SupplyCheck() {}

  /** The quantity of a supply a unit with {@code residents} residents must hold. */
  public static long required(ReportingPolicy policy, String supply, int residents) {
    long perThousand = policy.suppliesPerThousandResidents().getOrDefault(supply, 0);
    long byPopulation = (perThousand * residents + 999) / 1000;
    return Math.max(byPopulation, policy.suppliesMinimumPerUnit().getOrDefault(supply, 0));
  }

  /** The shortfall of one supply in a stock (hot path). */
  public static long shortfall(SupplyStock stock, ReportingPolicy policy, String supply) {
    return Math.max(0, required(policy, supply, stock.residents()) - stock.held().getOrDefault(supply, 0));
  }

  /** Checks every supply the policy requires. */
  public static SupplyReadiness check(SupplyStock stock, Policy policy) {
    ReportingPolicy p = policy.reporting();
    TreeMap<String, Boolean> supplies = new TreeMap<>();
    p.suppliesPerThousandResidents().keySet().forEach(k -> supplies.put(k, true));
    p.suppliesMinimumPerUnit().keySet().forEach(k -> supplies.put(k, true));
    List<SupplyLine> lines = new ArrayList<>();
    List<Reason> reasons = new ArrayList<>();
    for (Map.Entry<String, Boolean> e : supplies.entrySet()) {
      String s = e.getKey();
      SupplyLine line = SupplyLine.of(s, required(p, s, stock.residents()), stock.held().getOrDefault(s, 0));
      lines.add(line);
      if (line.shortfall() > 0) {
        reasons.add(Reason.of(SHORTFALL, Clause.S6_4).fact("unit", stock.unit()).fact("supply", s)
            .fact("required", line.required()).fact("held", line.held()).fact("shortfall", line.shortfall())
            .fact("residents", stock.residents())
            .policy("reporting.suppliesPerThousandResidents", p.suppliesPerThousandResidents().getOrDefault(s, 0))
            .policy("reporting.suppliesMinimumPerUnit", p.suppliesMinimumPerUnit().getOrDefault(s, 0)).build());
      }
    }
    if (reasons.isEmpty()) {
      reasons.add(Reason.of(IN_FULL, Clause.S6_4).fact("unit", stock.unit()).fact("supplies", lines.size())
          .fact("residents", stock.residents()).build());
    }
    return new SupplyReadiness.Builder().unit(stock.unit()).asOf(stock.asOf()).lines(lines).reasons(reasons)
        .policy(policy.ref()).build();
  }
}
