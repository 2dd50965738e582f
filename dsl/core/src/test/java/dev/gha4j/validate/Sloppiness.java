package dev.gha4j.validate;

/**
 * How often a {@link RandomWorkflow} picks a wrong option: a careful workflow (the simpler answer,
 * so shrinking turns a workflow careful) rarely, a sloppy one often.
 */
final class Sloppiness {
  private final Choices c;
  private final int percent;

  Sloppiness(Choices c) {
    this.c = c;
    this.percent = c.maybe(50) ? 15 : 2;
  }

  boolean careful() {
    return percent < 10;
  }

  /** Usually one of {@code good}, at this workflow's rate one of {@code bad}. */
  @SafeVarargs
  final <T> T pick(T[] good, T... bad) {
    return bad.length > 0 && c.maybe(percent) ? bad[c.pick(bad.length)] : good[c.pick(good.length)];
  }

  /** True at this workflow's rate of mistakes. */
  boolean slip() {
    return c.maybe(percent);
  }
}
