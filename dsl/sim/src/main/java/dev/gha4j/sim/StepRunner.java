package dev.gha4j.sim;

import dev.gha4j.model.Defaults;
import dev.gha4j.model.Scalar;
import dev.gha4j.model.Step;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one step of a {@link JobRun}: evaluates its {@code if} with the job's status, then either
 * gives a stubbed action's answer or runs its script in a real shell, the way the runner does:
 * {@code ${{ }}} replaced first, the shell chosen as GitHub does ({@link Shells}: {@code bash -e {0}}
 * without a {@code shell}), {@code $GITHUB_OUTPUT}/{@code $GITHUB_ENV}/{@code $GITHUB_PATH}/
 * {@code $GITHUB_STEP_SUMMARY} read afterwards, on the job's simulated clock ({@link JobClock}).
 */
final class StepRunner {
  private final JobRun run;
  private final Step step;
  private final int index;
  private final String name;

  private StepRunner(JobRun run, Step step, int index) {
    this.run = run;
    this.step = step;
    this.index = index;
    this.name = displayName(step);
  }

  static StepReport run(JobRun run, Step step, int index) {
    return new StepRunner(run, step, index).run();
  }

  private static String displayName(Step step) {
    if (step.name() != null) return step.name();
    if (step.uses() != null) return "Run " + step.uses();
    return "Run " + step.run().lines().findFirst().orElse("").strip();
  }

  private StepReport run() {
    StepReport report;
    try {
      if (!run.evaluator(run.env).condition(step.condition())) {
        report = simple(Conclusion.SKIPPED, "if: " + Evaluator.written(step.condition()) + " was false");
      } else {
        Map<String, String> stepEnv = new LinkedHashMap<>(run.env);
        Evaluator jobLevel = run.evaluator(run.env);
        step.env().forEach((k, v) -> stepEnv.put(k, jobLevel.interpolate(v)));
        report = step.run() != null ? script(stepEnv) : action(stepEnv);
      }
    } catch (EvaluationException | IllegalArgumentException e) {
      // Where the pipeline made the step, as every gha4j message about pipeline code starts.
      report = simple(Conclusion.FAILURE, step.location() + ": " + e.getMessage());
    }
    report = continueOnError(report);
    if (report.conclusion() == Conclusion.FAILURE) run.failed = true;
    if (step.id() != null) {
      run.steps.put(step.id(), Contexts.object("outputs", report.outputs(),
          "outcome", report.outcome().text(), "conclusion", report.conclusion().text()));
    }
    return report;
  }

  private StepReport continueOnError(StepReport r) {
    if (r.outcome() != Conclusion.FAILURE || step.continueOnError() == null) return r;
    if (!truthy(step.continueOnError())) return r;
    return new StepReport(r.id(), r.name(), r.uses(), r.outcome(), Conclusion.SUCCESS, r.exitCode(), r.timedOut(),
        r.message(), r.script(), r.inputs(), r.outputs(), r.env(), r.stdout(), r.stderr(), r.summary(), r.callList());
  }

  private boolean truthy(Scalar s) {
    return run.evaluator(run.env).value(s).truthy();
  }

  private StepReport simple(Conclusion c, String message) {
    return new StepReport(step.id(), name, step.uses(), c, c, null, false, message, null, Map.of(), Map.of(),
        Map.of(), "", "", "", List.of());
  }

  private StepReport action(Map<String, String> stepEnv) {
    String key = stubKey(step.uses());
    ActionStub stub = injected(run.sim.actions.getOrDefault(key, ActionStub.succeeds()));
    Evaluator ev = run.evaluator(stepEnv);
    Map<String, String> inputs = new LinkedHashMap<>();
    step.with().forEach((k, v) -> inputs.put(k, ev.interpolate(v.text())));
    run.env.putAll(stub.env());
    Conclusion c = stub.success() ? Conclusion.SUCCESS : Conclusion.FAILURE;
    return new StepReport(step.id(), name, step.uses(), c, c, null, false, stub.message(), null, inputs,
        stub.outputs(), stepEnv, "", "", "", List.of());
  }

  /** The stub, or the answer of a fault injected at this step: a failure, or no outputs. */
  private ActionStub injected(ActionStub stub) {
    for (Fault f : run.sim.faults) {
      CallSite site = f.site();
      if (site.action() && site.step() == index && site.job().equals(run.name)) {
        return f.kind() == FaultKind.EMPTY_OUTPUT ? stub.withoutOutputs()
            : ActionStub.fails("gha4j: injected fault: " + site.callee() + " failed");
      }
    }
    return stub;
  }

  /** {@code owner/repo[/path]@ref} → {@code owner/repo[/path]}; local and docker references as written. */
  static String stubKey(String uses) {
    if (uses.startsWith("./") || uses.startsWith("docker://")) return uses;
    int at = uses.indexOf('@');
    return at < 0 ? uses : uses.substring(0, at);
  }

