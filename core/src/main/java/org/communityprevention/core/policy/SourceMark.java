package org.communityprevention.core.policy;

/**
 * How well a policy value is sourced, as marked in the project's protocol fact sheet. A value marked
 * {@link #U} is a clearly marked default, never a fact: review it before relying on it.
 */
public enum SourceMark {
  /** Read in the cited text (official site, Xinhua reprint, statute). */
  S("read in the cited text"),
  /** Secondary or reprint page only: probable, not authoritative. */
  S2("secondary or reprint source"),
  /** A local (province, city, township) rule: shows practice, not the national rule. */
  L("local rule"),
  /** Unverified: no source found; a default to review, never a citation. */
  U("unverified default");

  private final String meaning;

  SourceMark(String meaning) {
    this.meaning = meaning;
  }

  /** What the mark means, in English. */
  public String meaning() {
    return meaning;
  }
}
