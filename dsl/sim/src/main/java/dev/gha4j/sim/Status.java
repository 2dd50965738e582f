package dev.gha4j.sim;

/**
 * What the status functions answer where an {@code if} is evaluated. For a job: {@code success()}
 * is true when every job it needs, directly or transitively, succeeded; {@code failure()} when any
 * of them failed ("If you have a chain of dependent jobs, failure() returns true if any ancestor
 * job fails"). For a step: the state of the earlier steps of its job. {@code cancelled()} is true
 * once the run was cancelled; {@code always()} is always true.
 *
 * @param success   what {@code success()} answers
 * @param failure   what {@code failure()} answers
 * @param cancelled what {@code cancelled()} answers
 */
public record Status(boolean success, boolean failure, boolean cancelled) {

  /** Nothing failed, nothing was cancelled. */
  public static final Status SUCCESS = new Status(true, false, false);

  /** For a step: whether the job has failed so far, and whether the run was cancelled. */
  static Status ofJob(boolean jobFailed, boolean cancelled) {
    return new Status(!jobFailed && !cancelled, jobFailed, cancelled);
  }
}
