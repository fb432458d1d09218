package org.communityprevention.flink.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.communityprevention.core.json.NationalBaselines;
import org.communityprevention.flink.job.json.PolicyText;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.flink.lines.NumberedLine;
import org.communityprevention.flink.lines.NumberedLineFormat;

/** The {@code --name value} arguments of a job (作业参数), with the readers the jobs share. */
final class JobArguments {
  private final Map<String, String> values = new HashMap<>();

  JobArguments(String[] args) {
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("arguments are --name value pairs; got " + args[i]);
      }
      values.put(args[i].substring(2), args[i + 1]);
    }
  }

  String required(String name) {
    String v = values.get(name);
    if (v == null) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return v;
  }

  String optional(String name, String otherwise) {
    return values.getOrDefault(name, otherwise);
  }

  LocalDate date(String name) {
    return LocalDate.parse(required(name));
  }

  Duration duration(String name, String otherwise) {
    return Duration.parse(optional(name, otherwise));
  }

  /** A baseline id, a policy file (complete or a provincial layer over the baselines), or the baseline in force. */
  Policy policy(LocalDate day) {
    String p = values.get("policy");
    if (p == null) {
      return NationalBaselines.inForceOn(day);
    }
    if (NationalBaselines.IDS.contains(p)) {
      return NationalBaselines.byId(p);
    }
    return PolicyText.read(text(p));
  }

  static String text(String file) {
    try {
      return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The JSON Lines files of a file or directory, one bounded source per file so that every line keeps its file
   * name and line number.
   */
  static DataStream<NumberedLine> lines(StreamExecutionEnvironment env, String fileOrDirectory) {
    List<Path> files = new ArrayList<>();
    Path root = Path.of(fileOrDirectory);
    if (Files.isDirectory(root)) {
      try (Stream<Path> s = Files.list(root)) {
        s.filter(Files::isRegularFile).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      files.add(root);
    }
    DataStream<NumberedLine> all = null;
    for (Path f : files) {
      String name = f.getFileName().toString();
      DataStream<NumberedLine> one = env.fromSource(FileSource.forRecordStreamFormat(NumberedLineFormat.named(name),
          new org.apache.flink.core.fs.Path(f.toUri())).build(), WatermarkStrategy.noWatermarks(), name)
          .uid("lines-" + name);
      all = all == null ? one : all.union(one);
    }
    if (all == null) {
      throw new IllegalArgumentException("no input files in " + fileOrDirectory);
    }
    return all;
  }
}
