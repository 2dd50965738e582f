package dev.gha4j.sim;

import dev.gha4j.model.Job;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one running job (one matrix combination): its directories, the environment so far
 * (workflow, job, then {@code $GITHUB_ENV} lines of earlier steps), {@code $GITHUB_PATH} entries,
 * the {@code steps} context and whether a step has failed.
 */
final class JobRun {
  final Simulation sim;
  final Job job;
  final String name;
  final Map<String, Value> fixedContexts;
  final Path workspace;
  final Path temp;
  final Path home;
  final Path eventFile;
  final Toolbox toolbox;
  final boolean cancelled;
  /** When on this job's clock the run is cancelled, or null. */
  final Duration cancelAt;
  final Map<String, String> env = new LinkedHashMap<>();
  final List<String> paths = new ArrayList<>();
  final Map<String, Value> steps = new LinkedHashMap<>();
  boolean failed;
  /** Set by {@link JobRunner} once the job's {@code timeout-minutes} is known. */
  JobClock clock;

  JobRun(Simulation sim, Job job, String name, Map<String, Value> fixedContexts, Path dir, Path eventFile,
      Toolbox toolbox, boolean cancelled, Duration cancelAt) {
    this.sim = sim;
    this.job = job;
    this.name = name;
    this.fixedContexts = fixedContexts;
    this.workspace = dir.resolve("workspace");
    this.temp = dir.resolve("temp");
    this.home = dir.resolve("home");
    this.eventFile = eventFile;
    this.toolbox = toolbox;
    this.cancelled = cancelled;
    this.cancelAt = cancelAt;
  }

  /** An evaluator for a step or job text, with {@code env} as given. */
  Evaluator evaluator(Map<String, String> envContext) {
    Map<String, Value> contexts = new LinkedHashMap<>(fixedContexts);
    contexts.put("env", Value.dictionary(envContext));
    contexts.put("steps", new Value.Dictionary(steps));
    contexts.put("job", Contexts.object("status", status().text(), "container", Map.of(), "services", Map.of()));
    return Evaluator.of(new Value.Dictionary(contexts)).status(Status.ofJob(failed, cancelled()))
        .hashFiles(sim.hashFiles);
  }

  /** The run was cancelled, or this job ran past its {@code timeout-minutes}. */
  boolean cancelled() {
    return cancelled || (clock != null && clock.stopped());
  }

  Conclusion status() {
    if (cancelled()) return Conclusion.CANCELLED;
    return failed ? Conclusion.FAILURE : Conclusion.SUCCESS;
  }

  /** {@code github.*} values the process environment mirrors as {@code GITHUB_*}. */
  Value github(String key) {
    return fixedContexts.get("github").get(key);
  }
}
