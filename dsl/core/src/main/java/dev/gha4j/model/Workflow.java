package dev.gha4j.model;

import dev.gha4j.expr.Expr;
import dev.gha4j.source.SourceLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A workflow file under {@code .github/workflows/}. Immutable; made with {@link #builder(String)};
 * {@link #toBuilder()} starts a changed copy.
 *
 * <pre>{@code
 * Workflow.builder("ci").name("CI")
 *     .on(Trigger.push().branches("main"), Trigger.pullRequest().branches("main"))
 *     .permissions(Permissions.contents(Access.READ))
 *     .jobs(lint, test)
 *     .build();
 * }</pre>
 */
public final class Workflow {
  private final SourceLocation location;
  private final String file;
  private final String name;
  private final String runName;
  private final List<Trigger> triggers;
  private final Permissions permissions;
  private final Map<String, Scalar> env;
  private final Defaults defaults;
  private final Concurrency concurrency;
  private final List<Job> jobs;
  private final Map<String, Raw> escapeHatches;
  private final List<Allowance> allowances;

  private Workflow(Builder b) {
    location = b.location;
    file = b.file;
    name = b.name;
    runName = b.runName;
    triggers = List.copyOf(b.triggers);
    permissions = b.permissions;
    env = Ordered.copy(b.env);
    defaults = b.defaults;
    concurrency = b.concurrency;
    jobs = List.copyOf(b.jobs);
    escapeHatches = Ordered.copy(b.escapeHatches);
    allowances = List.copyOf(b.allowances);
  }

  /**
   * Starts a workflow written to {@code <file>.yml}: a plain name (letters, digits, {@code -},
   * {@code _}, {@code .}), to which {@code .yml} is added unless it already ends with {@code .yml}
   * or {@code .yaml} (kept as given, so callers and path filters that name the file still match).
   */
  public static Builder builder(String file) {
    return new Builder(SourceLocation.capture(), file);
  }

  /** A builder holding everything this workflow holds, to make a changed copy. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The file name under {@code .github/workflows/}, with its extension. */
  public String fileName() {
    return file.endsWith(".yml") || file.endsWith(".yaml") ? file : file + ".yml";
  }

  /** The job with this id, or null. */
  public Job job(String id) {
    for (Job j : jobs) if (j.id().equals(id)) return j;
    return null;
  }

  /** The pipeline line that started this workflow's builder. */
  public SourceLocation location() { return location; }
  /** The file as given to {@link #builder(String)}; see {@link #fileName()}. */
  public String file() { return file; }
  /** {@code name:}, or null. */
  public String name() { return name; }
  /** {@code run-name:}, or null. */
  public String runName() { return runName; }
  /** {@code on:} the events that start the workflow. */
  public List<Trigger> triggers() { return triggers; }
  /** Top-level {@code permissions:}, or null. */
  public Permissions permissions() { return permissions; }
  /** Top-level {@code env:} by variable. */
  public Map<String, Scalar> env() { return env; }
  /** {@code defaults:}, or null. */
  public Defaults defaults() { return defaults; }
  /** {@code concurrency:}, or null. */
  public Concurrency concurrency() { return concurrency; }
  /** {@code jobs:} in order. */
  public List<Job> jobs() { return jobs; }
  /** Keys given as YAML through {@link Builder#escapeHatch}. */
  public Map<String, Raw> escapeHatches() { return escapeHatches; }
  /** Policy rules switched off for the whole workflow, each with its reason. */
  public List<Allowance> allowances() { return allowances; }

  private List<Object> parts() {
    return Arrays.asList(location, file, name, runName, triggers, permissions, env, defaults, concurrency, jobs,
        escapeHatches, allowances);
  }

  /** Equal when every key and the pipeline line are equal. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Workflow w && parts().equals(w.parts());
  }

  @Override
  public int hashCode() {
    return parts().hashCode();
  }

  /** {@code Workflow[ci.yml at Ci.java:12]}. */
  @Override
  public String toString() {
    return "Workflow[" + fileName() + " at " + location + "]";
  }

  /** Mutable builder for {@link Workflow}. */
  public static final class Builder {
    private final SourceLocation location;
    private final String file;
    private String name;
    private String runName;
    private final List<Trigger> triggers = new ArrayList<>();
    private Permissions permissions;
    private final Map<String, Scalar> env = new LinkedHashMap<>();
    private Defaults defaults;
    private Concurrency concurrency;
    private final List<Job> jobs = new ArrayList<>();
    private final Map<String, Raw> escapeHatches = new LinkedHashMap<>();
    private final List<Allowance> allowances = new ArrayList<>();

    private Builder(SourceLocation location, String file) {
      this.location = location;
      this.file = file;
    }

    private Builder(Workflow w) {
      this(w.location, w.file);
      name = w.name;
      runName = w.runName;
      triggers.addAll(w.triggers);
      permissions = w.permissions;
      env.putAll(w.env);
      defaults = w.defaults;
      concurrency = w.concurrency;
      jobs.addAll(w.jobs);
      escapeHatches.putAll(w.escapeHatches);
      allowances.addAll(w.allowances);
    }

    /** {@code name:} shown in the Actions tab. */
    public Builder name(String value) { name = value; return this; }
    /** {@code run-name:} the title of each run; may embed expressions. */
    public Builder runName(String value) { runName = value; return this; }
    /** {@code on:} the events that start the workflow. */
    public Builder on(Trigger... more) { triggers.addAll(List.of(more)); return this; }
    /** Top-level {@code permissions:}; jobs may narrow or widen it. */
    public Builder permissions(Permissions value) { permissions = value; return this; }
    /** A workflow environment variable. */
    public Builder env(String variable, String value) { env.put(variable, Scalar.of(value)); return this; }
    /** A workflow environment variable from an expression. */
    public Builder env(String variable, Expr value) { env.put(variable, Scalar.of(value)); return this; }
    /** {@code defaults: run:} for every job. */
    public Builder defaults(Defaults value) { defaults = value; return this; }
    /** {@code concurrency:} of the whole workflow. */
    public Builder concurrency(Concurrency value) { concurrency = value; return this; }
    /** Appends jobs; the YAML keeps this order. */
    public Builder jobs(Job... more) { jobs.addAll(List.of(more)); return this; }
    /** Appends jobs; the YAML keeps this order. */
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
      return new Workflow(this);
    }
  }
}
