package org.communityprevention.boot.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Micrometer counters of what the library saw: daily reports read, accepted and rejected
 * ({@code community.prevention.reports.read|accepted|rejected}; accepted + rejected = read), and findings by kind
 * ({@code community.prevention.findings}, tag {@code kind}: {@code unmanaged}, {@code disagreement},
 * {@code designation}, {@code gap}, {@code stopped}, {@code conflict}, {@code channel}, {@code concealment}, …).
 * The HTTP endpoints and the ledger count through it; an application's own code may too. Thread-safe.
 */
public final class CommunityPreventionMetrics {
  /** Prefix of every meter. */
  public static final String PREFIX = "community.prevention.";

  private final MeterRegistry registry;
  private final Counter read;
  private final Counter accepted;
  private final Counter rejected;
  private final Map<String, Counter> findings = new ConcurrentHashMap<>();

  /** Counters in a registry. */
  public CommunityPreventionMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.read = Counter.builder(PREFIX + "reports.read").description("Daily and zero reports read")
        .baseUnit("reports").register(registry);
    this.accepted = Counter.builder(PREFIX + "reports.accepted").description("Reports accepted")
        .baseUnit("reports").register(registry);
    this.rejected = Counter.builder(PREFIX + "reports.rejected").description("Reports rejected, with violations")
        .baseUnit("reports").register(registry);
  }

  /**
   * Counts a batch of reports.
   *
   * @throws IllegalArgumentException if accepted + rejected is not read, or a count is negative
   */
  public void reports(long readCount, long acceptedCount, long rejectedCount) {
    if (readCount < 0 || acceptedCount < 0 || rejectedCount < 0 || acceptedCount + rejectedCount != readCount) {
      throw new IllegalArgumentException("accepted " + acceptedCount + " + rejected " + rejectedCount
          + " must equal read " + readCount);
    }
    read.increment(readCount);
    accepted.increment(acceptedCount);
    rejected.increment(rejectedCount);
  }

  /** Counts findings of a kind (a stable lower-case name); zero counts register the kind without counting. */
  public void findings(String kind, long count) {
    if (count < 0) {
      throw new IllegalArgumentException("a count of findings is never negative: " + count);
    }
    findings.computeIfAbsent(kind, k -> Counter.builder(PREFIX + "findings").description("Findings of the rules")
        .tag("kind", k).register(registry)).increment(count);
  }
}
