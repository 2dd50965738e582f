package dev.gha4j.model;

import dev.gha4j.expr.Expr;
import dev.gha4j.source.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A workflow file: {@code generated/.github/workflows/<file>.yml}. Immutable; made with
 * {@link #builder(String)}.
 *
 * <pre>{@code
 * Workflow.builder("ci").name("CI")
 *     .on(Trigger.push().branches("main"), Trigger.pullRequest().branches("main"))
 *     .permissions(Permissions.contents(Access.READ))
 *     .jobs(lint, test)
 *     .build();
 * }</pre>
 */
public record Workflow(
    SourceLocation location,
    String file,
    String name,
    String runName,
    List<Trigger> triggers,
    Permissions permissions,
    Map<String, String> env,
    Defaults defaults,
    Concurrency concurrency,
    List<Job> jobs,
    Map<String, Raw> escapeHatches,
    List<Allowance> allowances) {

  public Workflow {
    triggers = List.copyOf(triggers);
    env = Ordered.copy(env);
    jobs = List.copyOf(jobs);
    escapeHatches = Ordered.copy(escapeHatches);
    allowances = List.copyOf(allowances);
  }

  /**
   * Starts a workflow written to {@code <file>.yml} (letters, digits, {@code -}, {@code _}; the
   * {@code .yml} suffix is added).
   */
  public static Builder builder(String file) {
    return new Builder(SourceLocation.capture(), file);
  }

  /** The file name under {@code .github/workflows/}. */
  public String fileName() {
    return file + ".yml";
  }

  /** The job with this id, or null. */
  public Job job(String id) {
    for (Job j : jobs) if (j.id().equals(id)) return j;
    return null;
  }

  /** Mutable builder for {@link Workflow}. */
  public static final class Builder {
    private final SourceLocation location;
    private final String file;
    private String name;
    private String runName;
    private final List<Trigger> triggers = new ArrayList<>();
    private Permissions permissions;
    private final Map<String, String> env = new LinkedHashMap<>();
    private Defaults defaults;
    private Concurrency concurrency;
    private final List<Job> jobs = new ArrayList<>();
    private final Map<String, Raw> escapeHatches = new LinkedHashMap<>();
    private final List<Allowance> allowances = new ArrayList<>();

    private Builder(SourceLocation location, String file) {
      this.location = location;
      this.file = file;
    }

    /** {@code name:} shown in the Actions tab. */
    public Builder name(String value) { name = value; return this; }
    /** {@code run-name:} the title of each run; may embed expressions. */
    public Builder runName(String value) { runName = value; return this; }
    /** {@code on:} the events that start the workflow. */
    public Builder on(Trigger... more) { triggers.addAll(List.of(more)); return this; }
    /** Top-level {@code permissions:}; jobs may narrow or widen it. */
    public Builder permissions(Permissions value) { permissions = value; return this; }
    public Builder env(String variable, String value) { env.put(variable, value); return this; }
    public Builder env(String variable, Expr value) { env.put(variable, value.embed()); return this; }
    public Builder defaults(Defaults value) { defaults = value; return this; }
    public Builder concurrency(Concurrency value) { concurrency = value; return this; }
    /** Appends jobs; the YAML keeps this order. */
    public Builder jobs(Job... more) { jobs.addAll(List.of(more)); return this; }
    public Builder jobs(List<Job> more) { jobs.addAll(more); return this; }
    /** Escape hatch for a top-level key GitHub added before gha4j; visible in review on purpose. */
    public Builder escapeHatch(String key, Raw value) { escapeHatches.put(key, value); return this; }
    /** Switches off one policy rule for the whole workflow; the reason is mandatory. */
    public Builder allow(RuleRef rule, String reason) {
      allowances.add(new Allowance(rule.id(), reason, SourceLocation.capture()));
      return this;
    }

    /** The immutable workflow. Problems are reported by the validator, all at once. */
    public Workflow build() {
      return new Workflow(location, file, name, runName, triggers, permissions, env, defaults, concurrency,
          jobs, escapeHatches, allowances);
    }
  }
}