  private StepReport script(Map<String, String> stepEnv) {
    Evaluator ev = run.evaluator(stepEnv);
    String script = ev.interpolate(step.run());
    try {
      Path dir = workingDirectory(ev);
      Path commands = Files.createDirectories(run.temp.resolve("_runner_file_commands"));
      Path file = run.temp.resolve("step-" + index + ".sh");
      Files.writeString(file, script, StandardCharsets.UTF_8);
      List<String> command = Shells.command(shell(), file.toString());
      Map<String, Path> files = new LinkedHashMap<>();
      for (String f : List.of("GITHUB_OUTPUT", "GITHUB_ENV", "GITHUB_PATH", "GITHUB_STEP_SUMMARY", "GITHUB_STATE")) {
        files.put(f, Files.writeString(commands.resolve(f.toLowerCase() + "_" + index), ""));
      }
      Duration stepTimeout = JobClock.minutes(step.timeoutMinutes(), ev);
      files.put("GHA4J_CLOCK", run.clock.file());
      Map<String, String> env = ProcessEnv.of(run, stepEnv, files);
      env.put("GHA4J_DEADLINE", String.valueOf(run.clock.startStep(stepTimeout)));
      // Where the fakes count this step's calls of each command, and the key injected faults name.
      env.put("GHA4J_STEP_DIR", Files.createDirectories(run.temp.resolve("calls-" + index)).toString());
      env.put("GHA4J_STEP_KEY", FakeScript.stepKey(run.name, index));
      run.toolbox.models.enter(run.name, index, name);
      ScriptRunner.Outcome o = ScriptRunner.run(command, dir, env, run.temp, run.sim.stepTimeout);
      JobClock.Expiry expiry = run.clock.endStep();
      List<Call> calls = run.toolbox.drain(run.name, index, name);
      StepReport report = afterScript(script, stepEnv, files, o, calls);
      return expiry == JobClock.Expiry.NONE ? report : timedOut(report, expiry, stepTimeout);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // GitHub's words: the job is cancelled at its deadline (its running step with it); a step past
  // its own timeout-minutes fails.
  private StepReport timedOut(StepReport r, JobClock.Expiry expiry, Duration stepTimeout) {
    Conclusion c = expiry == JobClock.Expiry.STEP_TIMEOUT ? Conclusion.FAILURE : Conclusion.CANCELLED;
    String message = switch (expiry) {
      case JOB_TIMEOUT -> "The job has exceeded the maximum execution time of " + JobRunner.minutes(run.clock.jobTimeout())
          + " (simulated clock); the step was cancelled";
      case RUN_CANCELLED -> "The run was cancelled after " + JobRunner.minutes(run.clock.elapsed())
          + " of this job (simulated clock): " + run.sim.cancelReason + "; the step was cancelled";
      default -> "The action '" + name + "' has timed out after " + JobRunner.minutes(stepTimeout) + " (simulated clock).";
    };
    return new StepReport(r.id(), r.name(), r.uses(), c, c, null, true, message, r.script(), r.inputs(), r.outputs(),
        r.env(), r.stdout(), r.stderr(), r.summary(), r.callList());
  }

  private StepReport afterScript(String script, Map<String, String> stepEnv, Map<String, Path> files,
      ScriptRunner.Outcome o, List<Call> calls) throws IOException {
    String message = o.timedOut() ? "killed after " + run.sim.stepTimeout.toMillis() + " ms (Simulation.stepTimeout)" : null;
    Map<String, String> outputs = Map.of();
    try {
      outputs = FileCommands.parse(Files.readString(files.get("GITHUB_OUTPUT")), "GITHUB_OUTPUT");
      Map<String, String> envAdds = FileCommands.parse(Files.readString(files.get("GITHUB_ENV")), "GITHUB_ENV");
      envAdds.forEach((k, v) -> {
        if (!k.startsWith("GITHUB_") && !k.startsWith("RUNNER_")) run.env.put(k, v);
      });
    } catch (EvaluationException e) {
      message = e.getMessage();
    }
    List<String> added = new ArrayList<>(Files.readString(files.get("GITHUB_PATH")).lines().filter(l -> !l.isBlank()).toList());
    java.util.Collections.reverse(added);
    run.paths.addAll(0, added);
    boolean ok = o.exitCode() == 0 && !o.timedOut() && message == null;
    Conclusion c = ok ? Conclusion.SUCCESS : Conclusion.FAILURE;
    if (!ok && message == null) message = "Process completed with exit code " + o.exitCode() + ".";
    return new StepReport(step.id(), name, null, c, c, o.timedOut() ? null : o.exitCode(), o.timedOut(), message,
        script, Map.of(), outputs, stepEnv, o.stdout(), o.stderr(),
        Files.readString(files.get("GITHUB_STEP_SUMMARY")), calls);
  }

  private Path workingDirectory(Evaluator ev) throws IOException {
    String wd = step.workingDirectory();
    if (wd == null) wd = defaults(Defaults::workingDirectory);
    if (wd == null) return run.workspace;
    return Files.createDirectories(run.workspace.resolve(ev.interpolate(wd)));
  }

  private String shell() {
    return step.shell() != null ? step.shell() : defaults(Defaults::shell);
  }

  private String defaults(java.util.function.Function<Defaults, String> field) {
    Defaults job = run.job.defaults();
    if (job != null && field.apply(job) != null) return field.apply(job);
    Defaults wf = run.sim.workflow.defaults();
    return wf == null ? null : field.apply(wf);
  }
}
