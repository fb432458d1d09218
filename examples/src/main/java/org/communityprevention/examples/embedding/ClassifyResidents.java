package org.communityprevention.examples.embedding;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.population.Category;
import org.communityprevention.core.population.Classification;
import org.communityprevention.core.population.ContactExposure;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.population.PopulationClassifier;
import org.communityprevention.core.population.ledger.PopulationLedger;

/** Classifies residents into key-population categories (重点人群分类, §2.2–§2.5, §5.3, §5.4). */
public final class ClassifyResidents {
  private ClassifyResidents() {}

  /** What the example gives back, for the test. */
  public record Result(Classification closeContact, List<String> reasonsZh, Set<Category> hotPath,
      PopulationLedger ledger) {}

  /** Classifies two residents on 2021-02-04 under a policy. */
  public static Result run(Policy policy) {
    // tag::classify[]
    PopulationClassifier classifier = PopulationClassifier.of(policy);   // once per policy; thread-safe
    LocalDate day = LocalDate.of(2021, 2, 4);

    PersonFacts contact = new PersonFacts.Builder().personId("R-0042").birthDate(LocalDate.of(1958, 5, 3))
        .addContactExposures(ContactExposure.close(LocalDate.of(2021, 2, 1)))
        .responsibleWorkerId("W-07").addCheckIns(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 2, 2))
        .build();
    PersonFacts elderly = Json.read("{\"personId\":\"R-0043\",\"birthDate\":\"1950-03-01\","
        + "\"livingArrangement\":\"ALONE\",\"responsibleWorkerId\":\"W-07\"}", PersonFacts.class);

    Classification c = classifier.classify(contact, day);              // explained: windows, plans, reasons
    List<String> why = c.toDecision().explain(Messages.ZH);            // 中文理由; decision.clauses() cites §2.4
    long mask = classifier.on(day).effectiveMask(elderly);             // hot path: a bit mask, no allocation
    PopulationLedger ledger = PopulationLedger.of(classifier, List.of(contact, elderly), day);
    // ledger.counts(), ledger.toSurvey(), ledger.testsDueToday(), ledger.unmanaged() (漏管失控, §2.3)
    // end::classify[]
    return new Result(c, why, Category.setOf(mask), ledger);
  }
}
