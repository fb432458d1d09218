package org.communityprevention.examples.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.communityprevention.core.message.Messages;

/**
 * The demo: builds a fictional county (8 townships, about 150 villages and communities, 200,000 residents, 60 days
 * from 2021-01-20 with the Spring Festival period and one local outbreak wave) and runs the whole library over it,
 * printing a summary and writing an HTML report.
 *
 * <p>Options: {@code --lang zh|en} (default zh), {@code --residents N}, {@code --villages N}, {@code --days N},
 * {@code --seed N}, {@code --out PATH} (default {@code target/demo-report.html}).
 */
public final class Demo {
  private Demo() {}

  /** Entry point. */
  public static void main(String[] args) throws IOException {
    DemoOptions options = DemoOptions.parse(args);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    DemoRun run = DemoRun.execute(options, out);
    Path path = Path.of(options.out());
    if (path.getParent() != null) {
      Files.createDirectories(path.getParent());
    }
    run.writeTo(path);
    out.println();
    out.println((options.zh() ? "HTML 报告：" : "HTML report: ") + path.toAbsolutePath());
  }

  /** Demo options. */
  record DemoOptions(Locale lang, int residents, int villages, int days, long seed, String out) {
    boolean zh() {
      return "zh".equals(lang.getLanguage());
    }

    static DemoOptions parse(String[] args) {
      Locale lang = Messages.ZH;
      int residents = 200_000;
      int villages = 150;
      int days = 60;
      long seed = 20_210_130L;
      String out = "target/demo-report.html";
      for (int i = 0; i + 1 < args.length; i += 2) {
        String v = args[i + 1];
        switch (args[i]) {
          case "--lang":
            lang = "en".equals(v) ? Messages.EN : Messages.ZH;
            break;
          case "--residents":
            residents = Integer.parseInt(v);
            break;
          case "--villages":
            villages = Integer.parseInt(v);
            break;
          case "--days":
            days = Integer.parseInt(v);
            break;
          case "--seed":
            seed = Long.parseLong(v);
            break;
          case "--out":
            out = v;
            break;
          default:
            throw new IllegalArgumentException("unknown option " + args[i]
                + " (use --lang, --residents, --villages, --days, --seed, --out)");
        }
      }
      if (residents < 1000 || villages < 16 || days < 30) {
        throw new IllegalArgumentException("at least 1000 residents, 16 villages and 30 days");
      }
      return new DemoOptions(lang, residents, villages, days, seed, out);
    }
  }
}
