package org.communityprevention.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.communityprevention.core.json.Json;

/** One in-process run of the command line: exit code, standard output and standard error, line by line. */
record CliRun(int exit, List<String> out, List<String> err) {
  /** Runs the command line with {@code stdin} as standard input. */
  static CliRun of(String stdin, String... args) {
    InputStream saved = Cli.stdin;
    Cli.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    try {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = CommunityPrevention.run(args, new PrintWriter(out), new PrintWriter(err));
      return new CliRun(code, out.toString().lines().toList(), err.toString().lines().toList());
    } finally {
      Cli.stdin = saved;
    }
  }

  /** The summary: the last line of standard error. */
  JsonNode summary() {
    return Json.read(err.get(err.size() - 1), JsonNode.class);
  }

  /** Standard output as one JSON document. */
  JsonNode document() {
    return Json.read(String.join("\n", out), JsonNode.class);
  }

  /** The rejected lines written to standard error (all but the summary), as JSON. */
  List<JsonNode> rejected() {
    return err.subList(0, err.size() - 1).stream().map(l -> Json.read(l, JsonNode.class)).toList();
  }

  /** The violations of a bad-input run, as JSON. */
  JsonNode violations() {
    return Json.read(err.get(0), JsonNode.class).get("violations");
  }
}
