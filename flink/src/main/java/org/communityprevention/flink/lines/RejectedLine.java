package org.communityprevention.flink.lines;

import java.util.List;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.validation.Violation;

/**
 * A line that was not taken (被拒绝的记录): where it was, and the violations with their fields and stable codes. It
 * never repeats the rejected value. Every input line is either taken or rejected, so nothing is silently dropped.
 *
 * @param source the file, topic or partition the line came from
 * @param line the 1-based line number within the source
 * @param fields the field path of each violation
 * @param codes the stable code of each violation, in the same order
 * @param violationsJson the violations as a JSON array (field, code, params), for a sink to store
 */
public record RejectedLine(String source, long line, String[] fields, String[] codes, String violationsJson) {
  /** A rejected line with its violations. */
  public static RejectedLine of(String source, long line, List<Violation> violations) {
    String[] fields = new String[violations.size()];
    String[] codes = new String[violations.size()];
    for (int i = 0; i < fields.length; i++) {
      fields[i] = violations.get(i).field();
      codes[i] = violations.get(i).code();
    }
    return new RejectedLine(source, line, fields, codes, Json.write(violations));
  }

  /** The violation codes, in order. */
  public List<String> codeList() {
    return List.of(codes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RejectedLine r && r.source.equals(source) && r.line == line
        && java.util.Arrays.equals(r.fields, fields) && java.util.Arrays.equals(r.codes, codes)
        && r.violationsJson.equals(violationsJson);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(source, line, java.util.Arrays.hashCode(codes));
  }

  @Override
  public String toString() {
    return "RejectedLine{" + source + ":" + line + " " + codeList() + "}";
  }
}
