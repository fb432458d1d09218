package org.communityprevention.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's embedding block is a program that compiles as written, and its comments say what it prints. */
@DisplayName("README embedding snippet")
class EmbeddingReadmeTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);
  private static final Pattern CLASS = Pattern.compile("public class (\\w+)");
  private static final Pattern PRINTS = Pattern.compile("System\\.out\\.println\\(.*// → (.*)$");

  @TempDir
  Path dir;

  @Test
  @DisplayName("compiles as written, runs, and prints what its comments say")
  void compilesRunsAndTellsTheTruth() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    Matcher block = JAVA_BLOCK.matcher(readme);
    assertThat(block.find()).as("a java block in README.md").isTrue();
    String source = block.group(1);
    Matcher name = CLASS.matcher(source);
    assertThat(name.find()).as("a public class").isTrue();
    Path file = dir.resolve(name.group(1) + ".java");
    Files.writeString(file, source, StandardCharsets.UTF_8);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = javac.run(null, null, diagnostics, "-d", dir.toString(), "-cp", classPath(),
        "-Xlint:all", "-Werror", file.toString());
    assertThat(status).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();

    List<String> printed = run(name.group(1), ROOT.resolve("docs/examples/guangdong-2021.json").toString());
    List<String> promised = new ArrayList<>();
    for (String line : source.split("\n")) {
      Matcher m = PRINTS.matcher(line);
      if (m.find()) {
        promised.add(m.group(1).strip());
      }
    }
    assertThat(promised).as("every println says what it prints").hasSize(printed.size()).isNotEmpty();
    for (int i = 0; i < printed.size(); i++) {
      String says = promised.get(i);
      // "…" ends a comment that gives the start of a long line; "(…)" after the value explains it.
      String expected = says.replaceFirst(" \\(.*\\)$", "");
      if (expected.endsWith("…")) {
        assertThat(printed.get(i)).as("line " + (i + 1)).startsWith(expected.substring(0, expected.length() - 1));
      } else {
        assertThat(printed.get(i)).as("line " + (i + 1)).isEqualTo(expected);
      }
    }
  }

  private List<String> run(String className, String arg) throws Exception {
    PrintStream saved = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
        EmbeddingReadmeTest.class.getClassLoader())) {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      Method main = loader.loadClass(className).getMethod("main", String[].class);
      main.invoke(null, (Object) new String[] {arg});
    } finally {
      System.setOut(saved);
    }
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  /** The test class path (Surefire may hide it behind a manifest-only jar). */
  private static String classPath() throws IOException {
    String cp = System.getProperty("surefire.test.class.path");
    if (cp == null || cp.isBlank()) {
      cp = System.getProperty("java.class.path");
    }
    return String.join(File.pathSeparator, cp.split(File.pathSeparator));
  }
}
