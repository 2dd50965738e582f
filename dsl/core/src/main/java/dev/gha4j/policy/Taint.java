package dev.gha4j.policy;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.CallTrigger;
import dev.gha4j.model.DispatchTrigger;
import dev.gha4j.model.Input;
import dev.gha4j.model.Job;
import dev.gha4j.model.Scalar;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which values of one workflow carry text an outsider chooses, followed through the data: an
 * untrusted event field ({@link UntrustedInputs}) or a string input of a callable or manually run
 * workflow stays untrusted through {@code env} (workflow, job, step), {@code format()} and the
 * other functions that pass text on ({@link ExprPaths#flowing}), the outputs of a {@code run} step
 * that reads it and writes {@code $GITHUB_OUTPUT}, and job outputs read through {@code needs}.
 * Built once per workflow in one pass over its jobs; the rules ask {@link #flowing} at each sink.
 */
final class Taint {
  /**
   * Untrusted text reaching a value.
   *
   * @param path   the path as the value reads it ({@code env.TITLE})
   * @param origin where the text comes from ({@code github.event.issue.title}); equal to
   *               {@code path}'s text when it is read directly
   */
  record Source(ExprPaths.Path path, String origin) {
    /** True when the value reads the untrusted text itself, not a variable or output made from it. */
    boolean direct() {
      String root = path.segments().get(0);
      return !(root.equals("env") || root.equals("steps") || root.equals("needs"));
    }
  }

  private final Set<String> stringInputs = new HashSet<>();

  /** Who chooses text from {@code origin}: whoever starts or calls the workflow for inputs, else anyone. */
  static String chooser(String origin) {
    return origin.startsWith("inputs.") || origin.startsWith("github.event.inputs.") ? "whoever starts the workflow"
        : "an outsider";
  }
  private final Map<String, String> workflowEnv = new HashMap<>();
  private final Map<Job, Map<String, String>> jobEnv = new IdentityHashMap<>();
  private final Map<Job, Map<String, String>> stepOutputs = new IdentityHashMap<>();
  private final Map<String, Map<String, String>> jobOutputs = new HashMap<>();

  private Taint() {}

  static Taint of(Workflow w) {
    Taint t = new Taint();
    for (Trigger trigger : w.triggers()) {
      List<Input> inputs = trigger instanceof CallTrigger c ? c.inputs()
          : trigger instanceof DispatchTrigger d ? d.inputs() : List.of();
      for (Input i : inputs) {
        if (i.type() == null || i.type() == Input.Type.STRING) t.stringInputs.add(i.name().toLowerCase(Locale.ROOT));
      }
    }
    t.env(w.env(), t.workflowEnv, null, null);
    for (Job job : w.jobs()) t.job(job);
    // Again when some job output carries untrusted text: a job may be listed before the job it reads.
    if (t.jobOutputs.values().stream().anyMatch(o -> !o.isEmpty())) {
      for (Job job : w.jobs()) t.job(job);
    }
    return t;
  }

  private void job(Job job) {
    Map<String, String> env = new HashMap<>();
    env(job.env(), env, null, null); // a job's env sees the workflow's, never its own
    jobEnv.put(job, env);
    Map<String, String> outputs = new HashMap<>();
    stepOutputs.put(job, outputs);
    for (Step step : job.steps()) {
      if (step.id() == null || step.run() == null || !step.run().contains("GITHUB_OUTPUT")) continue;
      String origin = scriptOrigin(job, step);
      if (origin != null) outputs.put(step.id().toLowerCase(Locale.ROOT), origin);
    }
    Map<String, String> out = new HashMap<>();
    job.outputs().forEach((name, value) -> {
      List<Source> s = flowing(value, job, null);
      if (!s.isEmpty()) out.put(name.toLowerCase(Locale.ROOT), s.get(0).origin());
    });
    jobOutputs.put(job.id().toLowerCase(Locale.ROOT), out);
  }

  // The origin of untrusted text a run script reads: embedded, or through a $VARIABLE of its env.
  private String scriptOrigin(Job job, Step step) {
    for (Expr e : ExprPaths.embedded(step.run())) {
      List<Source> s = flowing(e, job, step);
      if (!s.isEmpty()) return s.get(0).origin();
    }
    for (Map.Entry<String, String> v : variables(job, step).entrySet()) {
      if (reads(step.run(), v.getKey())) return v.getValue();
    }
    return null;
  }

  /** Whether a script reads the variable: {@code $NAME}, {@code ${NAME}} or pwsh's {@code $env:NAME}. */
  static boolean reads(String script, String name) {
    int from = 0;
    while (true) {
      int at = script.indexOf(name, from);
      if (at < 0) return false;
      int end = at + name.length();
      boolean ends = end >= script.length() || !(Character.isLetterOrDigit(script.charAt(end)) || script.charAt(end) == '_');
      boolean starts = at >= 1 && script.charAt(at - 1) == '$' || at >= 2 && script.startsWith("${", at - 2)
          || at >= 5 && script.startsWith("$env:", at - 5);
      if (starts && ends) return true;
      from = end;
    }
  }

  private void env(Map<String, Scalar> values, Map<String, String> into, Job job, Step step) {
    values.forEach((name, value) -> {
      List<Source> s = flowing(value, job, step);
      if (!s.isEmpty()) into.put(name, s.get(0).origin());
    });
  }

  /**
   * The environment variables of a step whose value is untrusted, by name as the shell sees it,
   * with their origin: the step's own {@code env}, then its job's, then the workflow's.
   */
  Map<String, String> variables(Job job, Step step) {
    Map<String, String> all = new HashMap<>(workflowEnv);
    if (job != null) all.putAll(jobEnv.getOrDefault(job, Map.of()));
    if (step != null) {
      step.env().forEach((name, value) -> {
        List<Source> s = flowing(value, job, null);
        if (s.isEmpty()) all.remove(name);
        else all.put(name, s.get(0).origin());
      });
    }
    return all;
  }

  /** The untrusted text that flows into a value evaluated in {@code step} of {@code job} (either may be null). */
  List<Source> flowing(Scalar value, Job job, Step step) {
    if (value instanceof Scalar.Bool || value instanceof Scalar.Number) return List.of();
    List<Source> all = new ArrayList<>();
    for (Expr e : ExprPaths.embedded(value)) all.addAll(flowing(e, job, step));
    return all;
  }

  /** The untrusted text that flows into the value of {@code e} evaluated in {@code step} of {@code job}. */
  List<Source> flowing(Expr e, Job job, Step step) {
    List<Source> out = new ArrayList<>();
    for (ExprPaths.Path p : ExprPaths.flowing(e)) {
      String origin = origin(p, job, step);
      if (origin != null) out.add(new Source(p, origin));
    }
    return out;
  }

  private String origin(ExprPaths.Path p, Job job, Step step) {
    if (UntrustedInputs.untrusted(p)) return p.whole() ? Expr.toJson(p.node()).text() : p.node().text();
    List<String> s = p.segments();
    String root = s.get(0);
    if (root.equals("inputs") || s.size() > 2 && root.equals("github") && s.get(1).equals("event") && s.get(2).equals("inputs")) {
      int at = root.equals("inputs") ? 1 : 3;
      if (s.size() > at ? stringInputs.contains(s.get(at)) || s.get(at).equals("*") : p.whole() && !stringInputs.isEmpty()) {
        return p.node().text();
      }
      return null;
    }
    if (s.size() < 2) return null;
    String name = s.get(1);
    switch (root) {
      case "env": return envOrigin(name, job, step);
      case "steps": return s.size() > 3 && s.get(2).equals("outputs") && job != null
          ? stepOutputs.getOrDefault(job, Map.of()).get(name) : null;
      case "needs": return s.size() > 3 && s.get(2).equals("outputs")
          ? jobOutputs.getOrDefault(name, Map.of()).get(s.get(3)) : null;
      default: return null;
    }
  }

  private String envOrigin(String lowerName, Job job, Step step) {
    if (step != null) {
      for (Map.Entry<String, Scalar> e : step.env().entrySet()) {
        if (e.getKey().equalsIgnoreCase(lowerName)) {
          List<Source> s = flowing(e.getValue(), job, null);
          return s.isEmpty() ? null : s.get(0).origin();
        }
      }
    }
    if (job != null && job.env().keySet().stream().anyMatch(k -> k.equalsIgnoreCase(lowerName))) {
      return lookup(jobEnv.getOrDefault(job, Map.of()), lowerName);
    }
    return lookup(workflowEnv, lowerName);
  }

  private static String lookup(Map<String, String> env, String lowerName) {
    for (Map.Entry<String, String> e : env.entrySet()) if (e.getKey().equalsIgnoreCase(lowerName)) return e.getValue();
    return null;
  }
}
