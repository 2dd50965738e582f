package dev.gha4j.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of a simulated run: whether the event triggered the workflow, each job's report in
 * the order they were decided, the order jobs ran in, and every fake-command call. Its
 * {@link #toString()} is a readable account of the run for failure messages.
 */
public final class SimulationResult {
  private final String workflow;
  private final Event event;
  private final boolean triggered;
  private final String triggerReason;
  private final List<JobReport> jobs;
  private final Duration duration;
  private final List<Object> modelStates;

  SimulationResult(String workflow, Event event, boolean triggered, String triggerReason, List<JobReport> jobs,
      Duration duration, List<Object> modelStates) {
    this.duration = duration;
    this.modelStates = List.copyOf(modelStates);
    this.workflow = workflow;
    this.event = event;
    this.triggered = triggered;
    this.triggerReason = triggerReason;
    this.jobs = List.copyOf(jobs);
  }

  /** True when the event starts the workflow. */
  public boolean triggered() {
    return triggered;
  }

  /** Which trigger matched, or which filter rejected the event. */
  public String triggerReason() {
    return triggerReason;
  }

  /** Every job report (one per matrix combination), in the order the simulator decided them. */
  public List<JobReport> jobs() {
    return jobs;
  }

  /** The reports of one job id: one per matrix combination, or none when the workflow did not run. */
  public List<JobReport> jobs(String id) {
    return jobs.stream().filter(j -> j.id().equals(id)).toList();
  }

  /** The report of a job that has no matrix (or exactly one combination). */
  public JobReport job(String id) {
    List<JobReport> found = jobs(id);
    if (found.size() == 1) return found.get(0);
    if (!triggered) throw new IllegalStateException("the workflow did not run: " + triggerReason);
    if (found.isEmpty()) {
      throw new IllegalArgumentException("no job '" + id + "'; jobs: " + jobs.stream().map(JobReport::id).distinct().toList());
    }
    throw new IllegalArgumentException("job '" + id + "' ran as a matrix of " + found.size()
        + " jobs " + found.stream().map(JobReport::name).toList() + "; use jobs(\"" + id + "\")");
  }

  /** How long the run took on the simulated clock: jobs start when their needs end, as GitHub starts ready jobs together. */
  public Duration duration() {
    return duration;
  }

  /**
   * The state a {@link FakeModel} of this type had at the end of the run (each run gets its own).
   * Fails when the simulation has no model with a state of that type.
   */
  public <S> S model(Class<S> type) {
    for (Object state : modelStates) if (type.isInstance(state)) return type.cast(state);
    throw new IllegalArgumentException("no FakeModel of this run has a " + type.getSimpleName() + " state"
        + (triggered ? "" : " (the workflow did not run: " + triggerReason + ")"));
  }

  /** The workflow file, e.g. {@code deploy.yml}. */
  public String workflow() {
    return workflow;
  }

  /** The jobs that started, by name, in the order they ran. */
  public List<String> executionOrder() {
    return jobs.stream().filter(JobReport::ran).map(JobReport::name).toList();
  }

  /** Every call of one fake command in the run, in order. */
  public Calls calls(String command) {
    return new Calls(allCalls().details().stream().filter(c -> c.command().equals(command)).toList());
  }

  /** Every fake-command call in the run, in order. */
  public Calls allCalls() {
    List<Call> all = new ArrayList<>();
    for (JobReport j : jobs) for (StepReport s : j.steps()) all.addAll(s.callList());
    return new Calls(all);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Simulated ").append(workflow).append(" on ").append(event).append('\n');
    s.append(triggered ? "  triggered: " : "  NOT triggered: ").append(triggerReason);
    if (!jobs.isEmpty()) {
      s.append('\n').append(jobs.stream().map(j -> Marks.indent(j.describe(), "  ")).collect(Collectors.joining("\n")));
    }
    return s.toString();
  }
}
