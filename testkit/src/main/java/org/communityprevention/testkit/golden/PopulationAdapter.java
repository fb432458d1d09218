package org.communityprevention.testkit.golden;

import java.time.LocalDate;
import java.util.List;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.population.Classification;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.population.ledger.UnmanagedFinding;

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
}
