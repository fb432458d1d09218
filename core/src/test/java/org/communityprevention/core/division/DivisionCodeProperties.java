package org.communityprevention.core.division;

import org.communityprevention.core.testing.Theories;
import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Theories.qt;
import static org.communityprevention.core.testing.DivisionGenerators.divisionCodes;
import static org.communityprevention.core.testing.DivisionGenerators.divisionCodesAt;

import java.util.ArrayList;
import java.util.List;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.testing.DivisionGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

@DisplayName("Division code properties")
class DivisionCodeProperties {

  /** A code or one of its ancestors: pairs drawn from this are often related. */
  private static Gen<DivisionCode> relatedTo(DivisionCode code) {
    List<DivisionCode> chain = new ArrayList<>(code.ancestors());
    chain.add(code);
    return Generate.pick(chain);
  }

  /** Two codes that share their province often and are related often. */
  private static Gen<DivisionCode[]> pairs() {
    return divisionCodes().flatMap(a -> Generate.oneOf(
        relatedTo(a).map(b -> new DivisionCode[] {a, b}),
        relatedTo(a).map(b -> new DivisionCode[] {b, a}),
        divisionCodes().map(b -> new DivisionCode[] {a, b})));
  }

  @Test
  @DisplayName("the parent of a code is one level up and is its ancestor")
  void parentIsOneLevelUp() {
    qt().forAll(divisionCodes()).checkAssert(code -> code.parent().ifPresentOrElse(parent -> {
      assertThat(parent.level().ordinal()).isEqualTo(code.level().ordinal() - 1);
      assertThat(code.level().parent()).contains(parent.level());
      assertThat(parent.isAncestorOf(code)).isTrue();
      assertThat(parent.contains(code)).isTrue();
    }, () -> assertThat(code.level()).isEqualTo(DivisionLevel.PROVINCE)));
  }

  @Test
  @DisplayName("every ancestor chain goes up one level at a time and ends at the province")
  void ancestorChainEndsAtProvince() {
    qt().forAll(divisionCodes()).checkAssert(code -> {
      List<DivisionCode> chain = code.ancestors();
      assertThat(chain).hasSize(code.level().ordinal());
      DivisionCode child = code;
      for (DivisionCode ancestor : chain) {
        assertThat(child.parent()).contains(ancestor);
        assertThat(ancestor.isAncestorOf(code)).isTrue();
        assertThat(code.ancestorAt(ancestor.level())).isEqualTo(ancestor);
        child = ancestor;
      }
      assertThat(child.level()).isEqualTo(DivisionLevel.PROVINCE);
      assertThat(child).isEqualTo(code.province());
    });
  }

  @Test
  @DisplayName("parsing the 12 digits gives the same code back")
  void parseValueIsIdentity() {
    qt().forAll(divisionCodes()).checkAssert(code -> {
      assertThat(code.value()).hasSize(12).containsOnlyDigits();
      assertThat(DivisionCode.parse(code.value())).isEqualTo(code);
      assertThat(DivisionCode.parse(code.value()).level()).isEqualTo(code.level());
      assertThat(DivisionCode.ofLong(code.asLong())).isEqualTo(code);
      assertThat(Long.parseLong(code.value())).isEqualTo(code.asLong());
    });
  }

  @Test
  @DisplayName("a county-level code reads the same from its first six digits")
  void sixDigitsOfCountyAndAbove() {
    Gen<DivisionCode> countyAndAbove = Generate.pick(
        List.of(DivisionLevel.PROVINCE, DivisionLevel.PREFECTURE, DivisionLevel.COUNTY))
        .flatMap(DivisionGenerators::divisionCodesAt);
    qt().forAll(countyAndAbove).checkAssert(code ->
        assertThat(DivisionCode.parse(code.value().substring(0, 6))).isEqualTo(code));
  }

  @Test
  @DisplayName("a code travels through JSON as its 12-digit string")
  void jsonRoundTrip() {
    qt().forAll(divisionCodes()).checkAssert(code -> {
      String json = Json.write(code);
      assertThat(json).isEqualTo("\"" + code.value() + "\"");
      assertThat(Json.read(json, DivisionCode.class)).isEqualTo(code);
    });
  }

  @Test
  @DisplayName("being an ancestor is irreflexive, antisymmetric and matches the subtree range")
  void ancestorIsStrictOrderMatchingRange() {
    qt().forAll(pairs()).checkAssert(p -> {
      DivisionCode a = p[0];
      DivisionCode b = p[1];
      assertThat(a.isAncestorOf(a)).isFalse();
      if (a.isAncestorOf(b)) {
        assertThat(b.isAncestorOf(a)).isFalse();
        assertThat(a.level().isAbove(b.level())).isTrue();
        assertThat(a).isLessThan(b);
        assertThat(b.ancestors()).contains(a);
      }
      boolean inRange = a.subtreeRange().contains(b);
      assertThat(a.isAncestorOf(b)).isEqualTo(!a.equals(b) && inRange);
      assertThat(inRange).isEqualTo(b.asLong() >= a.asLong() && b.asLong() < a.subtreeEndExclusive());
      assertThat(a.isAncestorOf(b)).isEqualTo(b.ancestors().contains(a));
    });
  }

  @Test
  @DisplayName("being an ancestor is transitive")
  void ancestorIsTransitive() {
    qt().forAll(divisionCodesAt(DivisionLevel.VILLAGE), Generate.range(0, 3), Generate.range(0, 3))
        .checkAssert((v, i, j) -> {
          List<DivisionCode> chain = v.ancestors();
          DivisionCode lower = chain.get(Math.min(i, j));
          DivisionCode upper = chain.get(Math.max(i, j));
          if (!lower.equals(upper)) {
            assertThat(upper.isAncestorOf(lower)).isTrue();
            assertThat(lower.isAncestorOf(v)).isTrue();
            assertThat(upper.isAncestorOf(v)).isTrue();
          }
        });
  }

  @Test
  @DisplayName("a code that is not an ancestor shares no part of its subtree unless it is a descendant")
  void subtreesNestOrAreDisjoint() {
    qt().forAll(pairs()).checkAssert(p -> {
      DivisionCode a = p[0];
      DivisionCode b = p[1];
      boolean overlap = a.subtreeRange().isConnected(b.subtreeRange())
          && !a.subtreeRange().intersection(b.subtreeRange()).isEmpty();
      assertThat(overlap).isEqualTo(a.contains(b) || b.contains(a));
    });
  }
}
