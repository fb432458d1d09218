package org.communityprevention.core.isolation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.immutables.value.Value;

/** The registration of one evacuee (人员登记, §2.5) at an instant: who is taken is known before they leave. */
@Value.Immutable
@JsonSerialize(as = ImmutableRegistration.class)
@JsonDeserialize(as = ImmutableRegistration.class)
public abstract class Registration {
  /** The person's pseudonymous id. */
  @Value.Parameter
  public abstract String personId();

  /** When the person was registered. */
  @Value.Parameter
  public abstract Instant registeredAt();

  @Value.Check
  void check() {
    List<Violation> problems = new ArrayList<>();
    Ids.check(personId(), "personId", problems);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /** A registration. */
  public static Registration of(String personId, Instant registeredAt) {
    return ImmutableRegistration.of(personId, registeredAt);
  }
}
