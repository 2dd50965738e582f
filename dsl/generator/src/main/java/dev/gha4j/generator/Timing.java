package dev.gha4j.generator;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a {@code make generate} run spends its time, printed to stderr when the environment
 * variable {@code GHA4J_TIMING} is set (BENCHMARKS.md uses it). Off, marks are dropped: a
 * long-lived JVM (make watch, Maven running the plugin, in parallel too) keeps nothing.
 */
final class Timing {
  private static final boolean ON = System.getenv("GHA4J_TIMING") != null;
  private static final List<String> NAMES = new ArrayList<>();
  private static final List<Long> TIMES = new ArrayList<>();

  private Timing() {}

  static void mark(String phase) {
    if (!ON) return;
    synchronized (NAMES) {
      NAMES.add(phase);
      TIMES.add(System.nanoTime());
    }
  }

  /** Prints each phase's duration, if on; {@code mainStart} is {@link System#nanoTime()} at main's start. */
  static void print(long mainStart, PrintStream err) {
    if (!ON) return;
    synchronized (NAMES) {
      long previous = mainStart;
      for (int i = 0; i < NAMES.size(); i++) {
        err.printf("timing: %5d ms  %s%n", (TIMES.get(i) - previous) / 1_000_000, NAMES.get(i));
        previous = TIMES.get(i);
      }
    }
  }
}
