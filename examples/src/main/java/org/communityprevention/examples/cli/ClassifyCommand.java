package org.communityprevention.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.population.Classification;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.population.PopulationClassifier;
import org.communityprevention.core.population.ledger.Oversight;
import org.communityprevention.core.population.ledger.UnmanagedFinding;
import org.communityprevention.core.validation.BatchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code classify}: residents' facts in (JSON Lines of {@code PersonFacts}), one {@code Classification} per line out
 * (重点人群分类). Exits 1 when a resident has a finding: a manual decision that disagrees with the rules, or a managed
 * person who is not managed as the plan requires (漏管失控, §2.3).
 */
@Command(name = "classify", description = "Classify residents (JSON Lines of PersonFacts) on a date.")
final class ClassifyCommand extends JsonCommand {
  @Option(names = "--date", description = "Beijing date of the classification (YYYY-MM-DD).")
  String date;
  @Option(names = "--policy", description = "Baseline id, or a policy or provincial layer file; default: the "
      + "baseline in force on the date.")
  String policy;
  @Option(names = "--rejected", description = "File for rejected lines (default: standard error).")
  String rejectedFile;
  @Option(names = "--findings", description = "File for the unmanaged findings, as JSON Lines.")
  String findingsFile;
  @Parameters(paramLabel = "FILE", defaultValue = "-", description = "PersonFacts, one per line (- for stdin).")
  String file;

  @Override
  int run(PrintWriter out, PrintWriter err) {
    LocalDate day = Cli.date("--date", date);
    Policy p = Cli.policy(policy, day);
    LineBatch<PersonFacts> batch = LineBatch.read(file, PersonFacts.class);
    batch.dropDuplicates(PersonFacts::personId, "personId", "core.population.conflicting_records");
    BatchResult<PersonFacts> admitted = PopulationClassifier.admit(batch.accepted(), day);
    batch.rejectChecked(admitted.rejected(), batch.lines());
    PopulationClassifier classifier = PopulationClassifier.of(p);
    List<UnmanagedFinding> findings = new ArrayList<>();
    long disagreements = 0;
    long unmanaged = 0;
    for (PersonFacts facts : admitted.accepted()) {
      Classification c = classifier.classify(facts, day);
      out.println(Json.write(c));
      List<UnmanagedFinding> f = Oversight.findings(facts, c, p);
      findings.addAll(f);
      disagreements += c.disagreement() ? 1 : 0;
      unmanaged += f.isEmpty() ? 0 : 1;
    }
    if (findingsFile != null) {
      Cli.writeValues(findingsFile, findings, err);
    }
    ObjectNode summary = Json.mapper().createObjectNode().put("read", batch.read())
        .put("classified", admitted.accepted().size()).put("rejected", batch.rejected().size())
        .put("duplicates", batch.duplicates()).put("disagreements", disagreements).put("unmanaged", unmanaged);
    return finish(out, err, rejectedFile, batch.rejected(), summary, disagreements + unmanaged);
  }
}
