package org.communityprevention.jdbc.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityprevention.core.testing.Violations.violations;
import static org.communityprevention.jdbc.ledger.Fixtures.A;
import static org.communityprevention.jdbc.ledger.Fixtures.DAY;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.communityprevention.core.clause.Clause;
import org.communityprevention.core.decision.Decision;
import org.communityprevention.core.decision.PolicyRef;
import org.communityprevention.core.decision.Reason;
import org.communityprevention.reporting.report.DailyReport;
import org.communityprevention.reporting.report.ReportingRules;
import org.communityprevention.reporting.report.Timeliness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the append-only decision log")
class DecisionLogTest {
  private static final Instant AT = Instant.parse("2021-02-01T10:00:00.123456789Z");
  private JdbcLedger ledger;

  @BeforeEach
  void freshSchema() {
    ledger = TestDatabase.freshLedger("it_decisions", Fixtures.RULES);
  }

  @Test
  @DisplayName("§1.6 a timeliness decision is logged with its policy, reason code and clause, and read back")
  void roundTrip() {
    DailyReport late = Fixtures.zero(A, DAY, 20);
    Decision<Timeliness> d = Fixtures.RULES.explain(late);
    DecisionRecord r = DecisionRecord.of("reporting.timeliness", A.value() + "/" + DAY, d, AT);
    ledger.decisions().append(List.of(r, r));

    List<DecisionRecord> read = ledger.decisions().read("reporting.timeliness", A.value() + "/" + DAY);
    assertThat(read).containsExactly(r, r);
    assertThat(read.get(0).outcome()).isEqualTo("LATE");
    assertThat(read.get(0).policy()).isEqualTo(PolicyRef.of("test", "1"));
    assertThat(read.get(0).reasonCodes()).containsExactly(ReportingRules.LATE);
    assertThat(read.get(0).clauses()).containsExactly(Clause.S1_6);
    assertThat(read.get(0).decidedAt()).isEqualTo(Instant.parse("2021-02-01T10:00:00.123456Z"));
    assertThat(ledger.decisions().count()).isEqualTo(2);
  }

  @Test
  @DisplayName("the table refuses UPDATE, DELETE and TRUNCATE")
  void appendOnly() throws SQLException {
    ledger.decisions().append(DecisionRecord.of("reporting.timeliness", "k1", Fixtures.RULES.explain(
        Fixtures.zero(A, DAY, 9)), AT));
    for (String sql : List.of("UPDATE it_decisions.decision_log SET outcome = 'LATE'",
        "DELETE FROM it_decisions.decision_log", "TRUNCATE it_decisions.decision_log")) {
      try (Connection c = TestDatabase.dataSource().getConnection(); Statement s = c.createStatement()) {
        assertThatThrownBy(() -> s.execute(sql)).as(sql).isInstanceOf(SQLException.class)
            .hasMessageContaining("append-only");
      }
    }
    assertThat(ledger.decisions().read("reporting.timeliness", "k1")).singleElement()
        .extracting(DecisionRecord::outcome).isEqualTo("ON_TIME");
  }

  @Test
  @DisplayName("a subject that looks like a phone or identity number is refused; division codes and days pass")
  void noPersonalData() {
    Decision<Timeliness> d = Fixtures.RULES.explain(Fixtures.zero(A, DAY, 9));
    assertThat(violations(() -> DecisionRecord.of("population.class", "13812345678", d, AT)))
        .containsExactly("subject " + DecisionRecord.SUBJECT_PERSONAL);
    assertThat(violations(() -> DecisionRecord.of("population.class", "p/11010519491231002X", d, AT)))
        .containsExactly("subject " + DecisionRecord.SUBJECT_PERSONAL);
    assertThat(violations(() -> DecisionRecord.of("population.class", "张三", d, AT)))
        .containsExactly("subject " + DecisionRecord.SUBJECT_INVALID);
    assertThat(DecisionRecord.of("reporting.timeliness", "440983102001/2021-02-01", d, AT).subject())
        .isEqualTo("440983102001/2021-02-01");
  }

  @Test
  @DisplayName("a kind, outcome or reason code that is not a code is refused with its field")
  void fieldsChecked() {
    assertThat(violations(() -> new DecisionRecord.Builder().kind("Risk Level").subject("k").outcome("a b")
        .policy(PolicyRef.of("test", "1")).decidedAt(AT).addReasonCodes("Bad").build()))
        .containsExactly("kind " + DecisionRecord.KIND_INVALID, "outcome " + DecisionRecord.OUTCOME_INVALID,
            "reasonCodes[0] " + DecisionRecord.REASON_INVALID);
    Decision<String> text = Decision.of("free text", PolicyRef.of("test", "1"),
        Reason.of("reporting.report.on_time", Clause.S1_6).build());
    assertThat(violations(() -> DecisionRecord.of("x.y", "k", text, AT)))
        .containsExactly("outcome " + DecisionRecord.OUTCOME_INVALID);
  }
}
