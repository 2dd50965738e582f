package dev.gha4j.sim;

import dev.gha4j.model.Job;
import dev.gha4j.model.Step;
import dev.gha4j.source.Gha4jException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides and runs the jobs of a triggered workflow, one at a time, in waves: every job whose
 * {@code needs} are all decided starts in the same wave, in the order the workflow declares them
 * (as GitHub starts ready jobs together). Each job's {@code if} is evaluated with the job status
 * rules of {@link Status}; a job it rules out is skipped (or cancelled, once the run is cancelled).
 */
final class Scheduler {
  private final Simulation sim;
  private final Map<String, JobReport> decided = new LinkedHashMap<>();
  private final List<JobReport> reports = new ArrayList<>();
  private boolean cancelled;
  // When each decided job ended on the run's simulated clock; a job starts when its needs have ended.
  private final Map<String, Duration> ends = new LinkedHashMap<>();
  private List<JobReport> lastRecorded = List.of();
  /** How many jobs, in decision order, this run takes from {@link Simulation#replaying}. */
  private final int replayed;

  Scheduler(Simulation sim) {
    this.sim = sim;
    this.replayed = sim.replaying == null ? 0 : sim.replaying.replayable(sim.faults);
  }

  SimulationResult run() {
    checkStubs();
    TriggerMatcher.Decision d = TriggerMatcher.decide(sim.workflow, sim.event);
    if (!d.triggered()) return result(d, List.of());
    List<List<Job>> waves = waves();
    Path root = null;
    RunModels models = new RunModels(sim.models);
    String modelAddress = models.isEmpty() ? null : ModelServer.get().register(models);
    try {
      root = TempRoot.create();
      Toolbox toolbox = Toolbox.install(root, sim.fakes, sim.unfaked, models, modelAddress, sim.faults);
      Value.Dictionary github = Contexts.github(sim, sim.event);
      Path eventFile = Files.writeString(root.resolve("event.json"), github.get("event").toJson());
      Map<String, Value> inputs = Contexts.inputs(sim, sim.event);
      for (List<Job> wave : waves) {
        for (Job job : wave) {
          int index = decided.size();
          if (index < replayed) {
            record(job, sim.replaying.get(index).reports());
            continue;
          }
          if (index == replayed && index > 0) {
            Replay.Checkpoint before = sim.replaying.get(index - 1);
            models.restore(before.models());
            Replay.restore(before, root.resolve("fake-state"));
          }
          new JobDecision(sim, job, root, toolbox, github, inputs, eventFile).decide(this);
          if (sim.recording != null) sim.recording.add(job.id(), lastRecorded, models, root.resolve("fake-state"));
        }
      }
      if (sim.keepFiles) System.err.println("gha4j simulation files kept in " + root);
      return result(d, models.states());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (modelAddress != null) ModelServer.get().unregister(modelAddress);
      if (root != null && !sim.keepFiles) TempRoot.delete(root);
    }
  }

  /** The reports of jobs decided so far, by id (matrix jobs aggregated). */
  Map<String, JobReport> decided() {
    return decided;
  }

  /** Whether the run is cancelled when {@code job} starts: after {@code cancelAfter}, or at {@code cancelAt}. */
  boolean cancelled(Job job) {
    return cancelled || (sim.cancelAt != null && startOf(job).compareTo(sim.cancelAt) >= 0);
  }

  /** When {@code job} starts on the run's clock: as soon as every job it needs has ended (GitHub runs ready jobs in parallel). */
  Duration startOf(Job job) {
    return job.needs().stream().map(ends::get).max(Duration::compareTo).orElse(Duration.ZERO);
  }

  void record(Job job, List<JobReport> instances) {
    lastRecorded = instances;
    reports.addAll(instances);
    JobReport report = Aggregate.of(job.id(), instances);
    decided.put(job.id(), report);
    Duration end = startOf(job).plus(report.elapsed());
    ends.put(job.id(), end);
    if (job.id().equals(sim.cancelAfter) || (sim.cancelAt != null && end.compareTo(sim.cancelAt) >= 0
        && report.result() == Conclusion.CANCELLED)) {
      cancelled = true;
    }
  }

