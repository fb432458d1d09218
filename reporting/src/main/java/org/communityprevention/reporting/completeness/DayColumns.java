package org.communityprevention.reporting.completeness;

/** The four bit columns of one day: expected, received, late (⊆ received) and figures (⊆ received). */
final class DayColumns {
  final BitColumn expected;
  final BitColumn received;
  final BitColumn late;
  final BitColumn figures;

  DayColumns(BitColumn expected, BitColumn received, BitColumn late, BitColumn figures) {
    this.expected = expected;
    this.received = received;
    this.late = late;
    this.figures = figures;
  }
}
