package dev.gha4j.model;

import dev.gha4j.expr.Expr;

/**
 * {@code concurrency:} a group (text that may embed expressions) and whether a newer run cancels
 * the one in progress. Deploys want {@code cancelInProgress(false)}; pull request CI wants true.
 */
public record Concurrency(String group, Scalar cancelInProgress) {

  /** A group name, e.g. {@code "ci-" + Expr.github("ref")}. */
  public static Concurrency group(String group) { return new Concurrency(group, null); }

  public Concurrency cancelInProgress(boolean cancel) { return new Concurrency(group, Scalar.of(cancel)); }
  public Concurrency cancelInProgress(Expr cancel) { return new Concurrency(group, Scalar.of(cancel)); }
}
