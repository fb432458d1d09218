package org.communityprevention.flink.job;

import java.time.LocalDate;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.communityprevention.flink.job.json.OutputLines;
import org.communityprevention.flink.population.PopulationBatchTopology;
import org.communityprevention.flink.population.PopulationOutputs;
import org.communityprevention.flink.population.PopulationSetup;

/**
 * The overnight key-population classification (夜间重点人群分类) as a bounded job in batch execution mode:
 *
 * <pre>flink run -c org.communityprevention.flink.job.PopulationBatchJob community-prevention-flink.jar \
 *   --residents /data/residents/ --date 2021-02-10 [--policy ed7-2020|policy.json] --out /data/out/</pre>
 *
 * <p>Writes {@code ledgers/}, {@code counts/} and {@code rejected/} under the output directory, as JSON Lines.
 */
public final class PopulationBatchJob {
  private PopulationBatchJob() {}

  /** Runs the job with {@code --name value} arguments. */
  public static void main(String[] args) throws Exception {
    run(StreamExecutionEnvironment.getExecutionEnvironment(), args);
  }

  /** Builds and runs the job on an environment. */
  public static JobExecutionResult run(StreamExecutionEnvironment env, String[] args) throws Exception {
    JobArguments a = new JobArguments(args);
    LocalDate day = a.date("date");
    String out = a.required("out");
    env.setRuntimeMode(RuntimeExecutionMode.BATCH);
    PopulationOutputs o = PopulationBatchTopology.build(JobArguments.lines(env, a.required("residents")),
        PopulationSetup.of(a.policy(day), day));
    Sinks.jsonLines(o.ledgers(), OutputLines::ledger, out, "ledgers");
    Sinks.jsonLines(o.counts(), OutputLines::categoryCounts, out, "counts");
    Sinks.jsonLines(o.rejected(), OutputLines::rejected, out, "rejected");
    return env.execute("population classification " + day);
  }
}
