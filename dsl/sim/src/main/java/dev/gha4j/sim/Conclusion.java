package dev.gha4j.sim;

import java.util.Locale;

/** A job's or step's result, as GitHub names it in {@code needs.<id>.result} and {@code steps.<id>.outcome}. */
public enum Conclusion {
  /** It ran and succeeded (or failed with {@code continue-on-error}, as a step's conclusion). */
  SUCCESS,
  /**
   * A step exited non-zero, its stubbed action failed, one of its expressions failed as on GitHub,
   * or it ran past its own {@code timeout-minutes}; a job failed when one of its steps did.
   */
  FAILURE,
  /** The run was cancelled, the job ran past its {@code timeout-minutes}, or {@code fail-fast} stopped the matrix. */
  CANCELLED,
  /** Its {@code if} was false (as the implied {@code success()} is when a job it needs did not succeed). */
  SKIPPED;

  /**
   * The name as expressions read it.
   *
   * @return {@code success}, {@code failure}, {@code cancelled} or {@code skipped}
   */
  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return text();
  }
}
