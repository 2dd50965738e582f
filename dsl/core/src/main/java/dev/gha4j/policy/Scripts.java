package dev.gha4j.policy;

import dev.gha4j.model.Job;
import dev.gha4j.model.Step;
import dev.gha4j.model.Workflow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
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
  private record Cache(Workflow workflow, List<Script> scripts, Map<Step, ShellScript> any) {}

  private static volatile Cache last = new Cache(null, List.of(), Map.of());

  /** Every {@code run} step of the workflow, in the order of its jobs and their steps. */
  static List<Script> of(Workflow w) {
    return cache(w).scripts();
  }

  /** The parsed script of a {@code run} step of {@code w}, whatever its shell; null for other steps. */
  static ShellScript parsed(Workflow w, Step step) {
    return cache(w).any().get(step);
  }

  private static Cache cache(Workflow w) {
    Cache cache = last;
    if (cache.workflow() == w) return cache;
    List<Script> all = new ArrayList<>();
    Map<Step, ShellScript> any = new IdentityHashMap<>();
    for (Job job : w.jobs()) {
      for (Step step : job.steps()) {
        if (step.run() == null) continue;
        ShellScript parsed = ShellScript.parse(step.run());
        any.put(step, parsed);
        all.add(new Script(job, step, posix(w, job, step) ? parsed : null));
      }
    }
    cache = new Cache(w, List.copyOf(all), Collections.unmodifiableMap(any));
    last = cache;
    return cache;
  }

  // GitHub's default on Linux and macOS runners is bash; a custom "bash -x {0}" counts as bash.
  private static boolean posix(Workflow w, Job job, Step step) {
    String shell = step.shell();
    if (shell == null && job.defaults() != null) shell = job.defaults().shell();
    if (shell == null && w.defaults() != null) shell = w.defaults().shell();
    if (shell == null || shell.isBlank()) return true;
    String program = shell.strip().split("\\s+")[0];
    program = program.substring(program.lastIndexOf('/') + 1);
    return program.equals("bash") || program.equals("sh");
  }
}
