package org.communityprevention.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.communityprevention.core.message.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The JSON command line for platforms that are not Java. Reads JSON or JSON Lines from files or standard input,
 * writes JSON to standard output, and exits 0 when all is well, 1 when the rules found something (findings), 2 on
 * bad input, with the violations as JSON on standard error. See {@code docs/cli.md}.
 */
@Command(name = "community-prevention", mixinStandardHelpOptions = true, version = "community-prevention 0.1.0",
    description = "Community epidemic-prevention rules (民发〔2021〕11号) over JSON.",
    subcommands = {ClassifyCommand.class, RiskCommand.class, ReportsCommand.class, EligibilityCommand.class,
        ReturneesCommand.class, IsolationCommand.class, OrdersCommand.class, PolicyCommand.class})
public final class CommunityPrevention {
  /** All is well. */
  public static final int OK = 0;
  /** The rules found something worth attention (findings). */
  public static final int FINDINGS = 1;
  /** The input was bad; the violations are on standard error. */
  public static final int BAD_INPUT = 2;

  /** The languages of messages. */
  static final List<String> LANGUAGES = List.of("zh", "en");

  @Option(names = "--lang", description = "Language of messages: zh (default) or en.", defaultValue = "zh",
      scope = CommandLine.ScopeType.INHERIT)
  String lang;

  @Option(names = "--charset", description = "Charset of the input files: UTF-8 (default), GBK or GB18030.",
      defaultValue = "UTF-8", scope = CommandLine.ScopeType.INHERIT)
  String charset;

  /** The language of messages; English for a language that is not offered, so that refusing it reads. */
  Locale locale() {
    return "zh".equals(lang) ? Messages.ZH : Messages.EN;
  }

  /**
   * Checks the root options before a command runs.
   *
   * @throws org.communityprevention.core.validation.ValidationException {@code cli.cli.bad_choice} for a language
   *     or a charset that is not offered
   */
  void checkOptions() {
    Cli.choice("--lang", lang, LANGUAGES);
    Cli.useCharset(charset);
  }

  /** Runs the command line with the given streams and returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new CommunityPrevention());
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler((ex, a) -> {
      err.println(Cli.errorJson("arguments", "cli.usage", ex.getMessage()));
      return BAD_INPUT;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** Entry point. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(args, out, err));
  }
}
