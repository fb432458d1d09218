package org.communityprevention.examples.demo;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.policy.ManagementPlan;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.policy.PolicyField;
import org.communityprevention.core.policy.PolicyFields;
import org.communityprevention.core.policy.Provenance;

/**
 * The demo: runs the library over built-in sample data and prints what it decided and why.
 *
 * <p>Options: {@code --lang zh|en} (default zh), {@code --date YYYY-MM-DD} (default 2021-01-30, the notice's date).
 */
public final class Demo {
  private Demo() {}

  /** Entry point. */
  public static void main(String[] args) {
    Locale lang = Messages.ZH;
    LocalDate date = LocalDate.of(2021, 1, 30);
    for (int i = 0; i < args.length; i++) {
      if ("--lang".equals(args[i]) && i + 1 < args.length) {
        lang = "en".equals(args[++i]) ? Messages.EN : Messages.ZH;
      } else if ("--date".equals(args[i]) && i + 1 < args.length) {
        date = LocalDate.parse(args[++i]);
      }
    }
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8), lang, date);
  }

  /** Prints the demo to a stream. */
  public static void run(PrintStream out, Locale lang, LocalDate date) {
    boolean zh = "zh".equals(lang.getLanguage());
    Policy policy = NationalBaselines.inForceOn(date);
    out.println(zh ? "城乡社区防控规则库 · 演示" : "community-prevention · demo");
    out.println((zh ? "日期 " : "Date ") + date + (zh ? "，生效的全国基线：" : ", national baseline in force: ")
        + policy.ref() + " — " + (zh ? policy.titleZh() : policy.titleEn()));
    out.println();
    for (PolicyField field : PolicyFields.all()) {
      Object value = field.valueIn(policy);
      Provenance p = policy.provenance().get(field.path());
      String shown = value instanceof ManagementPlan ? value.toString() : String.valueOf(value);
      out.printf("  %-45s %-40s [%s]%n", field.path(), shown, p.mark());
    }
    out.println();
    out.println((zh ? "待核实的默认值（标记 U）：" : "Unverified defaults (mark U): ") + policy.unverifiedFields().size());
  }
}
