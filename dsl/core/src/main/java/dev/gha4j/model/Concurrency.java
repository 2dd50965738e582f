package dev.gha4j.model;

import dev.gha4j.expr.Expr;

/**
 * {@code concurrency:} a group (text that may embed expressions) and whether a newer run cancels
 * the one in progress. Deploys want {@code cancelInProgress(false)}; pull request CI wants true.
 *
 * @param group            {@code group:}; runs and jobs with the same group run one at a time
 * @param cancelInProgress {@code cancel-in-progress:}, or null for GitHub's default (false: the
 *     newer run waits, and a pending one it replaces is cancelled)
 */
public record Concurrency(String group, Scalar cancelInProgress) {

  /**
   * {@return a concurrency group in which a newer run waits for the one in progress}
   *
   * @param group the group name, e.g. {@code "ci-" + Expr.github("ref")}
   */
  public static Concurrency group(String group) { return new Concurrency(group, null); }

  /**
   * {@return this group with {@code cancel-in-progress:}}
   *
   * @param cancel true cancels the run in progress when a newer one starts
   */
  public Concurrency cancelInProgress(boolean cancel) { return new Concurrency(group, Scalar.of(cancel)); }

  /**
   * {@return this group with {@code cancel-in-progress:} from an expression}
   *
   * @param cancel evaluates to true or false, e.g. {@code github.event_name == 'pull_request'}
   */
  public Concurrency cancelInProgress(Expr cancel) { return new Concurrency(group, Scalar.of(cancel)); }
}
