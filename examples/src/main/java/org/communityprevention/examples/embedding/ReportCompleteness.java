package org.communityprevention.examples.embedding;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.time.DateWindow;
import org.communityprevention.reporting.completeness.CompletenessCounts;
import org.communityprevention.reporting.completeness.CompletenessTable;
import org.communityprevention.reporting.completeness.PresenceBuilder;
import org.communityprevention.reporting.json.Ingest;
import org.communityprevention.reporting.json.ReportLines;
import org.communityprevention.reporting.registry.UnitChange;
import org.communityprevention.reporting.registry.UnitRegistry;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.report.ReportLedger;
import org.communityprevention.reporting.report.ReportingRules;

/** Daily and zero reports and their completeness (日报告、零报告, §1.6). */
public final class ReportCompleteness {
  private ReportCompleteness() {}

  /** What the example gives back, for the test. */
  public record Result(Ingest ingest, CompletenessCounts township, CompletenessCounts village) {}

  /** Two units over two days: one reports on time and one late; one day is missing. */
  public static Result run(Policy policy) {
    String jsonLines = "{\"unit\":\"440983102201\",\"day\":\"2021-02-02\",\"filerId\":\"w-23\","
        + "\"filedAt\":\"2021-02-02T08:01:00Z\",\"content\":{\"type\":\"ZERO\"}}\n";
    // tag::reports[]
    DivisionCode community = DivisionCode.parse("440983102001");
    DivisionCode village = DivisionCode.parse("440983102201");
    LocalDate opened = LocalDate.of(2021, 1, 1);
    UnitRegistry registry = UnitRegistry.of(List.of(               // who owes a report on which day, by unit
        UnitChange.opened(community, opened, "幸福社区"), UnitChange.opened(village, opened, "石门村")));
    ReportLedger ledger = ReportLedger.of(ReportingRules.of(policy), registry);

    ledger.submit(DailyReport.zero(community, LocalDate.of(2021, 2, 1), "w-17",
        Instant.parse("2021-02-01T07:30:00Z")));                   // 15:30 in Beijing: on time
    Ingest ingest = ReportLines.ingest(                            // JSON Lines; bad lines rejected by number
        new ByteArrayInputStream(jsonLines.getBytes(StandardCharsets.UTF_8)), ledger);

    DateWindow window = DateWindow.of(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 2, 3));
    PresenceBuilder presence = PresenceBuilder.of(registry, window);
    presence.addAll(ledger);
    CompletenessTable table = presence.build().table(window);     // every node, village to province
    CompletenessCounts township = table.counts(DivisionCode.parse("440983102000"));
    // township: expected 4 = on time 1 + late 1 + missing 2; township.reportingRate() = 0.5
    // end::reports[]
    return new Result(ingest, township, table.counts(village));
  }
}
