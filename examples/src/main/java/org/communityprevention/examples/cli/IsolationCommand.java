package org.communityprevention.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.communityprevention.core.isolation.Evacuee;
import org.communityprevention.core.isolation.MassIsolationCheck;
import org.communityprevention.core.isolation.MassIsolationOrder;
import org.communityprevention.core.isolation.MassIsolations;
import org.communityprevention.core.isolation.Registration;
import org.communityprevention.core.isolation.TransferFinding;
import org.communityprevention.core.isolation.Trip;
import org.communityprevention.core.isolation.Vehicle;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.time.BeijingTime;
import org.communityprevention.core.validation.ValidationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code isolation}: a mass isolation order, the residents it covers (JSON Lines of {@code Evacuee}), the vehicles
 * and the registrations in; the trips (planned here, or the ones given with {@code --trips}) and the check's findings
 * and isolation orders out (大规模集中隔离, §2.5). Exits 1 when the check finds something.
 */
@Command(name = "isolation", description = "Plan and check a mass isolation order's transfer (evacuees as JSON "
    + "Lines of Evacuee).")
final class IsolationCommand extends JsonCommand {
  @Option(names = "--order", required = true, description = "The MassIsolationOrder, one JSON document.")
  String orderFile;
  @Option(names = "--vehicles", required = true, description = "The vehicles, one Vehicle per line.")
  String vehiclesFile;
  @Option(names = "--registrations", description = "The registrations made, one Registration per line (default: "
      + "none, so everyone is unregistered).")
  String registrationsFile;
  @Option(names = "--trips", description = "Trips planned or made, one Trip per line, to check instead of planning.")
  String tripsFile;
  @Option(names = "--first-departure", description = "When the first round of vehicles leaves, with an offset "
      + "(default: the information release).")
  String firstDeparture;
  @Option(names = "--interval", defaultValue = "PT1H", description = "Time between rounds of vehicles (ISO, "
      + "default PT1H).")
  String interval;
  @Option(names = "--site", description = "The isolation site's id, for planned trips (required without --trips).")
  String site;
  @Option(names = "--policy", description = "Baseline id, or a policy or provincial layer file; default: the "
      + "baseline in force on the day of the information release.")
  String policy;
  @Option(names = "--rejected", description = "File for rejected lines (default: standard error).")
  String rejectedFile;
  @Option(names = "--format", defaultValue = "json", description = "json (default): one document with the trips "
      + "and the check; text: a line per trip and per finding, reasons in the chosen language.")
  String format;
  @Parameters(paramLabel = "FILE", defaultValue = "-", description = "The residents of the order, one Evacuee per "
      + "line (- for stdin).")
  String file;

  @Override
  int run(PrintWriter out, PrintWriter err) {
    Cli.format(format);
    MassIsolationOrder order = Cli.document("order", orderFile, MassIsolationOrder.class);
    Policy p = Cli.policy(policy, BeijingTime.dateOf(order.announcedAt()));
    Duration every = Cli.duration("--interval", interval);
    Instant first = firstDeparture == null ? order.announcedAt() : Cli.instant("--first-departure", firstDeparture);
    if (tripsFile == null && site == null) {
      throw ValidationException.of("--site", "cli.cli.missing_option");
    }
    List<Vehicle> vehicles = Cli.sideFile("vehicles", vehiclesFile, Vehicle.class);
    List<Registration> registrations = registrationsFile == null ? List.of()
        : Cli.sideFile("registrations", registrationsFile, Registration.class);
    List<Trip> given = tripsFile == null ? null : Cli.sideFile("trips", tripsFile, Trip.class);
    LineBatch<Evacuee> batch = LineBatch.read(file, Evacuee.class);
    batch.dropDuplicates(Evacuee::personId, "personId", LineBatch.CONFLICTING);

    MassIsolations transfers = MassIsolations.under(p);
    List<Trip> trips = given != null ? given
        : transfers.plan(order, batch.accepted(), vehicles, first, every, site);
    MassIsolationCheck check = transfers.check(order, batch.accepted(), registrations, vehicles, trips);

    if ("text".equals(format)) {
      printText(out, order, trips, check, locale());
    } else {
      ObjectNode doc = Json.mapper().createObjectNode();
      doc.put("order", order.orderId()).put("area", order.area().value());
      doc.put("planned", given == null);
      doc.set("trips", Json.mapper().valueToTree(trips));
      doc.set("check", Json.mapper().valueToTree(check));
      out.println(doc);
    }
    ObjectNode summary = Json.mapper().createObjectNode().put("read", batch.read())
        .put("accepted", batch.accepted().size()).put("rejected", batch.rejected().size())
        .put("duplicates", batch.duplicates()).put("trips", trips.size()).put("assigned", check.assigned())
        .put("registered", check.registered()).put("findings", check.findings().size());
    return finish(out, err, rejectedFile, batch.rejected(), summary, check.findings().size());
  }

  /** A line per trip (id, vehicle, Beijing departure, site, passengers), then one per finding with its reason. */
  private static void printText(PrintWriter out, MassIsolationOrder order, List<Trip> trips, MassIsolationCheck check,
      Locale locale) {
    boolean zh = "zh".equals(locale.getLanguage());
    java.time.format.DateTimeFormatter minute = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    for (Trip t : trips) {
      out.println(order.orderId() + "\t" + t.tripId() + "\t" + t.vehicleId() + "\t"
          + BeijingTime.localDateTimeOf(t.departsAt()).format(minute) + "\t" + t.siteId() + "\t"
          + (zh ? t.passengers().size() + " 人：" : t.passengers().size() + (t.passengers().size() == 1 ? " person: "
              : " people: "))
          + String.join(", ", t.passengers()));
    }
    for (TransferFinding f : check.findings()) {
      out.println(order.orderId() + "\t" + f.subject() + "\t" + f.kind().in(locale) + "\t" + f.reason().text(locale));
    }
    out.println(order.orderId() + "\t" + (zh ? "居民 " + check.residents() + " 人，已登记 " + check.registered()
        + " 人，已安排车辆 " + check.assigned() + " 人，问题 " + check.findings().size() + " 条"
        : check.residents() + " residents, " + check.registered() + " registered, " + check.assigned()
            + " on a trip, " + check.findings().size() + " findings"));
  }
}
