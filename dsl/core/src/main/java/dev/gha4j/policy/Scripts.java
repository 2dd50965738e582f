package dev.gha4j.policy;

import dev.gha4j.model.Job;
import dev.gha4j.model.Step;
import dev.gha4j.model.Workflow;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/** The {@code run} scripts of a workflow, each with its job, step and (for bash and sh) its parse. */
final class Scripts {
  private Scripts() {}

  /**
   * One {@code run} step.
   *
   * @param shell the parsed script, or null when the step runs another shell (pwsh, python, …),
   *              which the script rules do not read
   */
  record Script(Job job, Step step, ShellScript shell) {
    /** {@code " (script line N)"} for multi-line scripts, empty for one-liners. */
    String at(int line) {
      return step.run().strip().contains("\n") ? " (script line " + line + ")" : "";
    }
  }

  /**
   * The scripts of the last workflow read: the pass over steps and {@link WriteScopes} ask for
   * the same workflow in turn; models are immutable, so identity is enough.
   */
  private record Cache(Workflow workflow, Map<Step, ShellScript> any) {}

  private static volatile Cache last = new Cache(null, Map.of());

  /** The parsed script of a {@code run} step of {@code w}, whatever its shell; null for other steps. */
  static ShellScript parsed(Workflow w, Step step) {
    return cache(w).any().get(step);
  }

  private static Cache cache(Workflow w) {
    Cache cache = last;
    if (cache.workflow() == w) return cache;
    Collector collector = collect(w);
    for (Job job : w.jobs()) {
      for (Step step : job.steps()) collector.add(job, step);
    }
    return collector.done();
  }

  /**
   * Parses the scripts of {@code w} one step at a time, in the order of its jobs and steps, and
   * keeps them for {@link #parsed} when {@link Collector#done} is called: the
   * pass over steps in {@link Policies} parses each script right before its rules read it.
   */
  static Collector collect(Workflow w) {
    return new Collector(w);
  }

  /** See {@link #collect}. */
  static final class Collector {
    private final Workflow w;
    private final Map<Step, ShellScript> any = new IdentityHashMap<>();

    private Collector(Workflow w) {
      this.w = w;
    }

    /** The script of the next step, parsed; null when the step has no {@code run}. */
    Script add(Job job, Step step) {
      if (step.run() == null) return null;
      ShellScript parsed = ShellScript.parse(step.run());
      any.put(step, parsed);
      return new Script(job, step, posix(w, job, step) ? parsed : null);
    }

    Cache done() {
      Cache cache = new Cache(w, Collections.unmodifiableMap(any));
      last = cache;
      return cache;
    }
  }

  /** The shell a {@code run} step names, on itself or in job or workflow {@code defaults}; null for GitHub's default. */
  static String shell(Workflow w, Job job, Step step) {
    String shell = step.shell();
    if (shell == null && job.defaults() != null) shell = job.defaults().shell();
    if (shell == null && w.defaults() != null) shell = w.defaults().shell();
    return shell == null || shell.isBlank() ? null : shell;
  }

  // GitHub's default on Linux and macOS runners is bash; a custom "bash -x {0}" counts as bash.
  private static boolean posix(Workflow w, Job job, Step step) {
    String shell = shell(w, job, step);
    if (shell == null) return true;
    String program = shell.strip().split("\\s+")[0];
    program = program.substring(program.lastIndexOf('/') + 1);
    return program.equals("bash") || program.equals("sh");
  }
}
