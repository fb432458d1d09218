package org.communityprevention.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communityprevention.core.policy.Policy;
import org.communityprevention.core.policy.Provenance;
import org.communityprevention.core.policy.SourceMark;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * docs/policy.md tells a vendor the mark of every value of every baseline and how many of each mark a baseline has;
 * the U count is what the project promises to bring down. These tests keep the page true to the JSON resources.
 */
@DisplayName("docs/policy.md lists every baseline value with the mark the resources give it")
class PolicyDocumentationTest {
  private static final Path PAGE = Path.of("..", "docs", "policy.md");
  private static final Pattern MARK = Pattern.compile("\\*\\*(S2|S|L|U)\\*\\*\\s*$");

  private static List<String> lines() throws IOException {
    return Files.readAllLines(PAGE, StandardCharsets.UTF_8);
  }

  /** The cells of a table row, without the outer pipes. */
  private static List<String> cells(String row) {
    String inner = row.strip();
    inner = inner.substring(1, inner.length() - 1);
    List<String> out = new ArrayList<>();
    for (String c : inner.split("\\|", -1)) {
      out.add(c.strip());
    }
    return out;
  }

  private static Map<String, Map<String, SourceMark>> documentedMarks() throws IOException {
    Map<String, Map<String, SourceMark>> byBaseline = new LinkedHashMap<>();
    List<String> header = null;
    for (String line : lines()) {
      if (line.startsWith("| field |")) {
        header = cells(line).subList(1, cells(line).size());
        if (!header.stream().allMatch(h -> NationalBaselines.IDS.contains(h.replace("`", "")))) {
          // Another table about fields (their sources, say), not the value table.
          header = null;
          continue;
        }
        for (String h : header) {
          byBaseline.put(h.replace("`", ""), new LinkedHashMap<>());
        }
        continue;
      }
      if (header != null && line.startsWith("| `")) {
        List<String> cells = cells(line);
        String field = cells.get(0).replace("`", "");
        for (int i = 0; i < header.size(); i++) {
          Matcher m = MARK.matcher(cells.get(i + 1));
          assertThat(m.find()).as("%s in %s has a mark", field, header.get(i)).isTrue();
          byBaseline.get(header.get(i).replace("`", "")).put(field, SourceMark.valueOf(m.group(1)));
        }
      } else if (header != null && !line.startsWith("|---")) {
        header = null;
      }
    }
    return byBaseline;
  }

  @Test
  @DisplayName("the value table has a row for every field with provenance, and each cell's mark is the resource's")
  void everyValueWithItsMark() throws IOException {
    Map<String, Map<String, SourceMark>> documented = documentedMarks();
    assertThat(documented.keySet()).containsExactlyElementsOf(NationalBaselines.IDS);
    for (String id : NationalBaselines.IDS) {
      Policy p = NationalBaselines.byId(id);
      Map<String, SourceMark> actual = new LinkedHashMap<>();
      for (Map.Entry<String, Provenance> e : p.provenance().entrySet()) {
        actual.put(e.getKey(), e.getValue().mark());
      }
      assertThat(documented.get(id)).as(id).containsExactlyInAnyOrderEntriesOf(actual);
    }
  }

  @Test
  @DisplayName("the count table counts the marks of each baseline")
  void countsPerBaseline() throws IOException {
    Pattern row = Pattern.compile("^\\| `([^`]+)` \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\|( \\d+ \\|)?$");
    Map<String, List<Integer>> counted = new LinkedHashMap<>();
    for (String line : lines()) {
      Matcher m = row.matcher(line.strip());
      if (m.matches()) {
        counted.put(m.group(1), List.of(Integer.valueOf(m.group(2)), Integer.valueOf(m.group(3)),
            Integer.valueOf(m.group(4)), Integer.valueOf(m.group(5))));
      }
    }
    assertThat(counted.keySet()).containsExactlyElementsOf(NationalBaselines.IDS);
    for (String id : NationalBaselines.IDS) {
      Map<SourceMark, Integer> n = new EnumMap<>(SourceMark.class);
      for (SourceMark mark : SourceMark.values()) {
        n.put(mark, 0);
      }
      NationalBaselines.byId(id).provenance().values().forEach(v -> n.merge(v.mark(), 1, Integer::sum));
      assertThat(counted.get(id)).as(id).containsExactly(n.get(SourceMark.S), n.get(SourceMark.S2),
          n.get(SourceMark.L), n.get(SourceMark.U));
    }
  }
}
