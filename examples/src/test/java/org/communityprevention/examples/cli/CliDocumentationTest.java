package org.communityprevention.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every {@code $ community-prevention …} example of docs/cli.md and compares output and exit code. Files named
 * after {@code --rejected} or {@code --findings} are written to a temporary directory, and a {@code $ cat FILE}
 * example prints such a file.
 */
@DisplayName("docs/cli.md examples")
class CliDocumentationTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern EXIT = Pattern.compile("\\s+#\\s*exit\\s+(\\d+)\\s*$");

  record Example(String command, List<String> expected, int exit) {}

  static List<Example> examples() throws IOException {
    List<String> lines = Files.readAllLines(ROOT.resolve("docs/cli.md"), StandardCharsets.UTF_8);
    List<Example> out = new ArrayList<>();
    boolean inConsole = false;
    String command = null;
    List<String> expected = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("```console")) {
        inConsole = true;
      } else if (inConsole && (line.startsWith("```") || line.startsWith("$ "))) {
        if (command != null) {
          Matcher m = EXIT.matcher(command);
          int exit = m.find() ? Integer.parseInt(m.group(1)) : 0;
          out.add(new Example(EXIT.matcher(command).replaceAll(""), List.copyOf(expected), exit));
        }
        command = line.startsWith("$ ") ? line.substring(2) : null;
        expected.clear();
        inConsole = !line.startsWith("```");
      } else if (inConsole && command != null) {
        expected.add(line);
      }
    }
    return out;
  }

  @TempDir
  static Path outputs;

  @TestFactory
  Stream<DynamicTest> documentedExamplesPass() throws IOException {
    List<Example> examples = examples();
    assertThat(examples).hasSizeGreaterThanOrEqualTo(12);
    return examples.stream().map(ex -> DynamicTest.dynamicTest(ex.command(), () -> {
      String[] words = ex.command().trim().split("\\s+");
      if (words[0].equals("cat")) {
        assertThat(Files.readAllLines(outputs.resolve(words[1]), StandardCharsets.UTF_8)).isEqualTo(ex.expected());
        return;
      }
      assertThat(words[0]).isEqualTo("community-prevention");
      String[] args = new String[words.length - 1];
      for (int i = 1; i < words.length; i++) {
        String w = words[i];
        boolean output = words[i - 1].equals("--rejected") || words[i - 1].equals("--findings");
        args[i - 1] = w.startsWith("docs/") ? ROOT.resolve(w).toString()
            : output ? outputs.resolve(w).toString() : w;
      }
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = CommunityPrevention.run(args, new PrintWriter(out), new PrintWriter(err));
      assertThat(code).as("exit code").isEqualTo(ex.exit());
      List<String> actual = new ArrayList<>(out.toString().lines().toList());
      actual.addAll(err.toString().lines().toList());
      assertThat(actual).isEqualTo(ex.expected());
    }));
  }
}
