package dev.gha4j.sim;

import java.util.Objects;

/**
 * Where a call to the outside happens, named so that the same call has the same name in every run
 * of a workflow: the job (with its matrix values), the step's position in the job, and either the
 * fake command with the number of this call among that step's calls of the command, or the action
 * a {@code uses} step runs.
 *
 * <p>What comes before a fault is the same in every run, so a site found in one run names the same
 * call in a re-run with a fault injected later. A loop that repeats a command makes one site per
 * call ({@code curl #1}, {@code curl #2}, …): the second attempt of a health check is another call
 * than the first. Calls a step makes at the same time (both sides of a pipe) are numbered in the
 * order they reach the fake.
 *
 * @param job        the job's report name: its id, with the matrix values of its combination
 * @param step       the step's position in the job, from 1
 * @param stepName   the step's display name (for messages; {@code step} identifies it)
 * @param callee     the command ({@code aws}), or the action a {@code uses} step runs
 *                   ({@code aws-actions/amazon-ecr-login})
 * @param action     whether the callee is an action
 * @param occurrence which call of {@code callee} in the step, from 1 (always 1 for an action)
 */
public record CallSite(String job, int step, String stepName, String callee, boolean action, int occurrence) {

  /**
   * Checks the parts.
   *
   * @param job        the job's report name
   * @param step       the step's position in the job, from 1
   * @param stepName   the step's display name
   * @param callee     the command, or the action
   * @param action     whether the callee is an action
   * @param occurrence which call of {@code callee} in the step, from 1
   * @throws NullPointerException     when a name is null
   * @throws IllegalArgumentException when {@code step} or {@code occurrence} is below 1
   */
  public CallSite {
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(stepName, "stepName");
    Objects.requireNonNull(callee, "callee");
    if (step < 1 || occurrence < 1) throw new IllegalArgumentException("step and occurrence count from 1");
  }

  /** The {@code n}th call of {@code command} in a {@code run} step. */
  static CallSite command(String job, int step, String stepName, String command, int occurrence) {
    return new CallSite(job, step, stepName, command, false, occurrence);
  }

  /** The {@code uses} step at {@code step}. */
  static CallSite action(String job, int step, String stepName, String action) {
    return new CallSite(job, step, stepName, action, true, 1);
  }

  /** {@code deploy-staging › step 4 "Record the live task definition" › aws #1}. */
  @Override
  public String toString() {
    return job + " › step " + step + " \"" + stepName + "\" › " + (action ? "uses " + callee : callee + " #" + occurrence);
  }
}
