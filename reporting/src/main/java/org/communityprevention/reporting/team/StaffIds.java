package org.communityprevention.reporting.team;

import java.util.regex.Pattern;

/**
 * Tells an opaque staff id from personal data by its shape: 15 or 18 characters of an identity number, or the 11
 * digits of a mainland mobile number (with or without {@code +86}). A pseudonymous key never needs that shape, and a
 * real one must never reach a list or a log.
 */
final class StaffIds {
  private static final Pattern IDENTITY = Pattern.compile("\\d{15}|\\d{17}[\\dXx]");
  private static final Pattern MOBILE = Pattern.compile("(\\+?86)?1[3-9]\\d{9}");

  private StaffIds() {}

  static boolean looksPersonal(String id) {
    String compact = id.replace(" ", "").replace("-", "");
    return IDENTITY.matcher(compact).matches() || MOBILE.matcher(compact).matches();
  }
}
