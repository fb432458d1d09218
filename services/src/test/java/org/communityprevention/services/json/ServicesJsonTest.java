package org.communityprevention.services.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.services.testing.ServiceGenerators.SPRING_FESTIVAL;

import java.util.List;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.population.Category;
import org.communityprevention.core.validation.BatchResult;
import org.communityprevention.services.eligibility.Resident;
import org.communityprevention.services.eligibility.SelfCare;
import org.communityprevention.services.eligibility.ServiceNeeds;
import org.communityprevention.services.testing.ServiceGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Resident records as JSON Lines")
class ServicesJsonTest {

  @Test
  @DisplayName("a bad line is rejected with its line number and the JSON path; blank lines are skipped; the rest are kept")
  void badLinesRejected() {
    Resident a = ServiceGenerators.resident("p1", SPRING_FESTIVAL, 70,
        new ServiceNeeds.Builder().selfCare(SelfCare.LOST).build(), Category.ELDERLY_LIVING_ALONE);
    Resident b = ServiceGenerators.resident("p2", SPRING_FESTIVAL, 30, ServiceNeeds.none());
    String good = Json.write(a);
    String typo = Json.write(b).replace("\"needs\"", "\"need\"");
    String text = good + "\n\n" + typo + "\n" + "not json\n" + Json.write(b) + "\n";
    BatchResult<Resident> r = ServicesJson.readResidents(text);
    assertThat(r.inputCount()).isEqualTo(4);
    assertThat(r.accepted()).containsExactly(a, b);
    assertThat(r.rejected()).extracting(x -> x.position()).containsExactly(3L, 4L);
    assertThat(r.rejected().get(0).violations().get(0).code()).isEqualTo("core.json.unknown_field");
    assertThat(r.rejected().get(0).violations().get(0).field()).isEqualTo("need");
    assertThat(r.rejected().get(1).violations().get(0).code()).isEqualTo("core.json.malformed");
  }

  @Test
  @DisplayName("an invalid resident (facts and classification of two people) is rejected with the validation code")
  void invalidResident() {
    Resident a = ServiceGenerators.resident("p1", SPRING_FESTIVAL, 70, ServiceNeeds.none());
    String mismatched = Json.write(a).replaceFirst("\"personId\":\"p1\"", "\"personId\":\"p9\"");
    BatchResult<Resident> r = ServicesJson.readResidents(mismatched);
    assertThat(r.rejected()).hasSize(1);
    assertThat(r.rejected().get(0).violations()).extracting(v -> v.code())
        .contains("services.eligibility.person_mismatch");
    assertThat(ServicesJson.readResidents("").inputCount()).isZero();
    assertThat(List.of(Json.write(a))).allMatch(s -> !s.contains("\n"));
  }
}
