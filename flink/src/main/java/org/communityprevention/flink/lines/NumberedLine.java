package org.communityprevention.flink.lines;

/**
 * One non-blank input line (输入行) with where it came from: a file name (or a topic, a partition) and its 1-based
 * line number there, so that a rejected line can be named without repeating its content.
 *
 * @param source the file, topic or partition the line came from
 * @param line the 1-based line number (or offset) within the source
 * @param text the line, without its line end
 */
public record NumberedLine(String source, long line, String text) {
  /** A line from a source. */
  public static NumberedLine of(String source, long line, String text) {
    return new NumberedLine(source, line, text);
  }
}
