package org.communityprevention.core.population;

import java.util.Arrays;
import java.util.Objects;

/**
 * Many residents' facts side by side in flat arrays (居民事实表), the input of the hot path at scale: a village,
 * a county or a partition of a national job. Each row holds the resident's id, status flags, birth date and dated
 * facts in the encoding the rules read, so classifying a row reads a few ints and allocates nothing. Immutable once
 * built; build one with {@link Builder}.
 */
public final class ResidentTable {
  private final String[] personIds;
  private final int[] flags;
  private final int[] birthYmd;
  private final int[] recordedAge;
  private final int[] offsets;
  private final int[] events;

  private ResidentTable(Builder b) {
    int n = b.size;
    personIds = Arrays.copyOf(b.personIds, n);
    flags = Arrays.copyOf(b.flags, n);
    birthYmd = Arrays.copyOf(b.birthYmd, n);
    recordedAge = Arrays.copyOf(b.recordedAge, n);
    offsets = Arrays.copyOf(b.offsets, n + 1);
    events = Arrays.copyOf(b.events, b.offsets[n]);
  }

  /** A table of residents, in the given order. */
  public static ResidentTable of(Iterable<PersonFacts> residents) {
    Builder b = new Builder(16);
    residents.forEach(b::add);
    return b.build();
  }

  /** Number of rows. */
  public int size() {
    return personIds.length;
  }

  /** The opaque person id of a row. */
  public String personId(int row) {
    return personIds[row];
  }

  long automatic(int row, int asOf, int asOfYmd, CompiledPolicy p) {
    return Rules.automatic(flags[row], birthYmd[row], recordedAge[row], events, offsets[row], offsets[row + 1],
        asOf, asOfYmd, p, null);
  }

  long effective(long automatic, int row, int asOf) {
    return offsets[row] == offsets[row + 1] ? automatic
        : Rules.effective(automatic, events, offsets[row], offsets[row + 1], asOf);
  }

  /** Appends residents to a table under construction. Not thread-safe. */
  public static final class Builder {
    private String[] personIds;
    private int[] flags;
    private int[] birthYmd;
    private int[] recordedAge;
    private int[] offsets;
    private int[] events;
    private int size;

    /** A builder with room for {@code expectedRows} rows (it grows as needed). */
    public Builder(int expectedRows) {
      int n = Math.max(1, expectedRows);
      personIds = new String[n];
      flags = new int[n];
      birthYmd = new int[n];
      recordedAge = new int[n];
      offsets = new int[n + 1];
      events = new int[Math.max(CompactFacts.STRIDE, n / 2)];
    }

    /** Appends a resident as the next row. */
    public Builder add(PersonFacts resident) {
      Objects.requireNonNull(resident, "resident");
      CompactFacts c = resident.compact();
      if (size == personIds.length) {
        int n = size * 2;
        personIds = Arrays.copyOf(personIds, n);
        flags = Arrays.copyOf(flags, n);
        birthYmd = Arrays.copyOf(birthYmd, n);
        recordedAge = Arrays.copyOf(recordedAge, n);
        offsets = Arrays.copyOf(offsets, n + 1);
      }
      int end = offsets[size];
      if (end + c.events.length > events.length) {
        events = Arrays.copyOf(events, Math.max(events.length * 2, end + c.events.length));
      }
      System.arraycopy(c.events, 0, events, end, c.events.length);
      personIds[size] = resident.personId();
      flags[size] = c.flags;
      birthYmd[size] = c.birthYmd;
      recordedAge[size] = c.recordedAge;
      offsets[size + 1] = end + c.events.length;
      size++;
      return this;
    }

    /** The table of the rows added so far. */
    public ResidentTable build() {
      return new ResidentTable(this);
    }
  }
}
