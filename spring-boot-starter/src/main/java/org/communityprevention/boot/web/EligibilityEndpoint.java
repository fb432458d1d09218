package org.communityprevention.boot.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.area.AreaSituation;
import org.communityprevention.core.population.Classification;
import org.communityprevention.core.population.PersonFacts;
import org.communityprevention.core.population.PopulationClassifier;
import org.communityprevention.core.validation.Rejected;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.services.catalogue.ChannelPlan;
import org.communityprevention.services.eligibility.Resident;
import org.communityprevention.services.eligibility.ServiceEligibility;
import org.communityprevention.services.eligibility.ServiceNeeds;
import org.communityprevention.services.village.ServiceList;
import org.communityprevention.services.village.VillageDay;
import org.communityprevention.services.village.VillageServicePlan;
import org.communityprevention.services.village.VillageServicePlanner;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code POST …/eligibility}: a village's residents in (JSON Lines: each resident's {@code facts}, optional
 * {@code needs}, {@code householdId} and {@code classification}, classified here when absent), the community
 * services each is eligible for out, with the counts per service and the findings of the village's channel plan
 * (§5.1–§5.4, §2.6). As JSON Lines the village runs every catalogue channel; as multipart, a {@code channels} part
 * gives its {@code ChannelPlan} beside the {@code residents} part.
 */
@RestController
@RequestMapping("${community-prevention.web.base-path:/community-prevention}")
@Tag(name = "services", description = "Community services per resident of a village (社区服务, §5.1–§5.4, §2.6)")
class EligibilityEndpoint {
  private final EndpointSupport support;
  private final PopulationClassifier classifier;
  private final ServiceEligibility eligibility;

  EligibilityEndpoint(EndpointSupport support, PopulationClassifier classifier, ServiceEligibility eligibility) {
    this.support = support;
    this.classifier = classifier;
    this.eligibility = eligibility;
  }

  /**
   * One input line: a resident's facts and service needs, with the household and, optionally, the classification
   * of the day.
   */
  record ResidentLine(@JsonProperty(required = true) PersonFacts facts, Optional<ServiceNeeds> needs,
      Optional<String> householdId, Optional<Classification> classification) {}

