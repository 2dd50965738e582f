package dev.gha4j.sim;

import dev.gha4j.model.Job;
import dev.gha4j.model.Scalar;
import dev.gha4j.model.Step;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the steps of one started job: sets up its directories and environment (workflow
 * {@code env}, then job {@code env}), runs each step, then evaluates the job's {@code outputs}.
 */
final class JobRunner {
  private JobRunner() {}

  static JobReport run(JobRun run, Value.Dictionary matrix) {
    List<StepReport> reports = new ArrayList<>();
    String error = null;
    try {
      prepare(run);
      Evaluator ev = run.evaluator(Map.of());
      Duration timeout = JobClock.minutes(run.job.timeoutMinutes(), ev);
      run.clock = new JobClock(run.temp.resolve("clock"), timeout == null ? JobClock.DEFAULT_JOB_TIMEOUT : timeout,
          run.cancelAt);
      run.sim.workflow.env().forEach((k, v) -> run.env.put(k, ev.interpolate(v)));
      Evaluator withWorkflowEnv = run.evaluator(run.env);
      Map<String, String> jobEnv = new LinkedHashMap<>();
      run.job.env().forEach((k, v) -> jobEnv.put(k, withWorkflowEnv.interpolate(v)));
      run.env.putAll(jobEnv);
      int index = 0;
      for (Step step : run.job.steps()) reports.add(StepRunner.run(run, step, ++index));
    } catch (EvaluationException | IllegalArgumentException e) {
      error = run.job.location() + ": " + e.getMessage();
      run.failed = true;
    }
    Map<String, String> outputs = new LinkedHashMap<>();
    try {
      Evaluator ev = run.evaluator(run.env);
      run.job.outputs().forEach((k, v) -> outputs.put(k, ev.interpolate(v)));
    } catch (EvaluationException | IllegalArgumentException e) {
      error = run.job.location() + ": outputs: " + e.getMessage();
      run.failed = true;
    }
    boolean timedOut = run.clock != null && run.clock.jobExpired();
    if (timedOut && error == null) {
      error = "exceeded timeout-minutes: the job ran " + minutes(run.clock.jobTimeout()) + " on the simulated clock and was cancelled";
    }
    Conclusion outcome = run.cancelled() ? Conclusion.CANCELLED : run.failed ? Conclusion.FAILURE : Conclusion.SUCCESS;
    Conclusion result = outcome == Conclusion.FAILURE && continueOnError(run) ? Conclusion.SUCCESS : outcome;
    Duration elapsed = run.clock == null ? Duration.ZERO : run.clock.elapsed();
    return new JobReport(run.job.id(), run.name, matrix, true, outcome, result, error, outputs, reports, elapsed, timedOut);
  }

  /** {@code 15 minutes}, {@code 90 seconds}. */
  static String minutes(Duration d) {
    return d.toSeconds() % 60 == 0 ? d.toMinutes() + " minutes" : d.toSeconds() + " seconds";
  }

  // GitHub reports a failed job with continue-on-error as "success" in needs.<id>.result
  // (actions/runner#1161), so dependents run as if it had succeeded.
  private static boolean continueOnError(JobRun run) {
    Scalar s = run.job.continueOnError();
    if (s == null) return false;
    return run.evaluator(run.env).value(s).truthy();
  }

  private static void prepare(JobRun run) {
    try {
      Files.createDirectories(run.workspace);
      Files.createDirectories(run.temp);
      Files.createDirectories(run.home);
      for (Map.Entry<String, String> f : run.sim.workspaceFiles.entrySet()) {
        Path file = run.workspace.resolve(f.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, f.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A reusable-workflow caller: its stub's result and outputs stand for the called workflow. */
  static JobReport call(Simulation sim, Job job) {
    ActionStub stub = sim.actions.getOrDefault(StepRunner.stubKey(job.uses()), ActionStub.succeeds());
    Conclusion c = stub.success() ? Conclusion.SUCCESS : Conclusion.FAILURE;
    return new JobReport(job.id(), job.id(), Contexts.object(), true, c, c, stub.message(), stub.outputs(), List.of(),
        Duration.ZERO, false);
  }
}
