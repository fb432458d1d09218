package org.communityprevention.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.testing.MessageBundles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every message code of the command line has an English and a Chinese text. */
@DisplayName("Command-line message texts")
class CliMessagesTest {
  private static final Path SOURCES = Path.of("src/main/java/org/communityprevention/examples/cli");

  @Test
  @DisplayName("the bundle has both languages, and every code the commands use has a text in both")
  void everyCodeHasBothTexts() throws IOException {
    Map<String, Properties[]> bundles = MessageBundles.under("org/communityprevention/cli/");
    assertThat(bundles).containsOnlyKeys("org/communityprevention/cli/cli/Messages");
    Properties[] texts = bundles.get("org/communityprevention/cli/cli/Messages");
    assertThat(texts[1].stringPropertyNames()).isEqualTo(texts[0].stringPropertyNames());

    Set<String> used = new TreeSet<>();
    Pattern code = Pattern.compile("\"(cli\\.cli\\.[a-z_]+)\"");
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path f : files.toList()) {
        Matcher m = code.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).isNotEmpty();
    for (String c : used) {
      assertThat(Messages.hasText(c, Messages.EN)).as(c + " en").isTrue();
      assertThat(Messages.hasText(c, Messages.ZH)).as(c + " zh").isTrue();
    }
  }
}
