package org.communityprevention.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.communityprevention.core.validation.ValidationException;

/**
 * Checks that a rule shared between threads (并发一致性) gives exactly the single-threaded results: one policy, one
 * set of inputs, {@value #TASKS} tasks on an executor of as many threads, each making {@value #CALLS_PER_TASK}
 * calls that cycle through the inputs from a different starting point. An input the rule rejects must be
 * rejected with the same violations on every thread. Published with the core test-jar.
 */
public final class Concurrency {
  /** Tasks (and threads) sharing the rule. */
  public static final int TASKS = 8;
  /** Calls each task makes. */
  public static final int CALLS_PER_TASK = 10_000;

  private Concurrency() {}

  /**
   * Asserts that {@code call} gives, for every input, a result equal to the single-threaded one, when
   * {@value #TASKS} tasks make {@value #CALLS_PER_TASK} calls each at the same time.
   *
   * @return the number of calls compared
   */
  public static <I, R> long assertSameAsSingleThreaded(List<I> inputs, Function<I, R> call) {
    assertThat(inputs).as("inputs").isNotEmpty();
    List<Object> expected = new ArrayList<>(inputs.size());
    for (I input : inputs) {
      expected.add(outcome(call, input));
    }
    ExecutorService pool = Executors.newFixedThreadPool(TASKS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Long>> tasks = new ArrayList<>();
      for (int t = 0; t < TASKS; t++) {
        int offset = t * inputs.size() / TASKS;
        tasks.add(pool.submit(() -> {
          start.await();
          long compared = 0;
          for (int i = 0; i < CALLS_PER_TASK; i++) {
            int k = (offset + i) % inputs.size();
            Object actual = outcome(call, inputs.get(k));
            if (!Objects.equals(actual, expected.get(k))) {
              throw new AssertionError("input " + k + " gave " + actual + " on a shared thread, "
                  + expected.get(k) + " alone");
            }
            compared++;
          }
          return compared;
        }));
      }
      start.countDown();
      long total = 0;
      for (Future<Long> f : tasks) {
        total += f.get(5, TimeUnit.MINUTES);
      }
      assertThat(total).isEqualTo((long) TASKS * CALLS_PER_TASK);
      return total;
    } catch (Exception e) {
      throw new AssertionError("concurrent run failed", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The result, or the violations when the input is rejected: a rejection must be the same on every thread. */
  private static <I, R> Object outcome(Function<I, R> call, I input) {
    try {
      return call.apply(input);
    } catch (ValidationException e) {
      return e.violations();
    }
  }
}
