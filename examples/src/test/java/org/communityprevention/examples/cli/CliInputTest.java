package org.communityprevention.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.communityprevention.core.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new user's files and options meet first: charsets, byte order marks, resends and mistyped options. */
@DisplayName("JSON command line: charsets, byte order marks, duplicates and option values")
class CliInputTest {
  private static final Path DOCS = Path.of("..", "docs", "examples").toAbsolutePath().normalize();
  private static final String ZHANG = "{\"personId\":\"R-1\",\"name\":\"张三\",\"birthDate\":\"1950-01-01\","
      + "\"livingArrangement\":\"ALONE\"}";
  private static final String LI = "{\"personId\":\"R-2\",\"name\":\"李四\",\"age\":40}";

  @TempDir
  Path dir;

  record Run(int exit, List<String> out, List<String> err) {
    JsonNode summary() {
      return Json.read(err.get(err.size() - 1), JsonNode.class);
    }

    /** The rejected lines written to standard error: every line but the summary. */
    List<JsonNode> rejected() {
      List<JsonNode> out = new ArrayList<>();
      for (String line : err.subList(0, err.size() - 1)) {
        out.add(Json.read(line, JsonNode.class));
      }
      return out;
    }
  }

  private static Run run(byte[] stdin, String... args) {
    InputStream saved = Cli.stdin;
    Cli.stdin = new ByteArrayInputStream(stdin);
    try {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = CommunityPrevention.run(args, new PrintWriter(out), new PrintWriter(err));
      return new Run(code, out.toString().lines().toList(), err.toString().lines().toList());
    } finally {
      Cli.stdin = saved;
    }
  }

  private static Run run(String stdin, String... args) {
    return run(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  private static byte[] bytes(String text, String charset) {
    return text.getBytes(Charset.forName(charset));
  }

  @AfterEach
  void restore() {
    Cli.stdin = System.in;
    Cli.useCharset("UTF-8");
  }

  @Test
  @DisplayName("a GBK or GB18030 export reads with --charset; the names read back as written")
  void gbkWithCharset() {
    for (String charset : List.of("GBK", "GB18030", "gbk")) {
      Run r = run(bytes(ZHANG + "\n" + LI + "\n", charset), "--charset", charset, "classify", "--date", "2021-02-01");
      assertThat(r.exit()).as(charset + " " + r.err()).isZero();
      assertThat(r.out()).hasSize(2);
      assertThat(r.summary().get("read").asLong()).isEqualTo(2);
      assertThat(r.summary().get("rejected").asLong()).isZero();
    }
  }

  @Test
  @DisplayName("GBK bytes read as UTF-8: each bad line is rejected by number naming the charset, the rest is read")
  void gbkAsUtf8() {
    String ascii = "{\"personId\":\"R-3\",\"age\":30}";
    byte[] mixed = concat(bytes(ascii + "\n", "UTF-8"), bytes(ZHANG + "\n", "GBK"), bytes(ascii.replace("R-3", "R-4")
        + "\n", "UTF-8"), bytes(LI + "\n", "GBK"));
    Run r = run(mixed, "--lang", "en", "classify", "--date", "2021-02-01");
    assertThat(r.exit()).isEqualTo(CommunityPrevention.BAD_INPUT);
    assertThat(r.out()).hasSize(2);
    assertThat(r.rejected()).extracting(n -> n.get("line").asLong()).containsExactly(2L, 4L);
    JsonNode v = r.rejected().get(0).get("violations").get(0);
    assertThat(v.get("code").asText()).isEqualTo(InputText.BAD_ENCODING);
    assertThat(v.get("field").asText()).isEqualTo("line");
    assertThat(v.get("message").asText()).contains("UTF-8").contains("--charset GBK");
    assertThat(r.summary().get("read").asLong()).isEqualTo(4);
    assertThat(r.summary().get("classified").asLong() + r.summary().get("rejected").asLong()).isEqualTo(4);
  }

  @Test
  @DisplayName("a UTF-16 file is not a missing file: no line is read as a record, each is rejected and counted")
  void utf16() {
    // UTF-16 is not line-oriented bytes: its line ends split into pieces that are each rejected, none dropped.
    Run r = run(bytes(ZHANG + "\n" + LI + "\n", "UTF-16LE"), "classify", "--date", "2021-02-01");
    assertThat(r.exit()).isEqualTo(CommunityPrevention.BAD_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.rejected()).extracting(n -> n.get("violations").get(0).get("code").asText())
        .containsOnly(InputText.BAD_ENCODING).hasSizeGreaterThanOrEqualTo(2);
    assertThat(r.summary().get("classified").asLong()).isZero();
    assertThat(r.summary().get("rejected").asLong()).isEqualTo(r.summary().get("read").asLong())
        .isEqualTo(r.rejected().size());
  }

  @Test
  @DisplayName("a charset that is not offered is refused, listing those that are")
  void unknownCharset() {
    Run r = run(ZHANG, "--lang", "en", "--charset", "latin1", "classify", "--date", "2021-02-01");
    assertThat(r.exit()).isEqualTo(CommunityPrevention.BAD_INPUT);
    assertThat(r.err()).singleElement().asString().contains("\"field\":\"--charset\"")
        .contains("cli.cli.bad_choice").contains("UTF-8, GBK, GB18030");
  }

  @Test
  @DisplayName("a UTF-8 byte order mark is skipped by classify and by reports check's --units file alike")
  void byteOrderMark() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Run classify = run(concat(bom, bytes(ZHANG + "\n", "UTF-8")), "classify", "--date", "2021-02-01");
    assertThat(classify.exit()).isZero();
    assertThat(classify.out()).hasSize(1);

    Path units = dir.resolve("units.jsonl");
    Files.write(units, concat(bom, Files.readAllBytes(DOCS.resolve("units.jsonl"))));
    String[] args = {"--lang", "en", "reports", "check", "--from", "2021-02-01", "--until", "2021-02-04",
        "--level", "COUNTY", DOCS.resolve("reports.jsonl").toString(), "--units"};
    Run plain = run("", append(args, DOCS.resolve("units.jsonl").toString()));
    Run withBom = run("", append(args, units.toString()));
    assertThat(withBom.exit()).isEqualTo(plain.exit());
    assertThat(withBom.out()).isEqualTo(plain.out());
    assertThat(withBom.err()).isEqualTo(plain.err());
  }

  @Test
  @DisplayName("an identical resend is counted as a duplicate, not rejected")
  void identicalResend() {
    Run r = run(ZHANG + "\n" + LI + "\n" + ZHANG + "\n", "classify", "--date", "2021-02-01");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).hasSize(2);
    assertThat(r.summary().get("read").asLong()).isEqualTo(3);
    assertThat(r.summary().get("rejected").asLong()).isZero();
    assertThat(r.summary().get("duplicates").asLong()).isEqualTo(1);
  }

