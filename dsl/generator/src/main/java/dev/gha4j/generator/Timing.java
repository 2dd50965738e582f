package dev.gha4j.generator;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a {@code make generate} run spends its time, printed to stderr when the environment
 * variable {@code GHA4J_TIMING} is set (BENCHMARKS.md uses it). Off, it costs one list append per
 * phase. The JVM's own start is the wall time of the run less the sum printed.
 */
final class Timing {
  private static final List<String> NAMES = new ArrayList<>();
  private static final List<Long> TIMES = new ArrayList<>();

  private Timing() {}

  static void mark(String phase) {
    NAMES.add(phase);
    TIMES.add(System.nanoTime());
  }

  /** Prints each phase's duration; {@code mainStart} is {@link System#nanoTime()} at main's start. */
  static void print(long mainStart, PrintStream err) {
    long previous = mainStart;
    for (int i = 0; i < NAMES.size(); i++) {
      err.printf("timing: %5d ms  %s%n", (TIMES.get(i) - previous) / 1_000_000, NAMES.get(i));
      previous = TIMES.get(i);
    }
  }
}
