package org.communityprevention.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communityprevention.reporting.signal.SignalKind;
import org.communityprevention.reporting.signal.SignalSeverity;
import org.communityprevention.testkit.county.SampleScenario;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The demo")
class DemoTest {
  private static String[] run(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DemoRun run = DemoRun.execute(Demo.DemoOptions.parse(args), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return new String[] {bytes.toString(StandardCharsets.UTF_8), run.html()};
  }

  @Test
  @DisplayName("runs the whole library over a small county in English and writes every section of the report")
  void english() {
    String[] r = run("--lang", "en", "--residents", "20000", "--villages", "40", "--days", "45");
    String text = r[0];
    String html = r[1];
    assertThat(text).contains("Policy: ed7-2020@1")
        .contains("low risk → medium risk").contains("medium risk → high risk")
        .contains("close contact").contains("County")
        .contains("zero report").contains("community workers, subsidies");
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").contains("Risk level per township")
        .contains("Reporting heatmap").contains("Key populations on").contains("Service eligibility on")
        .contains("Findings, with reasons and clauses").contains("§1.4").contains("§2.3")
        .doesNotContain("<script");
  }

  @Test
  @DisplayName("speaks Chinese by default and is the same for the same seed")
  void chineseAndDeterministic() {
    String[] a = run("--residents", "5000", "--villages", "16", "--days", "40", "--seed", "7");
    String[] b = run("--residents", "5000", "--villages", "16", "--days", "40", "--seed", "7");
    assertThat(a[0]).contains("风险等级与应急响应").contains("重点人群分类").contains("日报告与零报告");
    // Only the time per step differs between runs.
    String timing = "<tr><td>[^<]*</td><td class=\"num\">[\\d,]+</td></tr>";
    assertThat(a[1].replaceAll(timing, "")).isEqualTo(b[1].replaceAll(timing, ""));
  }

  @Test
  @DisplayName("the concealing village's zero report during its outbreak is found (§2.3)")
  void concealmentFound() {
    String text = run("--lang", "en", "--residents", "20000", "--villages", "40", "--days", "45")[0];
    assertThat(text).contains("filed a zero report for 2021-02-05 although it is known to hold 5 active cases");
  }

  @Test
  @DisplayName("the report's first line and first finding are the gravest lead: the planted zero report (§2.3)")
  void gravestLeadFirst() {
    for (String lang : new String[] {"zh", "en"}) {
      String html = run("--lang", lang, "--residents", "20000", "--villages", "40", "--days", "45",
          "--seed", "20210130")[1];
      SampleScenario s = SampleScenario.build(20210130, 40, 20000, 45);
      String unit = s.concealingVillage().value();
      String day = s.concealmentDay().toString();
      int cases = s.activeCases(s.concealingVillage(), s.concealmentDay());
      String summary = html.substring(html.indexOf("<ol class=\"summary\">"));
      String firstLine = summary.substring(0, summary.indexOf("</li>"));
      assertThat(firstLine).as(lang).contains("data-active-cases=\"" + cases + "\"")
          .contains("data-close-contacts=\"48\"").contains("data-day=\"" + day + "\"")
          .contains("data-severity=\"" + SignalSeverity.CASE.code() + "\"")
          .contains("data-signal=\"" + SignalKind.ZERO_REPORT_CONTRADICTED.code() + "\"")
          .contains("data-unit=\"" + unit + "\"");
      assertThat(cases).isEqualTo(5);
      // The findings section opens with the concealment leads, and their first row is the planted one: the list
      // order follows urgency, not the order the steps ran in.
      String findings = html.substring(html.indexOf("<section id=\"findings\">"));
      Matcher heading = Pattern.compile("<h3 id=\"([^\"]+)\"").matcher(findings);
      assertThat(heading.find()).isTrue();
      assertThat(heading.group(1)).as(lang).isEqualTo("signals");
      String firstRow = findings.substring(findings.indexOf("<tbody>\n<tr>"));
      firstRow = firstRow.substring(0, firstRow.indexOf("</tr>"));
      assertThat(firstRow).as(lang).contains(day).contains("<code>" + unit + "</code>")
          .contains(">5<").contains(">48<");
    }
  }

  @Test
  @DisplayName("refuses sizes too small to show anything, naming the options")
  void badOptions() {
    assertThatThrownBy(() -> Demo.DemoOptions.parse(new String[] {"--residents", "10"}))
        .hasMessageContaining("1000 residents");
    assertThatThrownBy(() -> Demo.DemoOptions.parse(new String[] {"--colour", "red"}))
        .hasMessageContaining("--residents");
  }
}
