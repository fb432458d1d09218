package org.communityprevention.core.division;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.communityprevention.core.message.Messages;
import org.communityprevention.core.validation.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Every division code has a Chinese and an English text")
class DivisionMessagesTest {
  static final List<String> CODES = List.of(
      DivisionCode.CODE_MISSING, DivisionCode.CODE_LENGTH, DivisionCode.CODE_CHARACTERS,
      DivisionCode.UNKNOWN_PROVINCE, DivisionCode.NONZERO_BELOW_ZERO_LEVEL, DivisionCode.NOT_A_VILLAGE,
      UrbanRuralClass.UNKNOWN_CODE,
      Division.NAME_BLANK, Division.CLASS_NOT_VILLAGE, DivisionTree.MISSING_PARENT, DivisionTree.DUPLICATE_CODE,
      GridUnit.BLANK_ID, GridUnit.NOT_A_VILLAGE, GridUnit.OWN_PARENT, GridCoverage.DUPLICATE_UNIT,
      GridCoverage.GRID_WITHOUT_WORKER, GridCoverage.BUILDING_WITHOUT_HEAD, GridCoverage.GROUP_WITHOUT_LEADER,
      GridCoverage.ASSIGNMENT_UNKNOWN_UNIT, GridCoverage.ASSIGNMENT_WRONG_KIND);

  static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = DivisionMessagesTest.class.getResourceAsStream(
        "/org/communityprevention/core/division/" + name);
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  @Test
  @DisplayName("each code renders in Chinese and English")
  void bothLanguages() {
    for (String code : CODES) {
      assertThat(Messages.hasText(code, Messages.ZH)).as(code).isTrue();
      assertThat(Messages.hasText(code, Messages.EN)).as(code).isTrue();
    }
  }

  @Test
  @DisplayName("the two bundles hold the same codes and no stray ones")
  void sameKeys() throws IOException {
    Properties en = load("Messages.properties");
    Properties zh = load("Messages_zh.properties");
    assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
    assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(CODES);
  }

  @Test
  @DisplayName("a nonzero-below-zero message names the levels in each language")
  void levelNames() {
    try {
      DivisionCode.parse("110100000001");
    } catch (ValidationException e) {
      assertThat(e.message(Messages.ZH)).contains("县级代码（第 5–6 位）为零").contains("村级代码");
      assertThat(e.getMessage()).contains("village digits (positions 10–12)").contains("county digits");
      return;
    }
    throw new AssertionError("accepted");
  }
}
