package org.communityprevention.testkit.golden;

import java.time.LocalDate;
import java.util.List;
import org.communityprevention.core.isolation.Evacuee;
import org.communityprevention.core.isolation.MassIsolationCheck;
import org.communityprevention.core.isolation.MassIsolationOrder;
import org.communityprevention.core.isolation.Registration;
import org.communityprevention.core.isolation.Trip;
import org.communityprevention.core.isolation.Vehicle;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.population.Classification;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.population.ledger.UnmanagedFinding;
import org.communityprevention.core.returnee.Returnee;
import org.communityprevention.core.returnee.ReturneeStatus;

/**
 * The key-population capability (重点人群, §2.2–§2.5, §5.3, §5.4) as a vendor's integration exposes it to the golden
 * vectors: inputs arrive as the library's values, answers go back as the library's values. An implementation maps
 * them to and from the vendor's own system (its storage, services, message formats) so that the vectors check the
 * whole path. {@link LibraryAdapter} is the implementation that calls the library directly.
 */
public interface PopulationAdapter {
  /** Capability {@code population.classify}: the resident's classification on the date. */
  Classification classify(Policy policy, LocalDate date, PersonFacts facts);

  /** Capability {@code population.unmanaged}: the unmanaged findings (漏管失控, §2.3) about the resident on the date. */
  List<UnmanagedFinding> unmanaged(Policy policy, LocalDate date, PersonFacts facts);

  /** Capability {@code population.returnee}: a holiday returnee's status on the date (返乡人员, §2.3). */
  ReturneeStatus returnee(Policy policy, LocalDate date, Returnee returnee);

  /** Capability {@code population.massIsolation}: the check of a whole area's transfer (大规模集中隔离, §2.5). */
  MassIsolationCheck massIsolation(Policy policy, MassIsolationOrder order, List<Evacuee> residents,
      List<Registration> registrations, List<Vehicle> vehicles, List<Trip> trips);
}
