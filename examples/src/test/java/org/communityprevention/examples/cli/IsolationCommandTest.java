package org.communityprevention.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("JSON command line: isolation (§2.5)")
class IsolationCommandTest {
  @TempDir
  Path dir;
  private String order;
  private String vehicles;
  private String registrations;

  /** Two households: an elderly person alone, a couple; all registered at 08:30, an order released at 08:00. */
  static final String RESIDENTS = String.join("\n",
      "{\"personId\":\"p1\",\"householdId\":\"h1\",\"birthDate\":\"1940-01-01\"}",
      "{\"personId\":\"p2\",\"householdId\":\"h2\",\"birthDate\":\"1980-01-01\"}",
      "{\"personId\":\"p3\",\"householdId\":\"h2\",\"birthDate\":\"1982-01-01\"}");

  private String write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p.toString();
  }

  @BeforeEach
  void files() throws IOException {
    order = write("order.json",
        "{\"orderId\":\"order-1\",\"area\":\"440983102201\",\"announcedAt\":\"2021-02-10T08:00:00+08:00\"}");
    vehicles = write("vehicles.jsonl", "{\"vehicleId\":\"v1\",\"ratedSeats\":4}\n");
    registrations = write("registrations.jsonl", String.join("\n",
        "{\"personId\":\"p1\",\"registeredAt\":\"2021-02-10T08:30:00+08:00\"}",
        "{\"personId\":\"p2\",\"registeredAt\":\"2021-02-10T08:30:00+08:00\"}",
        "{\"personId\":\"p3\",\"registeredAt\":\"2021-02-10T08:30:00+08:00\"}"));
  }

  @Test
  @DisplayName("§2.5 the plan takes the elderly first, keeps a household together, loads half the seats: clean, exit 0")
  void planClean() {
    CliRun r = CliRun.of(RESIDENTS, "isolation", "--order", order, "--vehicles", vehicles, "--registrations",
        registrations, "--first-departure", "2021-02-10T09:00:00+08:00", "--site", "s1");
    assertThat(r.exit()).isZero();
    JsonNode doc = r.document();
    List<String> trips = new ArrayList<>();
    doc.get("trips").forEach(t -> trips.add(t.get("tripId").asText() + " " + t.get("departsAt").asText() + " "
        + t.get("passengers")));
    assertThat(trips).containsExactly("T1 2021-02-10T01:00:00Z [\"p1\"]", "T2 2021-02-10T02:00:00Z [\"p2\",\"p3\"]");
    assertThat(doc.get("check").get("findings")).isEmpty();
    assertThat(doc.get("check").get("isolationOrders").get("p3").get("startOn").asText()).isEqualTo("2021-02-10");
    assertThat(r.summary().get("assigned").asLong()).isEqualTo(3);
  }

  @Test
  @DisplayName("§2.5 given trips are checked: a split household and an overloaded vehicle are findings, exit 1")
  void checkTrips() throws IOException {
    String trips = write("trips.jsonl", String.join("\n",
        "{\"tripId\":\"t1\",\"vehicleId\":\"v1\",\"departsAt\":\"2021-02-10T09:00:00+08:00\",\"siteId\":\"s1\","
            + "\"passengers\":[\"p1\",\"p2\",\"p3\"]}"));
    CliRun r = CliRun.of(RESIDENTS, "--lang", "en", "isolation", "--order", order, "--vehicles", vehicles,
        "--registrations", registrations, "--trips", trips, "--format", "text");
    assertThat(r.exit()).isEqualTo(CommunityPrevention.FINDINGS);
    assertThat(r.out()).contains("order-1\tt1\tover the vehicle's capacity\ttrip t1 carries 3 people; its 4 rated "
        + "seats allow 2 at a load factor of 0.5");
    assertThat(r.summary().get("findings").asLong()).isEqualTo(1);
  }

  @Test
  @DisplayName("a bad resident line is rejected and the rest planned; a bad vehicle line is bad input for the run")
  void badLines() throws IOException {
    CliRun r = CliRun.of(RESIDENTS + "\n{\"personId\":\"13800138000\",\"householdId\":\"h3\"}", "isolation",
        "--order", order, "--vehicles", vehicles, "--registrations", registrations, "--site", "s1");
    assertThat(r.exit()).isEqualTo(CommunityPrevention.BAD_INPUT);
    assertThat(r.rejected()).extracting(j -> j.get("line").asLong()).containsExactly(4L);
    assertThat(r.summary().get("accepted").asLong()).isEqualTo(3);
    assertThat(String.join("\n", r.out()) + String.join("\n", r.err())).doesNotContain("13800138000");

    String badVehicles = write("bad-vehicles.jsonl", "{\"vehicleId\":\"v1\",\"ratedSeats\":4}\n"
        + "{\"vehicleId\":\"v2\",\"ratedSeats\":0}\n");
    CliRun v = CliRun.of(RESIDENTS, "isolation", "--order", order, "--vehicles", badVehicles, "--site", "s1");
    assertThat(v.exit()).isEqualTo(CommunityPrevention.BAD_INPUT);
    assertThat(v.out()).isEmpty();
    assertThat(v.violations().get(0).get("field").asText()).isEqualTo("vehicles:2.ratedSeats");
  }

  @Test
  @DisplayName("instants need an offset, durations must be positive, a plan needs a site, the order names its fields")
  void options() throws IOException {
    CliRun noOffset = CliRun.of(RESIDENTS, "isolation", "--order", order, "--vehicles", vehicles, "--site", "s1",
        "--first-departure", "2021-02-10T09:00:00");
    assertThat(noOffset.violations().get(0).get("code").asText()).isEqualTo("cli.cli.bad_instant");
    CliRun zero = CliRun.of(RESIDENTS, "isolation", "--order", order, "--vehicles", vehicles, "--site", "s1",
        "--interval", "PT0S");
    assertThat(zero.violations().get(0).get("code").asText()).isEqualTo("cli.cli.bad_duration");
    CliRun noSite = CliRun.of(RESIDENTS, "isolation", "--order", order, "--vehicles", vehicles);
    assertThat(noSite.violations().get(0).get("field").asText()).isEqualTo("--site");
    String badOrder = write("bad-order.json",
        "{\"orderId\":\"order-1\",\"area\":\"440983102000\",\"announcedAt\":\"2021-02-10T08:00:00+08:00\"}");
    CliRun township = CliRun.of(RESIDENTS, "isolation", "--order", badOrder, "--vehicles", vehicles, "--site", "s1");
    assertThat(township.exit()).isEqualTo(CommunityPrevention.BAD_INPUT);
    assertThat(township.violations().get(0).get("field").asText()).isEqualTo("order.area");
  }
}
