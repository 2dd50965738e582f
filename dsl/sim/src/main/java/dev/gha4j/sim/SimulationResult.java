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

  /**
   * Whether the event starts the workflow.
   *
   * @return true when a trigger of the workflow's {@code on:} matched the event, with its filters
   */
  public boolean triggered() {
    return triggered;
  }

  /**
   * Why the workflow ran or did not.
   *
   * @return which trigger matched, or which filter rejected the event, in words
   */
  public String triggerReason() {
    return triggerReason;
  }

  /**
   * Every job's report.
   *
   * @return one report per job and matrix combination, in the order the simulator decided them;
   *         empty when the workflow did not run
   */
  public List<JobReport> jobs() {
    return jobs;
  }

  /**
   * The reports of one job: one per matrix combination.
   *
   * @param id the job id
   * @return its reports in matrix order; empty when the workflow did not run or has no such job
   */
  public List<JobReport> jobs(String id) {
    return jobs.stream().filter(j -> j.id().equals(id)).toList();
  }

  /**
   * The report of a job that has no matrix (or exactly one combination).
   *
   * @param id the job id, e.g. {@code deploy-staging}
   * @return its report
   * @throws IllegalStateException    when the workflow did not run (the message says why)
   * @throws IllegalArgumentException when there is no such job, or it ran as a matrix (use {@link #jobs(String)})
   */
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

  /**
   * How long the run took on the simulated clock: jobs start when their needs end, as GitHub starts
   * ready jobs together.
   *
   * @return the end of the job that ended last; zero when no job took time
   */
  public Duration duration() {
    return duration;
  }

  /**
   * The state a {@link FakeModel} of this type had at the end of the run (each run gets its own).
   * Fails when the simulation has no model with a state of that type.
   *
   * @param <S>  the state's type
   * @param type the state's class, e.g. {@code Cloud.class}
   * @return the state after the run, to read what the run did to it
   * @throws IllegalArgumentException when no model of the run has a state of that type
   */
  public <S> S model(Class<S> type) {
    for (Object state : modelStates) if (type.isInstance(state)) return type.cast(state);
    throw new IllegalArgumentException("no FakeModel of this run has a " + type.getSimpleName() + " state"
        + (triggered ? "" : " (the workflow did not run: " + triggerReason + ")"));
  }

  /**
   * The workflow that ran.
   *
   * @return its file name, e.g. {@code deploy.yml}
   */
  public String workflow() {
    return workflow;
  }

  /**
   * The jobs that started, in the order they ran.
   *
   * @return their report names (with matrix values); skipped jobs and jobs cancelled before they began are left out
   */
  public List<String> executionOrder() {
    return jobs.stream().filter(JobReport::ran).map(JobReport::name).toList();
  }

  /**
   * Every call of one fake command in the run, in order.
   *
   * @param command the command's name, e.g. {@code aws}
   * @return its calls from every job and step; empty when there were none
   */
  public Calls calls(String command) {
    return new Calls(allCalls().details().stream().filter(c -> c.command().equals(command)).toList());
  }

  /**
   * Every fake-command call in the run.
   *
   * @return the calls of every command, job by job in the order of {@link #jobs()}, then step by step
   */
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
