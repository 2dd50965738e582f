package dev.gha4j.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one job (one matrix combination of it) did. {@code result} is what dependent jobs see in
 * {@code needs.<id>.result}; {@code outcome} differs only for a failed job with
 * {@code continue-on-error}, which GitHub reports to dependents as {@code success}.
 *
 * @param id       the job id
 * @param name     the job id, with the matrix values of this combination
 * @param matrix   this combination's {@code matrix} context (empty without a matrix)
 * @param started  whether it started (see {@link #ran})
 * @param outcome  its result before {@code continue-on-error}
 * @param result   what {@code needs.<id>.result} shows
 * @param reason   why it was skipped, cancelled or failed outside a step; or null
 * @param outputs  its outputs, evaluated when it ended
 * @param steps    its steps
 * @param elapsed  its time on the simulated clock (fake {@code sleep} and answers that take time)
 * @param timedOut whether it ran past its {@code timeout-minutes} (and was cancelled, as on GitHub)
 */
public record JobReport(
    String id,
    String name,
    Value.Dictionary matrix,
    boolean started,
    Conclusion outcome,
    Conclusion result,
    String reason,
    Map<String, String> outputs,
    List<StepReport> steps,
    Duration elapsed,
    boolean timedOut) {

  /**
   * Copies the outputs (keeping their order) and the steps.
   *
   * @param id       the job id
   * @param name     the job id, with the matrix values of this combination
   * @param matrix   this combination's {@code matrix} context
   * @param started  whether it started
   * @param outcome  its result before {@code continue-on-error}
   * @param result   its result after {@code continue-on-error}
   * @param reason   why it was skipped, cancelled or failed outside a step; or null
   * @param outputs  its outputs; values may be null
   * @param steps    its steps, in order
   * @param elapsed  its time on the simulated clock
   * @param timedOut whether it ran past its {@code timeout-minutes}
   */
  public JobReport {
    outputs = StepReport.ordered(outputs);
    steps = List.copyOf(steps);
  }

  /**
   * Whether the job started.
   *
   * @return true unless it was skipped, or cancelled before it began
   */
  public boolean ran() {
    return started;
  }

  /**
   * Whether the job was skipped: its {@code if}, or the implied {@code success()}, was false.
   *
   * @return true when {@link #result} is {@link Conclusion#SKIPPED}
   */
  public boolean skipped() {
    return result == Conclusion.SKIPPED;
  }

  /**
   * Whether the job succeeded as dependent jobs see it.
   *
   * @return true when {@link #result} is {@link Conclusion#SUCCESS}, which includes a failed
   *         {@code continue-on-error} job
   */
  public boolean succeeded() {
    return result == Conclusion.SUCCESS;
  }

  /**
   * Whether the job failed as dependent jobs see it; a {@code continue-on-error} job that failed
   * reports {@code success} (see {@link #outcome}).
   *
   * @return true when {@link #result} is {@link Conclusion#FAILURE}
   */
  public boolean failed() {
    return result == Conclusion.FAILURE;
  }

  /**
   * Whether the job was cancelled: the run was cancelled, it ran past its {@code timeout-minutes},
   * or {@code fail-fast} stopped it.
   *
   * @return true when {@link #result} is {@link Conclusion#CANCELLED}
   */
  public boolean cancelled() {
    return result == Conclusion.CANCELLED;
  }

  /**
   * A job output, as {@code needs.<id>.outputs.<name>} reads it.
   *
   * @param name the output's name, as the job declares it
   * @return its value, evaluated when the job ended; null when the job has no such output
   */
  public String output(String name) {
    return outputs.get(name);
  }

  /**
   * The step with this id, or else this name.
   *
   * @param idOrName the step's {@code id}, or its display name, e.g. {@code "Check health"}
   * @return the first step with that id, else the first with that name
   * @throws IllegalArgumentException when there is none; the message lists the job's steps
   */
  public StepReport step(String idOrName) {
    for (StepReport s : steps) if (idOrName.equals(s.id())) return s;
    for (StepReport s : steps) if (idOrName.equals(s.name())) return s;
    throw new IllegalArgumentException("job '" + name + "' has no step with id or name '" + idOrName + "'; its steps: "
        + steps.stream().map(s -> s.id() != null ? s.id() + " (" + s.name() + ")" : s.name()).toList());
  }

  /**
   * Whether the job has a step with this id or name (it may have been skipped).
   *
   * @param idOrName the step's {@code id}, or its display name
   * @return true when such a step exists
   */
  public boolean hasStep(String idOrName) {
    return steps.stream().anyMatch(s -> idOrName.equals(s.id()) || idOrName.equals(s.name()));
  }

  /**
   * The steps that ran.
   *
   * @return their display names, in order; skipped steps are left out
   */
  public List<String> stepsRun() {
    return steps.stream().filter(StepReport::ran).map(StepReport::name).toList();
  }

  /**
   * The calls this job made to one fake command, in order.
   *
   * @param command the command's name, e.g. {@code aws}
   * @return the calls of all its steps; empty when there were none
   */
  public Calls calls(String command) {
    List<Call> all = new ArrayList<>();
    for (StepReport s : steps) all.addAll(s.calls(command).details());
    return new Calls(all);
  }

  String describe() {
    StringBuilder s = new StringBuilder(Marks.of(result)).append(name).append("  ").append(result);
    if (outcome != result) s.append(" (outcome ").append(outcome).append(", continue-on-error)");
    if (reason != null) s.append(": ").append(reason);
    if (!outputs.isEmpty()) s.append("\n      outputs ").append(outputs);
    if (!steps.isEmpty()) s.append('\n').append(steps.stream().map(st -> st.describe("      "))
        .collect(Collectors.joining("\n")));
    return s.toString();
  }

  @Override
  public String toString() {
    return describe();
  }
}
