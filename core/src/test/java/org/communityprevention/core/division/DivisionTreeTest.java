package org.communityprevention.core.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Division trees (区划代码表)")
class DivisionTreeTest {
  static final Division GUANGDONG = Division.of("440000000000", "广东省");
  static final Division MAOMING = Division.of("440900000000", "茂名市");
  static final Division XINYI = Division.of("440983000000", "信宜市");
  static final Division TOWN = Division.of("440983102000", "某镇");
  static final Division SHUIKOU =
      Division.of(DivisionCode.parse("440983102001"), "水口居委会", UrbanRuralClass.MAIN_URBAN_AREA);
  static final Division DONGXIN =
      Division.of(DivisionCode.parse("440983102201"), "垌心村委会", UrbanRuralClass.VILLAGE);
  static final Division OTHER_TOWN = Division.of("440983103000", "另一镇");
  static final Division OTHER_VILLAGE = Division.of("440983103201", "另一村委会");

  static DivisionTree sample() {
    return DivisionTree.of(List.of(DONGXIN, OTHER_VILLAGE, XINYI, GUANGDONG, SHUIKOU, TOWN, MAOMING, OTHER_TOWN));
  }

  @Test
  @DisplayName("divisions are sorted by code and villages numbered in that order")
  void sorted() {
    DivisionTree tree = sample();
    assertThat(tree.divisions()).containsExactly(GUANGDONG, MAOMING, XINYI, TOWN, SHUIKOU, DONGXIN, OTHER_TOWN,
        OTHER_VILLAGE);
    assertThat(tree.villages()).containsExactly(SHUIKOU, DONGXIN, OTHER_VILLAGE);
    assertThat(tree.ordinal(DONGXIN.code())).hasValue(1);
    assertThat(tree.ordinal(TOWN.code())).isEmpty();
    assertThat(tree.village(2)).isEqualTo(OTHER_VILLAGE);
    assertThat(tree.villageCount()).isEqualTo(3);
    assertThat(tree.size()).isEqualTo(8);
  }

  @Test
  @DisplayName("children, descendants and villages of a node")
  void lookups() {
    DivisionTree tree = sample();
    assertThat(tree.children(XINYI.code())).containsExactly(TOWN, OTHER_TOWN);
    assertThat(tree.children(TOWN.code())).containsExactly(SHUIKOU, DONGXIN);
    assertThat(tree.children(SHUIKOU.code())).isEmpty();
    assertThat(tree.descendants(XINYI.code())).containsExactly(TOWN, SHUIKOU, DONGXIN, OTHER_TOWN, OTHER_VILLAGE);
    assertThat(tree.villagesUnder(TOWN.code())).containsExactly(SHUIKOU, DONGXIN);
    assertThat(tree.villagesUnder(SHUIKOU.code())).containsExactly(SHUIKOU);
    assertThat(tree.villageOrdinalRange(OTHER_TOWN.code()).lowerEndpoint()).isEqualTo(2);
    assertThat(tree.villageOrdinalRange(OTHER_TOWN.code()).upperEndpoint()).isEqualTo(3);
    assertThat(tree.get(TOWN.code())).contains(TOWN);
    assertThat(tree.get(DivisionCode.parse("440983104000"))).isEmpty();
    assertThat(tree.contains(MAOMING.code())).isTrue();
    assertThat(tree.descendants(DivisionCode.parse("110000"))).isEmpty();
  }

  @Test
  @DisplayName("a village whose township is missing is rejected, never re-parented")
  void villageWithoutTownship() {
    assertThatThrownBy(() -> DivisionTree.of(List.of(GUANGDONG, MAOMING, XINYI, SHUIKOU)))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.violations()).hasSize(1);
          Violation v = e.violations().get(0);
          assertThat(v.field()).isEqualTo("divisions[3].code");
          assertThat(v.code()).isEqualTo(DivisionTree.MISSING_PARENT);
          assertThat(v.params()).containsEntry("code", "440983102001").containsEntry("parent", "440983102000");
        });
  }

  @Test
  @DisplayName("a village filed under another county's township is rejected")
  void villageUnderOtherCounty() {
    Division stray = Division.of("440904102001", "别县居委会");
    assertThatThrownBy(() -> DivisionTree.of(List.of(GUANGDONG, MAOMING, XINYI, TOWN, stray)))
        .isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.violations()).extracting(Violation::code).containsExactly(DivisionTree.MISSING_PARENT));
  }

  @Test
  @DisplayName("every problem is listed, not just the first")
  void allProblems() {
    Division dup = Division.of("440983102001", "重复");
    assertThatThrownBy(() -> DivisionTree.of(List.of(SHUIKOU, XINYI, GUANGDONG, OTHER_VILLAGE, dup)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::field, Violation::code)
            .containsExactly(
                tuple("divisions[0].code", DivisionTree.MISSING_PARENT),
                tuple("divisions[1].code", DivisionTree.MISSING_PARENT),
                tuple("divisions[3].code", DivisionTree.MISSING_PARENT),
                tuple("divisions[4].code", DivisionTree.DUPLICATE_CODE)));
  }

  @Test
  @DisplayName("an empty tree is allowed and has no villages")
  void empty() {
    DivisionTree tree = DivisionTree.of(List.of());
    assertThat(tree.size()).isZero();
    assertThat(tree.villagesUnder(DivisionCode.parse("440000"))).isEmpty();
  }

  @Test
  @DisplayName("a tree travels through JSON as its sorted list of divisions")
  void json() {
    DivisionTree tree = sample();
    String json = Json.write(tree);
    assertThat(json).startsWith("{\"divisions\":[{\"code\":\"440000000000\"");
    assertThat(Json.read(json, DivisionTree.class)).isEqualTo(tree);
  }

  @Test
  @DisplayName("a tree read from JSON is validated, with the problem at its JSON path")
  void jsonValidated() {
    String json = "{\"divisions\":[{\"code\":\"440983102001\",\"name\":\"水口居委会\"}]}";
    assertThatThrownBy(() -> Json.read(json, DivisionTree.class))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.violations().get(0).code()).isEqualTo(DivisionTree.MISSING_PARENT);
          assertThat(e.violations().get(0).field()).endsWith("divisions[0].code");
        });
  }
}
