package org.communityprevention.reporting.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityprevention.core.testing.Theories.qt;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

@DisplayName("bit columns: dense bitsets and gap lists answer alike")
class BitColumnProperties {
  record Bits(long[] words, int size, BitSet reference) {}

  /** Bitsets of 0–3,000 bits at densities from empty through sparse and dense to full. */
  static Gen<Bits> bits() {
    return rs -> {
      int size = Generate.range(0, 3000).generate(rs);
      int permille = Generate.pick(List.of(0, 1, 10, 50, 150, 500, 850, 950, 990, 999, 1000)).generate(rs);
      long[] words = BitColumn.words(size);
      BitSet ref = new BitSet(size);
      for (int i = 0; i < size; i++) {
        if (Generate.range(0, 999).generate(rs) < permille) {
          words[i >>> 6] |= 1L << i;
          ref.set(i);
        }
      }
      return new Bits(words, size, ref);
    };
  }

  private static void agree(BitColumn c, Bits b) {
    int size = b.size();
    assertThat(c.size()).isEqualTo(size);
    assertThat(c.cardinality()).isEqualTo(b.reference().cardinality());
    for (int i = 0; i < size; i++) {
      assertThat(c.get(i)).as("bit %s", i).isEqualTo(b.reference().get(i));
    }
    for (int from = 0; from <= size; from += 1 + size / 37) {
      for (int to = from; to <= size; to += 1 + size / 23) {
        assertThat(c.count(from, to)).as("[%s, %s)", from, to)
            .isEqualTo(b.reference().get(from, to).cardinality());
      }
      assertThat(c.count(from, size)).isEqualTo(b.reference().get(from, size).cardinality());
    }
    int[] counts = new int[size];
    int base = c.accumulate(counts);
    for (int i = 0; i < size; i++) {
      assertThat(counts[i] + base).isEqualTo(b.reference().get(i) ? 1 : 0);
    }
    long[] words = BitColumn.words(size);
    c.orInto(words);
    assertThat(words).isEqualTo(b.words());
  }

  @Test
  @DisplayName("dense, gap and complement-gap columns match a java.util.BitSet on every query")
  void allFormsAgree() {
    qt(300).forAll(bits()).checkAssert(b -> {
      int card = b.reference().cardinality();
      agree(new DenseColumn(b.words().clone(), b.size(), card), b);
      agree(GapColumn.of(b.words(), b.size(), card, false), b);
      agree(GapColumn.of(b.words(), b.size(), b.size() - card, true), b);
      BitColumn compact = BitColumn.compact(b.words(), b.size());
      agree(compact, b);
      assertThat(compact.memoryBytes()).isLessThanOrEqualTo(DenseColumn.bytesFor(b.size()));
    });
  }

  @Test
  @DisplayName("a sparse day is stored as gaps and takes far less than a bitset")
  void sparseIsSmall() {
    int size = 620_000;
    long[] words = BitColumn.words(size);
    for (int i = 0; i < size; i += 40) {
      words[i >>> 6] |= 1L << i;
    }
    BitColumn c = BitColumn.compact(words, size);
    assertThat(c).isInstanceOf(GapColumn.class);
    assertThat(c.cardinality()).isEqualTo(15_500);
    assertThat(c.count(0, size)).isEqualTo(15_500);
    assertThat(c.count(40, 81)).isEqualTo(2);
    assertThat(c.memoryBytes()).isLessThan(DenseColumn.bytesFor(size) / 3);
  }
}
