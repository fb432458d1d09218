package org.communityprevention.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.services.testing.ServiceGenerators.ED7;
import static org.communityprevention.services.testing.ServiceGenerators.SPRING_FESTIVAL;
import static org.communityprevention.services.testing.ServiceGenerators.resident;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.population.AreaSituation;
import org.communityprevention.core.population.Category;
import org.communityprevention.services.allocation.CapacityPlan;
import org.communityprevention.services.catalogue.Channel;
import org.communityprevention.services.catalogue.ChannelPlan;
import org.communityprevention.services.catalogue.CommunityService;
import org.communityprevention.services.eligibility.Resident;
import org.communityprevention.services.eligibility.SelfCare;
import org.communityprevention.services.eligibility.ServiceEligibility;
import org.communityprevention.services.eligibility.ServiceNeeds;
import org.communityprevention.services.village.VillageDay;
import org.communityprevention.services.village.VillageServicePlanner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * JSON golden vectors: fixed inputs and the exact JSON the library gives for them, kept under
 * {@code src/test/resources/org/communityprevention/services/golden/} so that a suite on another engine can check
 * itself against the same answers. The files are pretty-printed; map keys are sorted. On a mismatch the actual output is written to {@code target/golden-actual/}.
 */
@DisplayName("Services golden vectors")
class GoldenVectorsTest {
  private static final ServiceNeeds CHRONIC = new ServiceNeeds.Builder().chronicMedication(true).build();

  static List<Resident> village() {
    return List.of(
        new Resident.Builder().from(resident("p1", SPRING_FESTIVAL, 84, CHRONIC, Category.ELDERLY_LIVING_ALONE))
            .householdId("h1").build(),
        new Resident.Builder().from(resident("p2", SPRING_FESTIVAL, 45, CHRONIC)).householdId("h2").build(),
        new Resident.Builder().from(resident("p3", SPRING_FESTIVAL, 9, ServiceNeeds.none(),
            Category.LEFT_BEHIND_CHILD_VISIT)).householdId("h2").build(),
        resident("p4", SPRING_FESTIVAL.minusDays(1), 30, CHRONIC),
        new Resident.Builder().from(resident("p5", SPRING_FESTIVAL, 66,
            new ServiceNeeds.Builder().selfCare(SelfCare.LOST).build())).householdId("h3").build());
  }

  @Test
  @DisplayName("a medium-risk village on the 2021 Spring Festival: lists, findings, allocation")
  void mediumRiskVillage() throws IOException {
    ChannelPlan plan = ChannelPlan.catalogue().with(CommunityService.GOVERNMENT_SERVICES, EnumSet.of(Channel.ONLINE));
    String json = Json.write(VillageServicePlanner.using(ServiceEligibility.under(ED7, plan)).plan(
        VillageDay.of(DivisionCode.parse("440983102201"), SPRING_FESTIVAL, AreaSituation.at(RiskLevel.MEDIUM)),
        village(), CapacityPlan.of(Map.of(CommunityService.CHRONIC_MEDICINE_DELIVERY, 1))));
    check("village-medium-2021-02-12.json", json);
  }

  @Test
  @DisplayName("one resident explained in a quiet area during the festival")
  void explainedResident() throws IOException {
    String json = Json.write(ServiceEligibility.under(ED7).explain(village().get(2), AreaSituation.at(RiskLevel.LOW),
        SPRING_FESTIVAL));
    check("resident-quiet-2021-02-12.json", json);
  }

  /** An absent optional is omitted (docs/json.md); a value type that still writes it as null compares the same. */
  private static JsonNode withoutNulls(JsonNode node) {
    if (node.isObject()) {
      ObjectNode o = (ObjectNode) node;
      List<String> nulls = new java.util.ArrayList<>();
      o.properties().forEach(e -> {
        if (e.getValue().isNull()) {
          nulls.add(e.getKey());
        } else {
          withoutNulls(e.getValue());
        }
      });
      o.remove(nulls);
    } else if (node.isArray()) {
      node.forEach(GoldenVectorsTest::withoutNulls);
    }
    return node;
  }

  private static void check(String name, String actual) throws IOException {
    String expected;
    try (InputStream in = GoldenVectorsTest.class.getResourceAsStream("golden/" + name)) {
      expected = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
    JsonNode tree = withoutNulls(Json.mapper().readTree(actual));
    String pretty = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    if (!expected.equals(pretty.strip())) {
      Path out = Path.of("target", "golden-actual", name);
      Files.createDirectories(out.getParent());
      Files.writeString(out, pretty + "\n");
    }
    assertThat(pretty.strip()).as(name).isEqualTo(expected);
  }
}
