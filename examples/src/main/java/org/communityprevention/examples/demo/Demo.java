package org.communityprevention.examples.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.communityprevention.core.message.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The demo: builds a fictional county (8 townships, about 150 villages and communities, 200,000 residents, 60 days
 * from 2021-01-20 with the Spring Festival period and one local outbreak wave) and runs the whole library over it,
 * printing a summary and writing an HTML report.
 *
 * <p>Options (parsed by picocli; {@code --help} lists them): {@code --lang zh|en} (default zh),
 * {@code --residents N} (at least 1,000), {@code --villages N} (at least 16), {@code --days N} (at least 30),
 * {@code --seed N}, {@code --out PATH} (default {@code target/demo-report.html}). A bad option is reported in one
 * line on standard error with exit code 2, never as a stack trace.
 */
public final class Demo {
  /** Exit code of a bad option. */
  static final int BAD_OPTIONS = 2;

  private Demo() {}

  /** Entry point. */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    CommandLine cli = new CommandLine(new Spec());
    DemoOptions options;
    try {
      cli.parseArgs(args);
      if (cli.isUsageHelpRequested()) {
        cli.usage(out);
        return;
      }
      if (cli.isVersionHelpRequested()) {
        cli.printVersionHelp(out);
        return;
      }
      options = ((Spec) cli.getCommand()).toOptions();
    } catch (IllegalArgumentException | CommandLine.ParameterException e) {
      err.println("demo: " + e.getMessage() + " (see --help)");
      System.exit(BAD_OPTIONS);
      return;
    }
    DemoRun run = DemoRun.execute(options, out);
    Path path = Path.of(options.out());
    if (path.getParent() != null) {
      Files.createDirectories(path.getParent());
    }
    run.writeTo(path);
    out.println();
    out.println((options.zh() ? "HTML 报告：" : "HTML report: ") + path.toAbsolutePath());
  }

  /** The demo's command line. */
  @Command(name = "demo", mixinStandardHelpOptions = true, version = "community-prevention demo 0.1.0",
      description = "Runs the whole library over a fictional county and writes an HTML report.")
  static final class Spec {
    @Option(names = "--lang", defaultValue = "zh", description = "Language: zh (default) or en.")
    String lang;
    @Option(names = "--residents", defaultValue = "200000", description = "Residents, at least 1000 (default 200000).")
    int residents;
    @Option(names = "--villages", defaultValue = "150", description = "Villages and communities, at least 16 "
        + "(default 150).")
    int villages;
    @Option(names = "--days", defaultValue = "60", description = "Days from 2021-01-20, at least 30 (default 60).")
    int days;
    @Option(names = "--seed", defaultValue = "20210130", description = "Seed of the fictional county.")
    long seed;
    @Option(names = "--out", defaultValue = "target/demo-report.html", description = "Where the HTML report is "
        + "written (default target/demo-report.html).")
    String out;

    /**
     * The options, checked.
     *
     * @throws IllegalArgumentException naming the option and what it allows
     */
    DemoOptions toOptions() {
      if (!"zh".equals(lang) && !"en".equals(lang)) {
        throw new IllegalArgumentException("--lang must be zh or en, not '" + lang + "'");
      }
      atLeast("--residents", residents, 1000, "residents");
      atLeast("--villages", villages, 16, "villages");
      atLeast("--days", days, 30, "days");
      return new DemoOptions("en".equals(lang) ? Messages.EN : Messages.ZH, residents, villages, days, seed, out);
    }

    private static void atLeast(String option, int value, int min, String what) {
      if (value < min) {
        throw new IllegalArgumentException(option + " must be at least " + min + " " + what + ", not " + value);
      }
    }
  }

  /** Demo options. */
  record DemoOptions(Locale lang, int residents, int villages, int days, long seed, String out) {
    boolean zh() {
      return "zh".equals(lang.getLanguage());
    }

    /**
     * Parses and checks the options.
     *
     * @throws IllegalArgumentException for an unknown option, a value of the wrong type or out of range, naming
     *     the option (and, for an unknown one, those that exist)
     */
    static DemoOptions parse(String[] args) {
      Spec spec = new Spec();
      try {
        new CommandLine(spec).parseArgs(args);
      } catch (CommandLine.ParameterException e) {
        throw new IllegalArgumentException(e.getMessage()
            + " (options: --lang, --residents, --villages, --days, --seed, --out, --help)", e);
      }
      return spec.toOptions();
    }
  }
}
