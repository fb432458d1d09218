package org.communityprevention.testkit.golden;

import java.time.LocalDate;
import java.util.List;
import org.communityprevention.core.division.CoverageReport;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.division.GridUnit;
import org.communityprevention.core.division.RoleAssignment;

/**
 * The divisions-and-grids capability (行政区划与网格, §1.1, §1.3) as a vendor's integration exposes it to the golden
 * vectors. {@link LibraryAdapter} calls the library directly.
 */
public interface DivisionAdapter {
  /**
   * Capability {@code division.ancestors}: the divisions above a 12-digit code, nearest first: the township and
   * the county a village works with, then the prefecture and the province (§1.1).
   *
   * @throws org.communityprevention.core.validation.ValidationException if the text is not a valid code
   */
  List<DivisionCode> ancestors(String code);

  /** Capability {@code division.gridCoverage}: the grid units without their responsible roles on a date (§1.3). */
  CoverageReport gridCoverage(List<GridUnit> units, List<RoleAssignment> assignments, LocalDate date);
}
