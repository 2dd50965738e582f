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

  public JobReport {
    outputs = StepReport.ordered(outputs);
    steps = List.copyOf(steps);
  }

  /** The job started (it was neither skipped nor cancelled before it began). */
  public boolean ran() {
    return started;
  }

  public boolean skipped() {
    return result == Conclusion.SKIPPED;
  }

  public boolean succeeded() {
    return result == Conclusion.SUCCESS;
  }

  /** The job failed; a {@code continue-on-error} job that failed reports {@code success} (see {@link #outcome}). */
  public boolean failed() {
    return result == Conclusion.FAILURE;
  }

  public boolean cancelled() {
    return result == Conclusion.CANCELLED;
  }

  /** A job output (evaluated when the job ended), or null. */
  public String output(String name) {
    return outputs.get(name);
  }

  /** The step with this id, or else this name; fails with the list of steps when there is none. */
  public StepReport step(String idOrName) {
    for (StepReport s : steps) if (idOrName.equals(s.id())) return s;
    for (StepReport s : steps) if (idOrName.equals(s.name())) return s;
    throw new IllegalArgumentException("job '" + name + "' has no step with id or name '" + idOrName + "'; its steps: "
        + steps.stream().map(s -> s.id() != null ? s.id() + " (" + s.name() + ")" : s.name()).toList());
  }

  /** True when a step with this id or name exists. */
  public boolean hasStep(String idOrName) {
    return steps.stream().anyMatch(s -> idOrName.equals(s.id()) || idOrName.equals(s.name()));
  }

  /** The steps that ran, by name, in order. */
  public List<String> stepsRun() {
    return steps.stream().filter(StepReport::ran).map(StepReport::name).toList();
  }

  /** The calls this job made to one fake command, in order. */
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
