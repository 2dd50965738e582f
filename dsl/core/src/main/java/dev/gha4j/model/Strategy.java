package dev.gha4j.model;

/** {@code strategy:} a matrix, whether one failure cancels the rest, and how many run at once. */
public record Strategy(Matrix matrix, Boolean failFast, Integer maxParallel) {
  public static Strategy matrix(Matrix matrix) { return new Strategy(matrix, null, null); }
  public Strategy failFast(boolean value) { return new Strategy(matrix, value, maxParallel); }
  public Strategy maxParallel(int value) { return new Strategy(matrix, failFast, value); }
}
