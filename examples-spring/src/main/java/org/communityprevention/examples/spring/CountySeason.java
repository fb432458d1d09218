package org.communityprevention.examples.spring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communityprevention.core.division.Division;
import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.population.Category;
import org.communityprevention.core.population.DayClassifier;
import org.communityprevention.core.population.PopulationClassifier;
import org.communityprevention.core.population.ResidentTable;
import org.communityprevention.core.population.Track;
import org.communityprevention.reporting.registry.UnitChange;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.report.ReportFigures;
import org.communityprevention.testkit.county.SampleScenario;

/**
 * The demo's fictional county (青山县) and its season: the register of its villages and communities and the daily
 * reports they file, as the demo builds them (the figures carry what each village holds each day, from the
 * classification of its residents).
 */
final class CountySeason {
  private final SampleScenario scenario;
  private final List<UnitChange> units;
  private final List<DailyReport> reports;

  CountySeason(SampleProperties properties, PopulationClassifier classifier) {
    this.scenario = SampleScenario.build(properties.seed(), properties.villages(), properties.residents(),
        properties.days());
    List<UnitChange> register = new ArrayList<>();
    for (Division v : scenario.county().tree().villages()) {
      register.add(UnitChange.opened(v.code(), SampleScenario.START.minusYears(1), v.name()));
    }
    this.units = List.copyOf(register);
    List<DailyReport> filed = new ArrayList<>();
    for (SampleScenario.Report r : scenario.reports(knownPerDay(classifier))) {
      filed.add(r.zero() ? DailyReport.zero(r.village(), r.day(), r.filerId(), r.filedAt())
          : DailyReport.ofFigures(r.village(), r.day(), r.filerId(), r.filedAt(),
              ReportFigures.ofCounts(r.figures())));
    }
    this.reports = List.copyOf(filed);
  }

  SampleScenario scenario() {
    return scenario;
  }

  List<UnitChange> units() {
    return units;
  }

  List<DailyReport> reports() {
    return reports;
  }

  /** The reports filed for a day, as one village app's batch of that day would be. */
  List<DailyReport> reportsFor(LocalDate day) {
    return reports.stream().filter(r -> r.day().equals(day)).toList();
  }

  /** A division's name, or its code where the county has none. */
  String nameOf(DivisionCode code) {
    return scenario.county().tree().get(code).map(Division::name).orElse(code.value());
  }

  /** What each village holds on each day, on the hot path: the counts the demo puts into the figures. */
  private Map<DivisionCode, SampleScenario.VillageDay[]> knownPerDay(PopulationClassifier classifier) {
    ResidentTable table = ResidentTable.of(scenario.residents());
    int days = (int) scenario.season().days();
    Map<DivisionCode, int[][]> tally = new HashMap<>();
    long monitoring = Category.maskOf(Track.HEALTH_MONITORING);
    for (int d = 0; d < days; d++) {
      DayClassifier day = classifier.on(scenario.season().start().plusDays(d));
      for (int row = 0; row < table.size(); row++) {
        long mask = day.effectiveMask(table, row);
        if (mask == 0) {
          continue;
        }
        int[][] t = tally.computeIfAbsent(scenario.residentVillages().get(row), k -> new int[days][4]);
        t[d][0] += Category.CLOSE_CONTACT.in(mask) ? 1 : 0;
        t[d][1] += Category.HOME_ISOLATION.in(mask) ? 1 : 0;
        t[d][2] += Category.CENTRALISED_ISOLATION.in(mask) ? 1 : 0;
        t[d][3] += (mask & monitoring) != 0 ? 1 : 0;
      }
    }
    Map<DivisionCode, SampleScenario.VillageDay[]> out = new HashMap<>();
    for (Division v : scenario.county().tree().villages()) {
      int[][] t = tally.getOrDefault(v.code(), new int[days][4]);
      SampleScenario.VillageDay[] perDay = new SampleScenario.VillageDay[days];
      for (int d = 0; d < days; d++) {
        perDay[d] = new SampleScenario.VillageDay(scenario.activeCases(v.code(), scenario.season().start()
            .plusDays(d)), t[d][0], t[d][1], t[d][2], t[d][3]);
      }
      out.put(v.code(), perDay);
    }
    return out;
  }
}
