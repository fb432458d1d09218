package org.communityprevention.core.policy;

import java.time.LocalTime;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import org.communityprevention.core.time.DateWindow;

/** How to tell, for one policy field, whether a value is at least as strict as another. */
public enum Strictness {
  /** A larger number is stricter (longer windows, more days, higher targets); for maps, per key. */
  HIGHER {
    @Override
    boolean compare(Object candidate, Object base) {
      return perKey(candidate, base, (c, b) -> compareNumbers(c, b) >= 0);
    }
  },
  /** A smaller number, or a lower risk level threshold, is stricter (caps, limits, "from this level"). */
  LOWER {
    @Override
    boolean compare(Object candidate, Object base) {
      return perKey(candidate, base, (c, b) -> compareNumbers(c, b) <= 0);
    }
  },
  /** An earlier local time is stricter (deadlines). */
  EARLIER {
    @Override
    boolean compare(Object candidate, Object base) {
      return !((LocalTime) candidate).isAfter((LocalTime) base);
    }
  },
  /** A superset is stricter (measures, test days); for maps, a superset per key. */
  SUPERSET {
    @Override
    boolean compare(Object candidate, Object base) {
      return perKey(candidate, base, (c, b) -> ((Collection<?>) c).containsAll((Collection<?>) b));
    }
  },
  /** A management plan with the same phases, each as strict or stricter. */
  PLAN {
    @Override
    boolean compare(Object candidate, Object base) {
      return ((ManagementPlan) candidate).atLeastAsStrictAs((ManagementPlan) base);
    }
  },
  /** Meeting size limits: no kind's limit higher than the baseline's, the general limit included. */
  LIMITS {
    @Override
    boolean compare(Object candidate, Object base) {
      return ((MeetingSizeLimits) candidate).atLeastAsStrictAs((MeetingSizeLimits) base);
    }
  },
  /** A window that covers the baseline window; for lists of windows, each baseline window covered by one. */
  COVERS {
    @Override
    boolean compare(Object candidate, Object base) {
      if (base instanceof Collection) {
        for (Object b : (Collection<?>) base) {
          if (((Collection<?>) candidate).stream().noneMatch(c -> covers((DateWindow) c, (DateWindow) b))) {
            return false;
          }
        }
        return true;
      }
      return covers((DateWindow) candidate, (DateWindow) base);
    }
  },
  /** {@code true} is stricter than {@code false}. */
  TRUE_IS_STRICTER {
    @Override
    boolean compare(Object candidate, Object base) {
      return (Boolean) candidate || !(Boolean) base;
    }
  },
  /**
   * A rule the national law leaves to the provinces, {@code false} meaning "not provided": a provincial layer may
   * provide it ({@code true}) over a national {@code false}, and may not withdraw it once its baseline provides it.
   * Providing is looser in effect (proxies for residents' committees are then accepted), but it loosens no national
   * rule: the national law is silent.
   */
  PROVINCE_MAY_PROVIDE {
    @Override
    boolean compare(Object candidate, Object base) {
      return (Boolean) candidate || !(Boolean) base;
    }
  },
  /** The more severe governing level is stricter; otherwise the value may not change. */
  GOVERNING {
    @Override
    boolean compare(Object candidate, Object base) {
      return candidate == base || candidate == GoverningLevel.MORE_SEVERE;
    }
  },
  /** A national choice a provincial layer may not change. */
  FIXED {
    @Override
    boolean compare(Object candidate, Object base) {
      return Objects.equals(candidate, base);
    }
  };

  /** Compares two present values. */
  abstract boolean compare(Object candidate, Object base);

  private static boolean covers(DateWindow c, DateWindow b) {
    return !c.start().isAfter(b.start()) && !c.endExclusive().isBefore(b.endExclusive());
  }

  private static boolean perKey(Object candidate, Object base, java.util.function.BiPredicate<Object, Object> test) {
    if (candidate instanceof Map) {
      Map<?, ?> c = (Map<?, ?>) candidate;
      for (Map.Entry<?, ?> e : ((Map<?, ?>) base).entrySet()) {
        if (!c.containsKey(e.getKey()) || !test.test(c.get(e.getKey()), e.getValue())) {
          return false;
        }
      }
      return true;
    }
    return test.test(candidate, base);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareNumbers(Object a, Object b) {
    if (a instanceof Number && b instanceof Number) {
      return Double.compare(((Number) a).doubleValue(), ((Number) b).doubleValue());
    }
    return ((Comparable) a).compareTo(b);
  }
}
