-- The durable ledger of community-prevention (报送台账). PostgreSQL dialect kept to what openGauss and Kingbase
-- (PG mode) also accept: no identity columns, no generated columns, no partitioning, plain PL/pgSQL triggers.
-- Flyway runs this script with the ledger's schema as the current schema, so names are unqualified.

-- The unit register over time (报送单位名册沿革): one row per change; the register on any day is derived from them.
CREATE TABLE unit_change (
  seq            BIGSERIAL    NOT NULL,
  unit_code      VARCHAR(12)  NOT NULL,
  change_date    DATE         NOT NULL,
  kind           VARCHAR(16)  NOT NULL,
  name           VARCHAR(200),
  successor_code VARCHAR(12),
  recorded_at    TIMESTAMPTZ  NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT unit_change_pk PRIMARY KEY (seq),
  CONSTRAINT unit_change_key UNIQUE (unit_code, change_date, kind),
  CONSTRAINT unit_change_kind CHECK (kind IN ('OPENED', 'RENAMED', 'RECODED', 'MERGED', 'CLOSED'))
);

-- Every routine and urgent report received (日报告、零报告及其更正). The key makes ingest idempotent: a retried
-- batch finds its rows and counts them as duplicates. The figures are NULL exactly for a zero report.
-- The key leads with the day, so that one index serves both the key and the reads of a day range, and a day's
-- inserts land together at its end. Codes and ids are ASCII: the "C" collation compares them bytewise, several
-- times faster than a language collation such as zh_CN.UTF-8, with the same order for ASCII.
CREATE TABLE daily_report (
  unit_code                   VARCHAR(12) COLLATE "C" NOT NULL,
  day                         DATE        NOT NULL,
  revision                    INTEGER     NOT NULL,
  submission_id               VARCHAR(64) COLLATE "C" NOT NULL,
  filer_id                    VARCHAR(64) NOT NULL,
  filed_at                    TIMESTAMPTZ NOT NULL,
  urgent                      BOOLEAN     NOT NULL,
  zero_report                 BOOLEAN     NOT NULL,
  new_fever_referrals         INTEGER,
  new_suspected               INTEGER,
  new_confirmed               INTEGER,
  new_asymptomatic            INTEGER,
  close_contacts_traced       INTEGER,
  under_home_isolation        INTEGER,
  under_centralised_isolation INTEGER,
  under_health_monitoring     INTEGER,
  cumulative_confirmed        INTEGER,
  cumulative_asymptomatic     INTEGER,
  receipts                    INTEGER     NOT NULL DEFAULT 1,
  stored_at                   TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT daily_report_pk PRIMARY KEY (day, unit_code, revision, submission_id),
  CONSTRAINT daily_report_revision CHECK (revision >= 0),
  CONSTRAINT daily_report_receipts CHECK (receipts >= 1),
  CONSTRAINT daily_report_figures CHECK (
    (zero_report AND NOT urgent
      AND new_fever_referrals IS NULL AND new_suspected IS NULL AND new_confirmed IS NULL
      AND new_asymptomatic IS NULL AND close_contacts_traced IS NULL AND under_home_isolation IS NULL
      AND under_centralised_isolation IS NULL AND under_health_monitoring IS NULL
      AND cumulative_confirmed IS NULL AND cumulative_asymptomatic IS NULL)
    OR (NOT zero_report
      AND new_fever_referrals >= 0 AND new_suspected >= 0 AND new_confirmed >= 0
      AND new_asymptomatic >= 0 AND close_contacts_traced >= 0 AND under_home_isolation >= 0
      AND under_centralised_isolation >= 0 AND under_health_monitoring >= 0
      AND cumulative_confirmed >= 0 AND cumulative_asymptomatic >= 0))
);

-- The decision log (决定日志): what was decided, for which subject, under which policy, why. Append-only; it holds
-- reason codes and clause ids, never the facts behind them, so no personal value can enter it.
CREATE TABLE decision_log (
  seq            BIGSERIAL    NOT NULL,
  kind           VARCHAR(64)  NOT NULL,
  subject        VARCHAR(128) NOT NULL,
  outcome        VARCHAR(64)  NOT NULL,
  policy_id      VARCHAR(64)  NOT NULL,
  policy_version VARCHAR(64)  NOT NULL,
  reason_codes   VARCHAR(2000) NOT NULL,
  clauses        VARCHAR(1000) NOT NULL,
  decided_at     TIMESTAMPTZ  NOT NULL,
  recorded_at    TIMESTAMPTZ  NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT decision_log_pk PRIMARY KEY (seq)
);

CREATE INDEX decision_log_subject ON decision_log (kind, subject, seq);

CREATE FUNCTION decision_log_append_only() RETURNS TRIGGER AS $$
BEGIN
  RAISE EXCEPTION 'decision_log is append-only: % refused', TG_OP USING ERRCODE = '42501';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER decision_log_no_change BEFORE UPDATE OR DELETE ON decision_log
  FOR EACH ROW EXECUTE PROCEDURE decision_log_append_only();

CREATE TRIGGER decision_log_no_truncate BEFORE TRUNCATE ON decision_log
  FOR EACH STATEMENT EXECUTE PROCEDURE decision_log_append_only();