  @Operation(summary = "Community services per resident of a village on a date",
      description = "JSON Lines of residents in (every catalogue channel); one document out with each resident's "
          + "services and priority, the counts per service, the findings, the rejected lines and a summary.")
  @PostMapping(path = "/eligibility", consumes = {EndpointSupport.NDJSON, EndpointSupport.JSONL},
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<StreamingResponseBody> eligibility(
      @Parameter(description = "The village's or community's 12-digit code") @RequestParam Optional<String> village,
      @Parameter(description = "Beijing date, yyyy-MM-dd") @RequestParam Optional<String> date,
      @Parameter(description = "The area's risk level (default LOW)")
      @RequestParam(defaultValue = "LOW") RiskLevel level,
      @Parameter(description = "The authorities' outbreak flag; default: from the level and the policy")
      @RequestParam Optional<Boolean> outbreak,
      @Parameter(description = "A national baseline id; default: the configured policy")
      @RequestParam Optional<String> policy,
      HttpServletRequest request) {
    return answer(village, date, level, outbreak, policy, EndpointSupport.body(request), Optional.empty(), request);
  }

  @Operation(summary = "Community services per resident, with the village's channel plan",
      description = "Multipart: `residents` (JSON Lines) and `channels` (a ChannelPlan as JSON).")
  @PostMapping(path = "/eligibility", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<StreamingResponseBody> eligibilityWithChannels(
      @RequestParam Optional<String> village, @RequestParam Optional<String> date,
      @RequestParam(defaultValue = "LOW") RiskLevel level, @RequestParam Optional<Boolean> outbreak,
      @RequestParam Optional<String> policy,
      @RequestPart("residents") MultipartFile residents, @RequestPart("channels") MultipartFile channels,
      HttpServletRequest request) {
    ChannelPlan plan;
    try (InputStream in = channels.getInputStream()) {
      plan = readPlan(EndpointSupport.utf8(in.readAllBytes(), "channels"));
      return answer(village, date, level, outbreak, policy, residents.getInputStream(), Optional.of(plan), request);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ChannelPlan readPlan(String json) {
    try {
      return Json.read(json, ChannelPlan.class);
    } catch (ValidationException e) {
      throw e.under("channels");
    }
  }

  private ResponseEntity<StreamingResponseBody> answer(Optional<String> village, Optional<String> date,
      RiskLevel level, Optional<Boolean> outbreak, Optional<String> policy, InputStream residentLines,
      Optional<ChannelPlan> plan, HttpServletRequest request) {
    LocalDate day = EndpointSupport.date("date", date);
    DivisionCode code = DivisionCode.parse(village.orElseThrow(() ->
        ValidationException.of("village", "boot.web.missing_parameter")), "village");
    Policy p = support.policy(policy);
    boolean configuredPolicy = p == support.configured();
    PopulationClassifier classify = configuredPolicy ? classifier : PopulationClassifier.of(p);
    ServiceEligibility rules = plan.isPresent() ? ServiceEligibility.under(p, plan.get())
        : configuredPolicy ? eligibility : ServiceEligibility.under(p);
    AreaSituation area = outbreak.map(o -> AreaSituation.at(level, o)).orElseGet(() -> AreaSituation.at(level));
    Locale locale = support.locale(request);
    LineBatch<ResidentLine> batch = LineBatch.read(residentLines, ResidentLine.class, "residents");
    batch.dropDuplicates(r -> r.facts().personId(), "facts.personId", LineBatch.CONFLICTING);
    List<Resident> residents = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    for (LineBatch.Numbered<ResidentLine> n : batch.accepted()) {
      ResidentLine r = n.value();
      try {
        residents.add(new Resident.Builder().facts(r.facts())
            .classification(r.classification().orElseGet(() -> classify.classify(r.facts(), day)))
            .needs(r.needs().orElse(ServiceNeeds.none())).householdId(r.householdId()).build());
        lines.add(n.line());
      } catch (ValidationException e) {
        batch.reject(n.line(), e.violations());
      }
    }
    VillageServicePlan result = VillageServicePlanner.using(rules).plan(VillageDay.of(code, day, area), residents);
    for (Rejected r : result.rejected()) {
      batch.reject(lines.get((int) r.position()), r.violations());
    }
    List<Rejected> rejected = batch.rejected();
    StreamingResponseBody body = out -> {
      try (JsonGenerator g = Json.mapper().getFactory().createGenerator(out)) {
        g.writeStartObject();
        g.writeStringField("village", code.value());
        g.writeStringField("date", day.toString());
        g.writeObjectField("area", area);
        g.writeObjectField("policy", result.policy());
        g.writeObjectField("residents", result.accepted());
        g.writeArrayFieldStart("counts");
        for (ServiceList list : result.lists()) {
          if (list.persons() > 0) {
            g.writeStartObject();
            g.writeStringField("service", list.service().name());
            g.writeNumberField("persons", list.persons());
            g.writeNumberField("households", list.households());
            g.writeEndObject();
          }
        }
        g.writeEndArray();
        g.writeObjectField("findings", result.findings());
        g.writeArrayFieldStart("rejected");
        for (Rejected r : rejected) {
          g.writeTree(ViolationsJson.rejected(r, locale));
        }
        g.writeEndArray();
        g.writeObjectField("summary", EndpointSupport.counts().put("read", batch.read())
            .put("accepted", result.accepted().size()).put("rejected", rejected.size())
            .put("duplicates", batch.duplicates()).put("findings", result.findings().size()));
        g.writeEndObject();
      }
    };
    support.count(m -> m.findings("channel", result.findings().size()));
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
  }

  /** Any other media type: 415 with the types read (a handler of its own, so the answer is a problem detail). */
  @PostMapping(path = "/eligibility")
  void eligibilityOtherMediaType() {
    throw new MediaTypeRefused(EndpointSupport.NDJSON, EndpointSupport.JSONL,
        MediaType.MULTIPART_FORM_DATA_VALUE);
  }
}
