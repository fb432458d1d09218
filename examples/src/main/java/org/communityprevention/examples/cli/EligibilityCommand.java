package org.communityprevention.examples.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.area.AreaSituation;
import org.communityprevention.core.population.Classification;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.population.PopulationClassifier;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.services.catalogue.ChannelPlan;
import org.communityprevention.services.eligibility.Resident;
import org.communityprevention.services.eligibility.ServiceEligibility;
import org.communityprevention.services.eligibility.ServiceNeeds;
import org.communityprevention.services.village.ServiceList;
import org.communityprevention.services.village.VillageDay;
import org.communityprevention.services.village.VillageServicePlan;
import org.communityprevention.services.village.VillageServicePlanner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eligibility}: a village's residents in, the community services each is eligible for and the counts per
 * service out (社区服务对象, §5.1–§5.4, §2.6). Exits 1 when the village's channel plan leaves a special group without an
 * offline channel or a homebound resident without door-to-door service.
 */
@Command(name = "eligibility", description = "Community services per resident of a village on a date.")
final class EligibilityCommand extends JsonCommand {
  @Option(names = "--village", required = true, description = "The village's or community's 12-digit code.")
  String village;
  @Option(names = "--date", description = "Beijing date (YYYY-MM-DD).")
  String date;
  @Option(names = "--level", defaultValue = "LOW", description = "The area's risk level: LOW (default), MEDIUM, "
      + "HIGH.")
  RiskLevel level;
  @Option(names = "--outbreak", arity = "1", paramLabel = "true|false", description = "The authorities' outbreak "
      + "flag (true or false); default: from the level and services.outbreakFrom.")
  String outbreak;
  @Option(names = "--channels", description = "The village's ChannelPlan as JSON (default: every catalogue "
      + "channel).")
  String channelsFile;
  @Option(names = "--policy", description = "Baseline id, or a policy or provincial layer file; default: the "
      + "baseline in force on the date.")
  String policy;
  @Option(names = "--rejected", description = "File for rejected lines (default: standard error).")
  String rejectedFile;
  @Parameters(paramLabel = "FILE", defaultValue = "-",
      description = "Residents, one per line: facts, optional needs, householdId, classification (- for stdin).")
  String file;

  /**
   * One input line: a resident's facts and service needs, with the household and, optionally, the classification
   * of the day (classified here when absent).
   */
  record ResidentLine(@JsonProperty(required = true) PersonFacts facts, Optional<ServiceNeeds> needs,
      Optional<String> householdId, Optional<Classification> classification) {}

  @Override
  int run(PrintWriter out, PrintWriter err) {
    LocalDate day = Cli.date("--date", date);
    DivisionCode code = DivisionCode.parse(village, "--village");
    Policy p = Cli.policy(policy, day);
    ChannelPlan plan = channelsFile == null ? ChannelPlan.catalogue()
        : Json.read(Cli.read(channelsFile), ChannelPlan.class);
    AreaSituation area = outbreak == null ? AreaSituation.at(level)
        : AreaSituation.at(level, Boolean.parseBoolean(Cli.choice("--outbreak", outbreak, List.of("true", "false"))));
    LineBatch<ResidentLine> batch = LineBatch.read(file, ResidentLine.class);
    batch.dropDuplicates(r -> r.facts().personId(), "facts.personId", LineBatch.CONFLICTING);
    PopulationClassifier classifier = PopulationClassifier.of(p);
    List<Resident> residents = new ArrayList<>();
    List<Long> residentLines = new ArrayList<>();
    for (int i = 0; i < batch.accepted().size(); i++) {
      ResidentLine r = batch.accepted().get(i);
      try {
        residents.add(new Resident.Builder().facts(r.facts())
            .classification(r.classification().orElseGet(() -> classifier.classify(r.facts(), day)))
            .needs(r.needs().orElse(ServiceNeeds.none())).householdId(r.householdId()).build());
        residentLines.add(batch.line(i));
      } catch (ValidationException e) {
        batch.reject(i, e.violations());
      }
    }
    VillageServicePlan result = VillageServicePlanner.using(ServiceEligibility.under(p, plan))
        .plan(VillageDay.of(code, day, area), residents);
    batch.rejectChecked(result.rejected(), residentLines);

    ObjectNode doc = Json.mapper().createObjectNode();
    doc.put("village", code.value()).put("date", day.toString());
    doc.set("area", Json.mapper().valueToTree(area));
    doc.set("policy", Json.mapper().valueToTree(result.policy()));
    doc.set("residents", Json.mapper().valueToTree(result.accepted()));
    ArrayNode counts = doc.putArray("counts");
    for (ServiceList list : result.lists()) {
      if (list.persons() == 0) {
        continue;
      }
      counts.addObject().put("service", list.service().name()).put("persons", list.persons())
          .put("households", list.households());
    }
    doc.set("findings", Json.mapper().valueToTree(result.findings()));
    out.println(doc);

    ObjectNode summary = Json.mapper().createObjectNode().put("read", batch.read())
        .put("accepted", result.accepted().size()).put("rejected", batch.rejected().size())
        .put("duplicates", batch.duplicates())
        .put("findings", result.findings().size());
    return finish(out, err, rejectedFile, batch.rejected(), summary, result.findings().size());
  }
}
