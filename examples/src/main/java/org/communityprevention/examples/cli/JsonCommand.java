package org.communityprevention.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.communityprevention.core.validation.Rejected;
import org.communityprevention.core.validation.ValidationException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A subcommand that answers on standard output and reports on standard error: a {@link ValidationException} from
 * its work is bad input (exit 2, the violations as JSON on standard error), and a batch ends with its rejected lines,
 * a one-line JSON summary and the exit code of {@link Cli#exitCode}.
 */
abstract class JsonCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public final Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      ((CommunityPrevention) spec.root().userObject()).checkOptions();
      return run(spec.commandLine().getOut(), err);
    } catch (ValidationException e) {
      return Cli.badInput(e, err, locale());
    }
  }

  /** The command's work; returns the exit code. */
  abstract int run(PrintWriter out, PrintWriter err);

  /** The language of messages, from the root command's {@code --lang}. */
  final Locale locale() {
    return ((CommunityPrevention) spec.root().userObject()).locale();
  }

  /**
   * Ends a batch: flushes the answer, writes the rejected lines (to {@code rejectedFile}, else standard error) and
   * the summary, and returns bad input if a line was rejected, else findings if there are any, else ok.
   */
  final int finish(PrintWriter out, PrintWriter err, String rejectedFile, List<Rejected> rejected,
      ObjectNode summary, long findings) {
    out.flush();
    Cli.writeRejected(rejectedFile, rejected, err, locale());
    err.println(summary);
    return Cli.exitCode(rejected.size(), findings);
  }
}