  @Test
  @DisplayName("different records under one person id are all rejected, each naming the other's line")
  void differentRecordsUnderOneKey() {
    Run r = run(ZHANG + "\n" + LI + "\n" + ZHANG.replace("1950", "1951") + "\n", "classify", "--date", "2021-02-01");
    assertThat(r.exit()).isEqualTo(CommunityPrevention.BAD_INPUT);
    assertThat(r.rejected()).extracting(n -> n.get("line").asLong()).containsExactly(1L, 3L);
    assertThat(r.rejected().get(0).get("violations").get(0).get("params").get("lines").asText()).isEqualTo("3");
    assertThat(r.rejected().get(1).get("violations").get(0).get("params").get("lines").asText()).isEqualTo("1");
    assertThat(r.summary().get("classified").asLong() + r.summary().get("rejected").asLong()
        + r.summary().get("duplicates").asLong()).isEqualTo(r.summary().get("read").asLong());
  }

  @Test
  @DisplayName("risk timeline handles a resent day the same way: counted, not rejected")
  void riskResend() throws IOException {
    String first = Files.readAllLines(DOCS.resolve("day-facts-clean.jsonl")).get(0);
    Run once = run(first + "\n", "risk", "timeline");
    Run twice = run(first + "\n" + first + "\n", "risk", "timeline");
    assertThat(twice.exit()).isEqualTo(once.exit());
    assertThat(twice.out()).isEqualTo(once.out());
    assertThat(twice.summary().get("duplicates").asLong()).isEqualTo(1);
    assertThat(twice.summary().get("rejected").asLong()).isEqualTo(once.summary().get("rejected").asLong());
  }

  @Test
  @DisplayName("an unknown --policy lists the baselines; --lang fr is refused; --outbreak maybe says true or false")
  void optionValues() {
    Run policy = run(ZHANG, "--lang", "en", "classify", "--date", "2021-02-01", "--policy", "ed7");
    assertThat(policy.exit()).isEqualTo(CommunityPrevention.BAD_INPUT);
    assertThat(policy.err()).singleElement().asString().contains("\"field\":\"--policy\"")
        .contains("cli.cli.unknown_policy").contains("ed7-2020");

    Run lang = run(ZHANG, "--lang", "fr", "classify", "--date", "2021-02-01");
    assertThat(lang.exit()).isEqualTo(CommunityPrevention.BAD_INPUT);
    assertThat(lang.out()).isEmpty();
    assertThat(lang.err()).singleElement().asString().contains("\"field\":\"--lang\"").contains("zh, en");

    Run outbreak = run("", "--lang", "en", "eligibility", "--village", "440983102201", "--date", "2021-02-12",
        "--outbreak", "maybe", DOCS.resolve("village-residents.jsonl").toString());
    assertThat(outbreak.exit()).isEqualTo(CommunityPrevention.BAD_INPUT);
    assertThat(outbreak.err()).singleElement().asString().contains("\"field\":\"--outbreak\"")
        .contains("true, false");
  }

  private static String[] append(String[] args, String last) {
    String[] out = java.util.Arrays.copyOf(args, args.length + 1);
    out[args.length] = last;
    return out;
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
