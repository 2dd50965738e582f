package dev.gha4j.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * GitHub's memory limit for one expression ({@code EvaluationMemory} in the runner, 1 MB): the
 * results held at each level of the tree count, a string as 26 bytes plus two per character,
 * anything else as 24; when a node's result is a primitive, what its children held is released.
 */
final class EvaluationMemory {
  static final int MAX_BYTES = 1_048_576;

  private final List<Long> levels = new ArrayList<>();
  private long total;

  void add(int level, Value result) {
    if (result.isPrimitive()) {
      for (int deeper = levels.size() - 1; deeper > level; deeper--) {
        total -= levels.remove(deeper);
      }
    }
    while (levels.size() <= level) levels.add(0L);
    long bytes = result instanceof Value.Text t ? 26L + 2L * t.text().length() : 24;
    levels.set(level, levels.get(level) + bytes);
    total += bytes;
    if (total > MAX_BYTES) {
      throw new EvaluationException("the expression needs more than GitHub's limit of 1 MB of memory ("
          + total + " bytes of intermediate results)");
    }
  }
}
