package org.communityprevention.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.json.PolicyJson;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.policy.PolicyField;
import org.communityprevention.core.policy.PolicyFields;
import org.communityprevention.core.validation.ValidationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code policy list|show|validate|merge}: the national baselines and provincial layers. */
@Command(name = "policy", description = "Show, validate and merge policies.",
    subcommands = {PolicyCommand.ListBaselines.class, PolicyCommand.Show.class, PolicyCommand.Validate.class,
        PolicyCommand.Merge.class})
final class PolicyCommand {
  /** {@code policy list}: the shipped baselines with their periods. */
  @Command(name = "list", description = "List the national baselines and their periods.")
  static final class ListBaselines extends JsonCommand {
    @Override
    int run(PrintWriter out, PrintWriter err) {
      for (Policy p : NationalBaselines.catalog().policies()) {
        out.printf(Locale.ROOT, "%s\t%s\t%s\t%s%n", p.id(), p.effectiveFrom(),
            p.effectiveUntil().map(LocalDate::toString).orElse("-"), p.titleEn());
      }
      return CommunityPrevention.OK;
    }
  }

  /** {@code policy show}: a baseline, or one field of it, by id or by date. */
  @Command(name = "show", description = "Show the baseline with an id or in force on a date, or one of its fields.")
  static final class Show extends JsonCommand {
    @Option(names = "--id", description = "Baseline id, e.g. ed7-2020.")
    String id;
    @Option(names = "--date", description = "Beijing date; the baseline in force on it.")
    String date;
    @Option(names = "--field", description = "One field path, e.g. population.closeContact.")
    String field;

    @Override
    int run(PrintWriter out, PrintWriter err) {
      Policy p = id != null ? NationalBaselines.byId(id)
          : NationalBaselines.inForceOn(date == null ? LocalDate.of(2021, 1, 30) : Cli.date("--date", date));
      if (field == null) {
        Cli.printJson(out, p);
      } else {
        PolicyField f = PolicyFields.at(field).orElseThrow(() ->
            ValidationException.of("--field", "cli.cli.unknown_field", "field", field));
        out.println(Json.write(f.valueIn(p)) + "\t[" + p.provenance().get(field).mark()
            + "] " + p.provenance().get(field).source());
      }
      return CommunityPrevention.OK;
    }
  }

  /** {@code policy validate FILE}: a complete policy or a provincial layer. */
  @Command(name = "validate", description = "Validate a complete policy or a provincial layer (- for stdin).")
  static final class Validate extends JsonCommand {
    @Parameters(paramLabel = "FILE")
    String file;

    @Override
    int run(PrintWriter out, PrintWriter err) {
      Policy p = load(Cli.read(file));
      out.println("valid " + p.ref() + (p.basedOn().map(b -> " on " + b).orElse("")));
      return CommunityPrevention.OK;
    }
  }

  /** {@code policy merge FILE}: layers a provincial policy on its baseline and prints the result. */
  @Command(name = "merge", description = "Layer a provincial policy on its baseline and print the merged policy.")
  static final class Merge extends JsonCommand {
    @Parameters(paramLabel = "FILE")
    String file;

    @Override
    int run(PrintWriter out, PrintWriter err) {
      Cli.printJson(out, PolicyJson.layer(NationalBaselines.catalog(), Cli.read(file)));
      return CommunityPrevention.OK;
    }
  }

  /** A layer (it names a baseline) is merged; anything else is read as a complete policy. */
  static Policy load(String json) {
    JsonNode node = Json.read(json, JsonNode.class);
    return node.has("basedOn") && node.has("overrides") ? PolicyJson.layer(NationalBaselines.catalog(), json)
        : PolicyJson.read(json);
  }

}
