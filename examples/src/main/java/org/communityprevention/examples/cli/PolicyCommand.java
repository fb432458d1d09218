package org.communityprevention.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.concurrent.Callable;
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
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code policy list|show|validate|merge}: the national baselines and provincial layers. */
@Command(name = "policy", description = "Show, validate and merge policies.",
    subcommands = {PolicyCommand.ListBaselines.class, PolicyCommand.Show.class, PolicyCommand.Validate.class,
        PolicyCommand.Merge.class})
final class PolicyCommand {
  @ParentCommand
  CommunityPrevention root;


  /** {@code policy list}: the shipped baselines with their periods. */
  @Command(name = "list", description = "List the national baselines and their periods.")
  static final class ListBaselines implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      for (Policy p : NationalBaselines.catalog().policies()) {
        spec.commandLine().getOut().printf("%s\t%s\t%s\t%s%n", p.id(), p.effectiveFrom(),
            p.effectiveUntil().map(LocalDate::toString).orElse("-"), p.titleEn());
      }
      return CommunityPrevention.OK;
    }
  }

  /** {@code policy show}: a baseline, or one field of it, by id or by date. */
  @Command(name = "show", description = "Show the baseline with an id or in force on a date, or one of its fields.")
  static final class Show implements Callable<Integer> {
    @ParentCommand
    PolicyCommand parent;
    @Spec
    CommandSpec spec;
    @Option(names = "--id", description = "Baseline id, e.g. ed7-2020.")
    String id;
    @Option(names = "--date", description = "Beijing date; the baseline in force on it.")
    String date;
    @Option(names = "--field", description = "One field path, e.g. population.closeContact.")
    String field;

    @Override
    public Integer call() {
      try {
        Policy p = id != null ? NationalBaselines.byId(id)
            : NationalBaselines.inForceOn(date == null ? LocalDate.of(2021, 1, 30) : parseDate(date));
        if (field == null) {
          Cli.printJson(spec.commandLine().getOut(), p);
        } else {
          PolicyField f = PolicyFields.at(field).orElseThrow(() ->
              ValidationException.of("--field", "cli.cli.unknown_field", "field", field));
          spec.commandLine().getOut().println(Json.write(f.valueIn(p)) + "\t[" + p.provenance().get(field).mark()
              + "] " + p.provenance().get(field).source());
        }
        return CommunityPrevention.OK;
      } catch (ValidationException e) {
        return Cli.badInput(e, spec.commandLine().getErr(), parent.root.locale());
      }
    }
  }

  /** {@code policy validate FILE}: a complete policy or a provincial layer. */
  @Command(name = "validate", description = "Validate a complete policy or a provincial layer (- for stdin).")
  static final class Validate implements Callable<Integer> {
    @ParentCommand
    PolicyCommand parent;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "FILE")
    String file;

    @Override
    public Integer call() {
      try {
        Policy p = load(Cli.read(file));
        spec.commandLine().getOut().println("valid " + p.ref() + (p.basedOn().map(b -> " on " + b).orElse("")));
        return CommunityPrevention.OK;
      } catch (ValidationException e) {
        return Cli.badInput(e, spec.commandLine().getErr(), parent.root.locale());
      }
    }
  }

  /** {@code policy merge FILE}: layers a provincial policy on its baseline and prints the result. */
  @Command(name = "merge", description = "Layer a provincial policy on its baseline and print the merged policy.")
  static final class Merge implements Callable<Integer> {
    @ParentCommand
    PolicyCommand parent;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "FILE")
    String file;

    @Override
    public Integer call() {
      try {
        Cli.printJson(spec.commandLine().getOut(), PolicyJson.layer(NationalBaselines.catalog(),
            Cli.read(file)));
        return CommunityPrevention.OK;
      } catch (ValidationException e) {
        return Cli.badInput(e, spec.commandLine().getErr(), parent.root.locale());
      }
    }
  }

  /** A layer (it names a baseline) is merged; anything else is read as a complete policy. */
  static Policy load(String json) {
    JsonNode node = Json.read(json, JsonNode.class);
    return node.has("basedOn") && node.has("overrides") ? PolicyJson.layer(NationalBaselines.catalog(), json)
        : PolicyJson.read(json);
  }

  static LocalDate parseDate(String text) {
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw ValidationException.of("--date", "cli.cli.bad_date");
    }
  }
}
