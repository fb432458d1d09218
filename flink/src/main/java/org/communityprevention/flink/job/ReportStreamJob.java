package org.communityprevention.flink.job;

import java.time.LocalDate;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.communityprevention.core.json.Json;
import org.communityprevention.flink.job.json.OutputLines;
import org.communityprevention.flink.reporting.ReportStreamOutputs;
import org.communityprevention.flink.reporting.ReportStreamSettings;
import org.communityprevention.flink.reporting.ReportStreamSetup;
import org.communityprevention.flink.reporting.ReportStreamTopology;
import org.communityprevention.reporting.registry.UnitRegistry;

/**
 * The daily-report job over JSON Lines files (日报告汇总作业), e.g. to backfill a window or replay an archive:
 *
 * <pre>flink run -c org.communityprevention.flink.job.ReportStreamJob community-prevention-flink.jar \
 *   --reports /data/reports/ --facts /data/facts/ --registry units.json --first-day 2021-02-01 \
 *   [--last-day 2021-02-28] [--policy ed7-2020|policy.json] [--out-of-orderness PT10M] \
 *   [--allowed-lateness PT2H] [--state-retention P30D] --out /data/out/</pre>
 *
 * <p>Writes {@code counts/}, {@code signals/}, {@code rejected/} and {@code late/} under the output directory, as
 * JSON Lines. With a last day the input is a closed archive and the job runs in batch execution mode (only final
 * rows); without one it runs as a stream, and the file sink commits its files at checkpoints, so set
 * {@code execution.checkpointing.interval}. A live platform builds the same topology on its Kafka topics instead
 * (see {@code docs/scale-out.md}).
 */
public final class ReportStreamJob {
  private ReportStreamJob() {}

  /** Runs the job with {@code --name value} arguments. */
  public static void main(String[] args) throws Exception {
    run(StreamExecutionEnvironment.getExecutionEnvironment(), args);
  }

  /** Builds and runs the job on an environment. */
  public static JobExecutionResult run(StreamExecutionEnvironment env, String[] args) throws Exception {
    JobArguments a = new JobArguments(args);
    LocalDate first = a.date("first-day");
    String out = a.required("out");
    UnitRegistry registry = Json.read(JobArguments.text(a.required("registry")), UnitRegistry.class);
    ReportStreamSettings settings = new ReportStreamSettings(a.duration("out-of-orderness", "PT10M"),
        a.duration("allowed-lateness", "PT2H"), a.duration("state-retention", "P30D"), a.duration("idleness", "PT5M"),
        first, a.optional("last-day", null) == null ? null : a.date("last-day"));
    if (settings.lastDay() != null) {
      env.setRuntimeMode(RuntimeExecutionMode.BATCH);
    }
    ReportStreamSetup setup = ReportStreamSetup.of(a.policy(first), registry);
    ReportStreamOutputs o = ReportStreamTopology.build(JobArguments.lines(env, a.required("reports")),
        JobArguments.lines(env, a.required("facts")), setup, settings);
    Sinks.jsonLines(o.counts(), OutputLines::counts, out, "counts");
    Sinks.jsonLines(o.signals(), OutputLines::signals, out, "signals");
    Sinks.jsonLines(o.rejected(), OutputLines::rejected, out, "rejected");
    Sinks.jsonLines(o.late(), OutputLines::late, out, "late");
    return env.execute("daily reports from " + first);
  }
}
