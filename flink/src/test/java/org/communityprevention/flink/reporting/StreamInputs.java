package org.communityprevention.flink.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.communityprevention.core.json.Json;
import org.communityprevention.flink.lines.NumberedLine;
import org.communityprevention.reporting.registry.ReportingUnit;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.signal.UnitDayFacts;
import org.communityprevention.reporting.testing.ReportingGenerators.Scenario;

/** The lines a messy vendor sends for a scenario: shuffled, some resent, a few broken, and facts for some days. */
record StreamInputs(List<NumberedLine> reports, List<NumberedLine> facts) {

  static StreamInputs of(Scenario s, long seed) {
    Random random = new Random(seed);
    List<String> texts = new ArrayList<>();
    for (DailyReport r : s.reports()) {
      texts.add(Json.write(r));
      if (random.nextInt(5) == 0) {
        texts.add(Json.write(r));
      }
    }
    texts.add("{\"unit\":\"4409831020０1\",\"day\":\"2021-02-01\"}");
    texts.add("not json");
    Collections.shuffle(texts, random);
    List<String> facts = new ArrayList<>();
    for (ReportingUnit u : s.registry().units()) {
      for (LocalDate d = s.window().start(); d.isBefore(s.window().endExclusive()); d = d.plusDays(1)) {
        if (random.nextInt(4) == 0) {
          facts.add(Json.write(new UnitDayFacts.Builder().unit(u.code()).day(d).activeCases(random.nextInt(2))
              .closeContacts(random.nextInt(3)).homeIsolation(random.nextInt(3)).centralisedIsolation(0)
              .healthMonitoring(random.nextInt(2)).build()));
        }
      }
    }
    facts.add("{\"unit\":\"440983102001\",\"day\":\"2021-02-01\",\"activeCases\":-1,\"closeContacts\":0,"
        + "\"homeIsolation\":0,\"centralisedIsolation\":0,\"healthMonitoring\":0}");
    Collections.shuffle(facts, random);
    return new StreamInputs(numbered("reports.jsonl", texts), numbered("facts.jsonl", facts));
  }

  static List<NumberedLine> numbered(String source, List<String> texts) {
    List<NumberedLine> out = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      out.add(NumberedLine.of(source, i + 1, texts.get(i)));
    }
    return out;
  }
}
