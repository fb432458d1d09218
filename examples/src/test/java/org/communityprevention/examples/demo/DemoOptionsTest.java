package org.communityprevention.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.communityprevention.core.message.Messages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

@DisplayName("The demo's options")
class DemoOptionsTest {
  @Test
  @DisplayName("defaults and given values are read")
  void values() {
    Demo.DemoOptions d = Demo.DemoOptions.parse(new String[0]);
    assertThat(d).isEqualTo(new Demo.DemoOptions(Messages.ZH, 200_000, 150, 60, 20_210_130L,
        "target/demo-report.html"));
    Demo.DemoOptions e = Demo.DemoOptions.parse(new String[] {"--lang", "en", "--residents", "5000", "--seed", "7"});
    assertThat(e.lang()).isEqualTo(Messages.EN);
    assertThat(e.residents()).isEqualTo(5000);
    assertThat(e.seed()).isEqualTo(7);
  }

  @Test
  @DisplayName("--residents -5, a word for a number, --lang fr and a lone option are refused with a clear message")
  void refused() {
    assertThatThrownBy(() -> Demo.DemoOptions.parse(new String[] {"--residents", "-5"}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("--residents must be at least 1000 residents, not -5");
    assertThatThrownBy(() -> Demo.DemoOptions.parse(new String[] {"--residents", "many"}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--residents").hasMessageContaining("many");
    assertThatThrownBy(() -> Demo.DemoOptions.parse(new String[] {"--lang", "fr"}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("--lang must be zh or en, not 'fr'");
    assertThatThrownBy(() -> Demo.DemoOptions.parse(new String[] {"--days"}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--days");
    assertThatThrownBy(() -> Demo.DemoOptions.parse(new String[] {"--colour", "red"}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown option")
        .hasMessageContaining("--colour");
  }

  @Test
  @DisplayName("--help lists every option with its default")
  void help() {
    CommandLine cli = new CommandLine(new Demo.Spec());
    cli.parseArgs("--help");
    assertThat(cli.isUsageHelpRequested()).isTrue();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    cli.usage(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("--lang", "--residents", "--villages", "--days",
        "--seed", "--out", "target/demo-report.html", "--help");
  }
}
