package org.communityprevention.services.subsidy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.communityprevention.core.person.PseudonymousId;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/** The service record of one community worker (社区工作者在岗记录): the areas and days they served. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableWorkerDuty.class)
@JsonDeserialize(as = ImmutableWorkerDuty.class)
public abstract class WorkerDuty {
  /** The worker's opaque id. */
  @Value.Parameter
  public abstract String workerId();

  /** The periods served; they may overlap (two areas on one day). */
  @Value.Parameter
  public abstract List<DutyPeriod> periods();

  @Value.Check
  void check() {
    PseudonymousId.check(workerId(), "workerId").ifPresent(v -> {
      throw new ValidationException(List.of(v));
    });
  }

  /** A worker's record. */
  public static WorkerDuty of(String workerId, List<DutyPeriod> periods) {
    return ImmutableWorkerDuty.of(workerId, periods);
  }
}
