package org.communityprevention.core.division;

import org.communityprevention.core.testing.Theories;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityprevention.core.testing.Theories.qt;
import static org.communityprevention.core.testing.DivisionGenerators.divisionTreeContents;
import static org.communityprevention.core.testing.DivisionGenerators.divisionTrees;
import static org.communityprevention.core.testing.DivisionGenerators.divisions;

import com.google.common.collect.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.communityprevention.core.json.Json;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

@DisplayName("Division tree properties")
class DivisionTreeProperties {

  @Test
  @DisplayName("every node's villages are a contiguous slice of the sorted villages")
  void villagesAreContiguous() {
    qt().forAll(divisionTrees()).checkAssert(tree -> {
      List<Division> villages = tree.villages();
      for (Division node : tree.divisions()) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < villages.size(); i++) {
          if (node.code().contains(villages.get(i).code())) {
            positions.add(i);
          }
        }
        Range<Integer> range = tree.villageOrdinalRange(node.code());
        assertThat(range.upperEndpoint() - range.lowerEndpoint()).isEqualTo(positions.size());
        for (int k = 0; k < positions.size(); k++) {
          assertThat(positions.get(k)).isEqualTo(range.lowerEndpoint() + k);
        }
        assertThat(tree.villagesUnder(node.code()))
            .containsExactlyElementsOf(positions.stream().map(villages::get).collect(Collectors.toList()));
      }
    });
  }

  @Test
  @DisplayName("descendants are exactly the divisions in the subtree, in code order")
  void descendantsAreTheSubtree() {
    qt().forAll(divisionTrees()).checkAssert(tree -> {
      for (Division node : tree.divisions()) {
        List<Division> expected = tree.divisions().stream()
            .filter(d -> node.code().isAncestorOf(d.code())).collect(Collectors.toList());
        assertThat(tree.descendants(node.code())).containsExactlyElementsOf(expected);
        List<Division> children = expected.stream()
            .filter(d -> d.code().parent().orElseThrow().equals(node.code())).collect(Collectors.toList());
        assertThat(tree.children(node.code())).containsExactlyElementsOf(children);
      }
    });
  }

  @Test
  @DisplayName("the divisions come out sorted, whatever the input order, and every parent is present")
  void sortedWithParents() {
    qt().forAll(divisionTreeContents()).checkAssert(input -> {
      DivisionTree tree = DivisionTree.of(input);
      assertThat(tree.divisions()).containsExactlyInAnyOrderElementsOf(input);
      assertThat(tree.divisions()).isSortedAccordingTo((a, b) -> a.code().compareTo(b.code()));
      for (Division d : tree.divisions()) {
        d.code().parent().ifPresent(p -> assertThat(tree.contains(p)).isTrue());
      }
      for (int i = 0; i < tree.villageCount(); i++) {
        assertThat(tree.ordinal(tree.village(i).code())).hasValue(i);
      }
    });
  }

  @Test
  @DisplayName("removing any non-village division is rejected, naming each orphaned child")
  void removingAParentIsRejected() {
    qt().forAll(divisionTreeContents(), Generate.range(0, 10_000)).checkAssert((input, pick) -> {
      List<Division> parents = input.stream().filter(d -> d.level() != DivisionLevel.VILLAGE)
          .collect(Collectors.toList());
      Division removed = parents.get(pick % parents.size());
      List<Division> rest = new ArrayList<>(input);
      rest.remove(removed);
      long orphans = rest.stream().filter(d -> d.code().parent().map(removed.code()::equals).orElse(false)).count();
      if (orphans == 0) {
        DivisionTree.of(rest);
        return;
      }
      assertThatThrownBy(() -> DivisionTree.of(rest)).isInstanceOfSatisfying(ValidationException.class, e -> {
        assertThat(e.violations()).hasSize((int) orphans);
        assertThat(e.violations()).allSatisfy(v -> {
          assertThat(v.code()).isEqualTo(DivisionTree.MISSING_PARENT);
          assertThat(v.field()).matches("divisions\\[\\d+]\\.code");
          assertThat(v.params()).containsEntry("parent", removed.code().value());
        });
        assertThat(e.violations()).extracting(Violation::field).doesNotHaveDuplicates();
      });
    });
  }

  @Test
  @DisplayName("a tree travels through JSON unchanged")
  void jsonRoundTrip() {
    qt().forAll(divisionTrees()).checkAssert(tree ->
        assertThat(Json.read(Json.write(tree), DivisionTree.class)).isEqualTo(tree));
  }

  @Test
  @DisplayName("a division travels through JSON unchanged")
  void divisionJsonRoundTrip() {
    qt().forAll(divisions()).checkAssert(d -> {
      Division back = Json.read(Json.write(d), Division.class);
      assertThat(back).isEqualTo(d);
      assertThat(back.level()).isEqualTo(d.code().level());
    });
  }

  @Test
  @DisplayName("a village-level division is a community or a village, never both; other levels neither")
  void communityOrVillage() {
    qt().forAll(divisions()).checkAssert(d -> {
      if (d.level() == DivisionLevel.VILLAGE) {
        assertThat(d.isCommunity()).isNotEqualTo(d.isVillage());
        d.urbanRuralClass().ifPresent(c -> assertThat(d.isCommunity()).isEqualTo(c.isUrban()));
      } else {
        assertThat(d.isCommunity()).isFalse();
        assertThat(d.isVillage()).isFalse();
        assertThat(d.urbanRuralClass()).isEmpty();
      }
    });
  }
}
