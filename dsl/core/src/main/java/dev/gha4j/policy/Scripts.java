package dev.gha4j.policy;

import dev.gha4j.model.Job;
import dev.gha4j.model.Step;
import dev.gha4j.model.Workflow;
import java.util.IdentityHashMap;
import java.util.Map;

/** The {@code run} scripts of a workflow, each with its job, step and (for bash and sh) its parse. */
final class Scripts {
  private Scripts() {}

  /**
   * One {@code run} step.
   *
   * @param shell  the parsed script, or null when the step runs another shell (pwsh, python, …),
   *               which the script rules do not read
   * @param parsed the script read as bash whatever its shell, for rules that look only for simple
   *               commands (e.g. {@code npm publish}), which pwsh and cmd run alike
   */
  record Script(Job job, Step step, ShellScript shell, ShellScript parsed) {
    /** {@code " (script line N)"} for multi-line scripts, empty for one-liners. */
    String at(int line) {
      return step.run().strip().contains("\n") ? " (script line " + line + ")" : "";
    }
  }

  /**
   * Parses the scripts of one workflow a step at a time, in the order of its jobs and steps, and
   * keeps every parse for the whole-workflow rules ({@link #parsed()}): the pass over steps in
   * {@link Policies} parses each script right before its rules read it, and only once.
   */
  static final class Collector {
    private final Workflow w;
    private final Map<Step, ShellScript> any;

    Collector(Workflow w) {
      this.w = w;
      // Sized for every step at once: growing it step by step was 2 % of the rules at 10,000 jobs.
      int steps = 0;
      for (Job job : w.jobs()) steps += job.steps().size();
      this.any = new IdentityHashMap<>(steps);
    }

    /** The script of the next step, parsed; null when the step has no {@code run}. */
    Script add(Job job, Step step) {
      if (step.run() == null) return null;
      boolean posix = posix(w, job, step);
      // pwsh continues a line with a backquote, which bash would read as a command substitution.
      ShellScript parsed = ShellScript.parse(posix ? step.run() : step.run().replace("`\n", " \\\n"));
      any.put(step, parsed);
      return new Script(job, step, posix ? parsed : null, parsed);
    }

    /** Every script parsed so far, whatever its shell, by step identity. */
    Map<Step, ShellScript> parsed() {
      return any;
    }
  }

  /** The shell a {@code run} step names, on itself or in job or workflow {@code defaults}; null for GitHub's default. */
  static String shell(Workflow w, Job job, Step step) {
    String shell = step.shell();
    if (shell == null && job.defaults() != null) shell = job.defaults().shell();
    if (shell == null && w.defaults() != null) shell = w.defaults().shell();
    return shell == null || shell.isBlank() ? null : shell;
  }

  // GitHub's default on Linux and macOS runners is bash, on Windows pwsh; a custom "bash -x {0}" counts as bash.
  private static boolean posix(Workflow w, Job job, Step step) {
    String shell = shell(w, job, step);
    if (shell == null) return !windows(job);
    String program = shell.strip().split("\\s+")[0];
    program = program.substring(program.lastIndexOf('/') + 1);
    return program.equals("bash") || program.equals("sh");
  }


  // A runs-on label naming Windows (windows-latest, windows-2022, [self-hosted, windows]).
  private static boolean windows(Job job) {
    if (job.runsOn() == null) return false;
    for (String label : job.runsOn().labels()) if (label.regionMatches(true, 0, "windows", 0, 7)) return true;
    return false;
  }
}
