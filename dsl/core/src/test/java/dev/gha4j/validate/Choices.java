package dev.gha4j.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The random decisions one generated workflow is made of, recorded so that the workflow can be
 * made again from them, and shrunk: every decision is a number from 0, and 0 is always the simplest
 * answer (no optional part, the first and plainest option). Setting decisions to 0 one at a time,
 * as {@link Shrinker} does, gives smaller workflows with the same fault.
 */
final class Choices {
  private final SplittableRandom random;
  private final int[] replay;
  private final List<Integer> made = new ArrayList<>();

  private Choices(SplittableRandom random, int[] replay) {
    this.random = random;
    this.replay = replay;
  }

  /** Fresh decisions from a seed. */
  static Choices random(long seed) {
    return new Choices(new SplittableRandom(seed), null);
  }

  /** The decisions of an earlier run; past their end every decision is 0. */
  static Choices replay(int[] decisions) {
    return new Choices(null, decisions.clone());
  }

  /** A number in {@code [0, n)}. */
  int pick(int n) {
    int i = made.size();
    int v = replay == null ? random.nextInt(n) : i < replay.length ? replay[i] : 0;
    if (v >= n) v = 0;
    made.add(v);
    return v;
  }

  /** True with the given chance in percent; false is the simpler answer. */
  boolean maybe(int percent) {
    return pick(100) >= 100 - percent;
  }

  /** Up to {@code max} things, fewer more likely. */
  int count(int max) {
    return Math.min(pick(max + 1), pick(max + 1));
  }

  /** One of {@code options}; the first is the simplest. */
  @SafeVarargs
  final <T> T oneOf(T... options) {
    return options[pick(options.length)];
  }

  /** The decisions made so far. */
  int[] decisions() {
    return made.stream().mapToInt(Integer::intValue).toArray();
  }

  @Override
  public String toString() {
    return Arrays.toString(decisions());
  }
}
