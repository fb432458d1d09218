package org.communityprevention.testkit.golden;

import java.util.Optional;

/**
 * The adapters a run of the golden vectors checks, one per capability group (各能力的适配器). A group without an
 * adapter is skipped: a vendor that integrates only the population and services capabilities passes only those.
 * Immutable; each {@code with…} method returns a copy.
 *
 * <pre>{@code
 * GoldenAdapters mine = GoldenAdapters.none().withPopulation(new MyPopulationAdapter());
 * GoldenAdapters all = GoldenAdapters.library();   // the library itself, for reference
 * }</pre>
 */
public final class GoldenAdapters {
  private final PopulationAdapter population;
  private final DivisionAdapter division;
  private final RiskAdapter risk;
  private final ReportingAdapter reporting;
  private final ServicesAdapter services;

  private GoldenAdapters(PopulationAdapter population, DivisionAdapter division, RiskAdapter risk,
      ReportingAdapter reporting, ServicesAdapter services) {
    this.population = population;
    this.division = division;
    this.risk = risk;
    this.reporting = reporting;
    this.services = services;
  }

  /** No adapter at all: every vector is skipped until adapters are added. */
  public static GoldenAdapters none() {
    return new GoldenAdapters(null, null, null, null, null);
  }

  /** Every capability answered by the library itself ({@link LibraryAdapter}). */
  public static GoldenAdapters library() {
    LibraryAdapter a = new LibraryAdapter();
    return new GoldenAdapters(a, a, a, a, a);
  }

  /** A copy with the population adapter. */
  public GoldenAdapters withPopulation(PopulationAdapter adapter) {
    return new GoldenAdapters(adapter, division, risk, reporting, services);
  }

  /** A copy with the divisions-and-grids adapter. */
  public GoldenAdapters withDivision(DivisionAdapter adapter) {
    return new GoldenAdapters(population, adapter, risk, reporting, services);
  }

  /** A copy with the risk adapter. */
  public GoldenAdapters withRisk(RiskAdapter adapter) {
    return new GoldenAdapters(population, division, adapter, reporting, services);
  }

  /** A copy with the reporting adapter. */
  public GoldenAdapters withReporting(ReportingAdapter adapter) {
    return new GoldenAdapters(population, division, risk, adapter, services);
  }

  /** A copy with the services adapter. */
  public GoldenAdapters withServices(ServicesAdapter adapter) {
    return new GoldenAdapters(population, division, risk, reporting, adapter);
  }

  /** The population adapter, if any. */
  public Optional<PopulationAdapter> population() {
    return Optional.ofNullable(population);
  }

  /** The divisions-and-grids adapter, if any. */
  public Optional<DivisionAdapter> division() {
    return Optional.ofNullable(division);
  }

  /** The risk adapter, if any. */
  public Optional<RiskAdapter> risk() {
    return Optional.ofNullable(risk);
  }

  /** The reporting adapter, if any. */
  public Optional<ReportingAdapter> reporting() {
    return Optional.ofNullable(reporting);
  }

  /** The services adapter, if any. */
  public Optional<ServicesAdapter> services() {
    return Optional.ofNullable(services);
  }
}
