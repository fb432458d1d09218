package org.communityprevention.jdbc.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.testing.MessageBundles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("jdbc message texts")
class JdbcMessagesTest {
  @Test
  @DisplayName("every jdbc code has an English and a Chinese text, the Chinese without Latin letters")
  void bundlesComplete() {
    Map<String, Properties[]> bundles = MessageBundles.under("org/communityprevention/jdbc/");
    assertThat(bundles).hasSize(1);
    bundles.forEach((base, texts) -> {
      assertThat(texts[1].stringPropertyNames()).as(base + " zh").isEqualTo(texts[0].stringPropertyNames());
      for (String code : texts[1].stringPropertyNames()) {
        assertThat(Messages.bundleOf(code).replace('.', '/')).as(code).isEqualTo(base);
        assertThat(texts[1].getProperty(code).replaceAll("\\{[A-Za-z]+}", "")).as(code).doesNotContainPattern(
            "[A-Za-z]");
      }
    });
    for (String code : new String[] {JdbcLedger.FILED_AT_PRECISION, JdbcLedger.SUBMISSION_ID_REUSED,
        SubmittedReport.ID_INVALID, LedgerSettings.SCHEMA_INVALID, DecisionRecord.SUBJECT_PERSONAL}) {
      assertThat(Messages.hasText(code, Messages.EN)).as(code).isTrue();
      assertThat(Messages.hasText(code, Messages.ZH)).as(code).isTrue();
    }
  }
}
