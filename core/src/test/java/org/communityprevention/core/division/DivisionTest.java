package org.communityprevention.core.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.communityprevention.core.json.Json;
import org.communityprevention.core.validation.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Divisions and urban-rural classes (城乡分类代码)")
class DivisionTest {

  @Test
  @DisplayName("水口居委会 (class 111) is a community; 垌心村委会 (class 220) is a village")
  void protocolExamples() {
    Division community = Division.of(DivisionCode.parse("440983102001"), "水口居委会", UrbanRuralClass.fromCode(111));
    Division village = Division.of(DivisionCode.parse("440983102201"), "垌心村委会", UrbanRuralClass.fromCode(220));
    assertThat(community.level()).isEqualTo(DivisionLevel.VILLAGE);
    assertThat(community.isCommunity()).isTrue();
    assertThat(community.isVillage()).isFalse();
    assertThat(village.isCommunity()).isFalse();
    assertThat(village.isVillage()).isTrue();
    assertThat(community.urbanRuralClass()).contains(UrbanRuralClass.MAIN_URBAN_AREA);
  }

  @Test
  @DisplayName("without a class, village digits 001-199 mean a community and 200-399 a village")
  void withoutClass() {
    assertThat(Division.of("440983102001", "水口居委会").isCommunity()).isTrue();
    assertThat(Division.of("440983102199", "某居委会").isCommunity()).isTrue();
    assertThat(Division.of("440983102200", "某村委会").isVillage()).isTrue();
    assertThat(Division.of("440983102000", "某镇").isVillage()).isFalse();
    assertThat(Division.of("440983102000", "某镇").isCommunity()).isFalse();
  }

  @Test
  @DisplayName("the class decides over the village digits when both are given")
  void classDecides() {
    Division d = Division.of(DivisionCode.parse("440983102250"), "某居委会", UrbanRuralClass.TOWN_CENTRE);
    assertThat(d.isCommunity()).isTrue();
  }

  @Test
  @DisplayName("an urban-rural class on a town is rejected, naming the field")
  void classOnlyOnVillages() {
    assertThatThrownBy(() -> Division.of(DivisionCode.parse("440983102000"), "某镇", UrbanRuralClass.TOWN_CENTRE))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.violations().get(0).field()).isEqualTo("urbanRuralClass");
          assertThat(e.violations().get(0).code()).isEqualTo(Division.CLASS_NOT_VILLAGE);
          assertThat(e.violations().get(0).params()).containsEntry("level", "township");
        });
  }

  @Test
  @DisplayName("a blank name is rejected")
  void blankName() {
    assertThatThrownBy(() -> Division.of("440983102001", " "))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.violations().get(0).field()).isEqualTo("name");
          assertThat(e.violations().get(0).code()).isEqualTo(Division.NAME_BLANK);
        });
  }

  @Test
  @DisplayName("a bad code in Division.of(String, String) names the field code")
  void badCodeField() {
    assertThatThrownBy(() -> Division.of("4409831020", "x"))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.violations().get(0).field()).isEqualTo("code");
          assertThat(e.violations().get(0).code()).isEqualTo(DivisionCode.CODE_LENGTH);
        });
  }

  @Test
  @DisplayName("the seven urban-rural classes have their codes and names")
  void urbanRuralClasses() {
    assertThat(UrbanRuralClass.values()).extracting(UrbanRuralClass::code)
        .containsExactly(111, 112, 121, 122, 123, 210, 220);
    assertThat(UrbanRuralClass.values()).extracting(UrbanRuralClass::chinese)
        .containsExactly("主城区", "城乡结合区", "镇中心区", "镇乡结合区", "特殊区域", "乡中心区", "村庄");
    assertThat(UrbanRuralClass.values()).filteredOn(UrbanRuralClass::isUrban).hasSize(5);
    for (UrbanRuralClass c : UrbanRuralClass.values()) {
      assertThat(UrbanRuralClass.fromCode(c.code())).isEqualTo(c);
      assertThat(c.english()).isNotBlank();
    }
  }

  @Test
  @DisplayName("an unknown urban-rural class code is rejected with a typed error")
  void unknownClass() {
    for (int bad : new int[] {0, 110, 113, 200, 221, 999}) {
      assertThatThrownBy(() -> UrbanRuralClass.fromCode(bad))
          .isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.violations().get(0).field()).isEqualTo("urbanRuralClass");
            assertThat(e.violations().get(0).code()).isEqualTo(UrbanRuralClass.UNKNOWN_CODE);
            assertThat(e.violations().get(0).params()).containsEntry("code", String.valueOf(bad));
          });
    }
  }

  @Test
  @DisplayName("a division's JSON has code, name and class, not the derived level")
  void json() {
    Division d = Division.of(DivisionCode.parse("440983102001"), "水口居委会", UrbanRuralClass.MAIN_URBAN_AREA);
    String json = Json.write(d);
    assertThat(json)
        .isEqualTo("{\"code\":\"440983102001\",\"name\":\"水口居委会\",\"urbanRuralClass\":\"MAIN_URBAN_AREA\"}");
    assertThat(Json.read(json, Division.class)).isEqualTo(d);
  }

  @Test
  @DisplayName("a bad code in JSON is rejected at its JSON path")
  void jsonBadCode() {
    assertThatThrownBy(() -> Json.read("{\"code\":\"１１０１０５\",\"name\":\"x\"}", Division.class))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.violations().get(0).field()).isEqualTo("code");
          assertThat(e.violations().get(0).code()).isEqualTo(DivisionCode.CODE_CHARACTERS);
        });
    assertThatThrownBy(() -> Json.read(
        "{\"code\":\"440983102000\",\"name\":\"x\",\"urbanRuralClass\":\"TOWN_CENTRE\"}", Division.class))
        .isInstanceOfSatisfying(ValidationException.class, e ->
          assertThat(e.violations().get(0).code()).isEqualTo(Division.CLASS_NOT_VILLAGE));
  }
}