  private SimulationResult result(TriggerMatcher.Decision d, List<Object> modelStates) {
    Duration duration = ends.values().stream().max(Duration::compareTo).orElse(Duration.ZERO);
    return new SimulationResult(sim.workflow.fileName(), sim.event, d.triggered(), d.reason(), reports, duration,
        modelStates);
  }

  private List<List<Job>> waves() {
    Map<String, Job> byId = new LinkedHashMap<>();
    for (Job j : sim.workflow.jobs()) byId.put(j.id(), j);
    for (Job j : byId.values()) {
      for (String need : j.needs()) {
        if (!byId.containsKey(need)) {
          throw new Gha4jException(j.location(), "job '" + j.id() + "' needs '" + need + "', which " + sim.workflow.fileName()
              + " does not have");
        }
      }
    }
    List<List<Job>> waves = new ArrayList<>();
    Set<String> done = new HashSet<>();
    while (done.size() < byId.size()) {
      List<Job> wave = byId.values().stream()
          .filter(j -> !done.contains(j.id()) && done.containsAll(j.needs())).toList();
      if (wave.isEmpty()) {
        List<String> stuck = byId.keySet().stream().filter(id -> !done.contains(id)).toList();
        throw new Gha4jException(sim.workflow.location(), "jobs " + stuck + " need each other in a cycle");
      }
      wave.forEach(j -> done.add(j.id()));
      waves.add(wave);
    }
    return waves;
  }

  /** A stub for an action no step uses is a typo that would make a test pass for the wrong reason. */
  private void checkStubs() {
    Set<String> used = new LinkedHashSet<>();
    for (Job j : sim.workflow.jobs()) {
      if (j.isCaller()) used.add(StepRunner.stubKey(j.uses()));
      for (Step s : j.steps()) if (s.uses() != null) used.add(StepRunner.stubKey(s.uses()));
    }
    for (String stubbed : sim.actions.keySet()) {
      if (!used.contains(stubbed)) {
        throw new IllegalArgumentException("action(\"" + stubbed + "\") stubs an action no step of "
            + sim.workflow.fileName() + " uses; used: " + used.stream().sorted().toList());
      }
    }
  }

  /** Every job that {@code job} needs, directly or through other jobs. */
  Set<String> ancestors(Job job) {
    Set<String> all = new LinkedHashSet<>();
    List<String> todo = new ArrayList<>(job.needs());
    while (!todo.isEmpty()) {
      String id = todo.remove(0);
      if (all.add(id)) todo.addAll(sim.workflow.job(id).needs());
    }
    return all;
  }

  /** What {@code needs.<id>} shows of a matrix job: failure if any failed, then cancelled, then success. */
  static final class Aggregate {
    private Aggregate() {}

    static JobReport of(String id, List<JobReport> instances) {
      if (instances.size() == 1) return instances.get(0);
      Conclusion result = Conclusion.SKIPPED;
      for (Conclusion c : List.of(Conclusion.SUCCESS, Conclusion.CANCELLED, Conclusion.FAILURE)) {
        if (instances.stream().anyMatch(i -> i.result() == c)) result = c;
      }
      Map<String, String> outputs = new LinkedHashMap<>();
      for (JobReport i : instances) i.outputs().forEach((k, v) -> { if (!v.isEmpty()) outputs.put(k, v); });
      String names = instances.stream().map(JobReport::name).collect(Collectors.joining(", "));
      Duration longest = instances.stream().map(JobReport::elapsed).max(Duration::compareTo)
          .orElse(Duration.ZERO);
      return new JobReport(id, id, Contexts.object(), true, result, result, "matrix of " + names, outputs, List.of(),
          longest, instances.stream().anyMatch(JobReport::timedOut));
    }
  }
}
