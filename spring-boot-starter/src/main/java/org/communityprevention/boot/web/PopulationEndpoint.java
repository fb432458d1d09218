package org.communityprevention.boot.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.communityprevention.core.population.Classification;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.population.PopulationClassifier;
import org.communityprevention.core.population.ledger.Oversight;
import org.communityprevention.core.population.ledger.UnmanagedFinding;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.validation.BatchResult;
import org.communityprevention.core.validation.Rejected;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code POST …/classify}: residents' facts in (JSON Lines of {@code PersonFacts}), one line out per input line, in
 * input order — {@code {"line":N,"result":Classification,"findings":[…]}} for a classified resident (the findings are
 * the unmanaged ones, 漏管失控, §2.3) or {@code {"line":N,"violations":[…]}} for a rejected line — then
 * {@code {"summary":{…}}}. The answer is streamed as it is computed.
 */
@RestController
@RequestMapping("${community-prevention.web.base-path:/community-prevention}")
@Tag(name = "population", description = "Key-population classification (重点人群分类, §2.2–§2.5, §5.3, §5.4)")
class PopulationEndpoint {
  private final EndpointSupport support;
  private final PopulationClassifier configured;

  PopulationEndpoint(EndpointSupport support, PopulationClassifier configured) {
    this.support = support;
    this.configured = configured;
  }

  /** One classified resident: its line, its classification and its unmanaged findings. */
  record ClassifiedLine(long line, Classification result, List<UnmanagedFinding> findings) {}

  @Operation(summary = "Classify residents on a date",
      description = "JSON Lines of PersonFacts in; one line per input line out, in input order, then a summary. "
          + "A bad line is answered with its violations and never stops the batch.")
  @PostMapping(path = "/classify", consumes = {EndpointSupport.NDJSON, EndpointSupport.JSONL},
      produces = EndpointSupport.NDJSON)
  ResponseEntity<StreamingResponseBody> classify(
      @Parameter(description = "Beijing date of the classification, yyyy-MM-dd") @RequestParam Optional<String> date,
      @Parameter(description = "A national baseline id; default: the configured policy")
      @RequestParam Optional<String> policy,
      HttpServletRequest request) {
    LocalDate day = EndpointSupport.date("date", date);
    Policy p = support.policy(policy);
    PopulationClassifier classifier = p == support.configured() ? configured : PopulationClassifier.of(p);
    Locale locale = support.locale(request);
    LineBatch<PersonFacts> batch = LineBatch.read(EndpointSupport.body(request), PersonFacts.class, "body");
    batch.dropDuplicates(PersonFacts::personId, "personId", "core.population.conflicting_records");
    BatchResult<PersonFacts> admitted = PopulationClassifier.admit(batch.values(), day);
    batch.rejectChecked(admitted.rejected());
    List<LineBatch.Numbered<PersonFacts>> residents = new ArrayList<>(batch.accepted());
    List<Rejected> rejected = batch.rejected();
    StreamingResponseBody body = out -> {
      long disagreements = 0;
      long unmanaged = 0;
      int r = 0;
      for (LineBatch.Numbered<PersonFacts> resident : residents) {
        for (; r < rejected.size() && rejected.get(r).position() < resident.line(); r++) {
          EndpointSupport.line(out, ViolationsJson.rejected(rejected.get(r), locale));
        }
        Classification c = classifier.classify(resident.value(), day);
        List<UnmanagedFinding> findings = Oversight.findings(resident.value(), c, p);
        EndpointSupport.line(out, new ClassifiedLine(resident.line(), c, findings));
        disagreements += c.disagreement() ? 1 : 0;
        unmanaged += findings.isEmpty() ? 0 : 1;
      }
      for (; r < rejected.size(); r++) {
        EndpointSupport.line(out, ViolationsJson.rejected(rejected.get(r), locale));
      }
      EndpointSupport.summary(out, EndpointSupport.counts().put("read", batch.read())
          .put("classified", residents.size()).put("rejected", rejected.size())
          .put("duplicates", batch.duplicates()).put("disagreements", disagreements).put("unmanaged", unmanaged));
      long d = disagreements;
      long u = unmanaged;
      support.count(m -> {
        m.findings("disagreement", d);
        m.findings("unmanaged", u);
      });
    };
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(EndpointSupport.NDJSON)).body(body);
  }

  /** Any other media type: 415 with the types read (a handler of its own, so the answer is a problem detail). */
  @PostMapping(path = "/classify")
  void classifyOtherMediaType() {
    throw MediaTypeRefused.jsonLines();
  }
}
