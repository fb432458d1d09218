package org.communityprevention.services.eligibility;

/**
 * Where and when an eligibility rule holds, as flags of the area and the day: whether the area has an outbreak
 * (有疫情) or not (无疫情), whether the day is in the holiday window ({@code population.holidayWindow}), and whether the
 * area is under closed management (封闭管理: the policy's emergency response at the area's level includes it,
 * {@code risk.responseMeasures}). A rule holds when the area has every flag of its scope.
 *
 * <p>Only {@link #QUIET_HOLIDAY} needs an area <em>without</em> an outbreak: it is the scope of the §5.3 festival
 * visit, which the notice ties to quiet areas. Every other scope that holds in a quiet area holds in an area with
 * an outbreak too, so the services of an outbreak area include those of a quiet one, the visit excepted.
 */
public enum AreaScope {
  /** Every area on every day. */
  ANY(0),
  /** Every area, on the days of the holiday window. */
  HOLIDAY(Flags.HOLIDAY),
  /** An area without an outbreak, on the days of the holiday window (§5.3). */
  QUIET_HOLIDAY(Flags.QUIET | Flags.HOLIDAY),
  /** An area with an outbreak (§5.4, and the §5.2 emergency plan). */
  OUTBREAK(Flags.OUTBREAK),
  /** An area with an outbreak under closed management (§2.1). */
  CLOSED(Flags.OUTBREAK | Flags.CLOSED);

  private final int required;

  AreaScope(int required) {
    this.required = required;
  }

  /** The area flags the scope requires. */
  public int required() {
    return required;
  }

  /** Whether an area with these flags is in the scope. */
  public boolean holds(int areaFlags) {
    return (areaFlags & required) == required;
  }

  /** The area flags. */
  public static final class Flags {
    /** The area has an outbreak. */
    public static final int OUTBREAK = 1;
    /** The area has no outbreak. */
    public static final int QUIET = 2;
    /** The day is in the holiday window. */
    public static final int HOLIDAY = 4;
    /** The area is under closed management. */
    public static final int CLOSED = 8;

    private Flags() {}

    /** The flags of an area and a day. */
    public static int of(boolean outbreak, boolean holiday, boolean closed) {
      return (outbreak ? OUTBREAK : QUIET) | (holiday ? HOLIDAY : 0) | (outbreak && closed ? CLOSED : 0);
    }
  }
}
