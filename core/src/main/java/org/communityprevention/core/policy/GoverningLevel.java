package org.communityprevention.core.policy;

/** Which level governs a village or community inside a designated area. */
public enum GoverningLevel {
  /** The village's own designation. */
  OWN,
  /** The designation of the area that contains the village (its township or county). */
  CONTAINING_AREA,
  /** The more severe of the two. */
  MORE_SEVERE
}
