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
   * Starts a workflow.
   *
   * @param file the file under {@code .github/workflows/}: a plain name (letters, digits, {@code -},
   *     {@code _}, {@code .}), to which {@code .yml} is added unless it already ends with {@code .yml}
   *     or {@code .yaml} (kept as given, so callers and path filters that name the file still match)
   * @return a builder for the workflow
   */
  public static Builder builder(String file) {
    return new Builder(SourceLocation.capture(), file);
  }

  /** {@return a builder holding everything this workflow holds, to make a changed copy} */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** {@return the file name under {@code .github/workflows/}, with its extension} */
  public String fileName() {
    return file.endsWith(".yml") || file.endsWith(".yaml") ? file : file + ".yml";
  }

  /**
   * {@return the job with this id, or null}
   *
   * @param id the key under {@code jobs:}, compared exactly
   */
  public Job job(String id) {
    for (Job j : jobs) if (j.id().equals(id)) return j;
    return null;
  }

  /** {@return the pipeline line that started this workflow's builder, where messages about it point} */
  public SourceLocation location() { return location; }
  /** {@return the file as given to {@link #builder(String)}; see {@link #fileName()}} */
  public String file() { return file; }
  /** {@return {@code name:}, or null: GitHub then shows the file's path} */
  public String name() { return name; }
  /** {@return {@code run-name:}, or null: GitHub then titles a run after its event} */
  public String runName() { return runName; }
  /** {@return {@code on:}, the events that start the workflow, in the order added} */
  public List<Trigger> triggers() { return triggers; }
  /** {@return top-level {@code permissions:}, or null for the repository's default token permissions} */
  public Permissions permissions() { return permissions; }
  /** {@return top-level {@code env:} by variable, in the order added} */
  public Map<String, Scalar> env() { return env; }
  /** {@return {@code defaults:}, or null} */
  public Defaults defaults() { return defaults; }
  /** {@return {@code concurrency:}, or null} */
  public Concurrency concurrency() { return concurrency; }
  /** {@return {@code jobs:} in order} */
  public List<Job> jobs() { return jobs; }
  /** {@return the keys given as YAML through {@link Builder#escapeHatch}, by key} */
  public Map<String, Raw> escapeHatches() { return escapeHatches; }
  /** {@return the policy rules switched off for the whole workflow, each with its reason} */
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

    /**
     * {@code name:} shown in the Actions tab.
     *
     * @param value the name; GitHub shows the file's path without one
     * @return this builder
     */
    public Builder name(String value) { name = value; return this; }

    /**
     * {@code run-name:} the title of each run.
     *
     * @param value text that may embed {@code ${{ }}} over {@code github} and {@code inputs}
     * @return this builder
     */
    public Builder runName(String value) { runName = value; return this; }

    /**
     * {@code on:} the events that start the workflow; appended to those given before.
     *
     * @param more triggers made by the factories of {@link Trigger}
     * @return this builder
     */
    public Builder on(Trigger... more) { triggers.addAll(List.of(more)); return this; }

    /**
     * Top-level {@code permissions:} of the {@code GITHUB_TOKEN}; a job's own replaces it.
     *
     * @param value the grant; scopes it does not list get no access
     * @return this builder
     */
    public Builder permissions(Permissions value) { permissions = value; return this; }

    /**
     * A workflow environment variable, seen by every job and step unless they set their own.
     *
     * @param variable the name
     * @param value    text that may embed {@code ${{ }}}
     * @return this builder
     */
    public Builder env(String variable, String value) { env.put(variable, Scalar.of(value)); return this; }

    /**
     * A workflow environment variable from an expression.
     *
     * @param variable the name
     * @param value    evaluated by GitHub for each job
     * @return this builder
     */
    public Builder env(String variable, Expr value) { env.put(variable, Scalar.of(value)); return this; }

    /**
     * {@code defaults: run:} for every job.
     *
     * @param value the shell and working directory of every {@code run} step that sets none
     * @return this builder
     */
    public Builder defaults(Defaults value) { defaults = value; return this; }

    /**
     * {@code concurrency:} of the whole workflow.
     *
     * @param value the group and whether a newer run cancels the one in progress
     * @return this builder
     */
    public Builder concurrency(Concurrency value) { concurrency = value; return this; }

    /**
     * Appends jobs; the YAML keeps this order.
     *
     * @param more built jobs; every job another one {@code needs} must be among them
     * @return this builder
     */
    public Builder jobs(Job... more) { jobs.addAll(List.of(more)); return this; }

    /**
     * Appends jobs; the YAML keeps this order.
     *
     * @param more built jobs; every job another one {@code needs} must be among them
     * @return this builder
     */
    public Builder jobs(List<Job> more) { jobs.addAll(more); return this; }

    /**
     * Escape hatch for a top-level key GitHub added before gha4j modelled it; visible in review on purpose.
     *
     * @param key   the key as GitHub spells it
     * @param value its YAML value, parsed when the workflow is emitted
     * @return this builder
     */
    public Builder escapeHatch(String key, Raw value) { escapeHatches.put(key, value); return this; }

    /**
     * Switches off one policy rule for the whole workflow, its jobs and steps; the reason shows in the YAML.
     *
     * @param rule   the rule, e.g. {@code Rule.GHA001}
     * @param reason why the rule does not apply here; a blank reason is an error, and an allowance
     *     that covers no finding is reported as stale
     * @return this builder
     */
    public Builder allow(RuleRef rule, String reason) {
      allowances.add(new Allowance(rule.id(), reason, SourceLocation.capture()));
      return this;
    }

    /**
     * The immutable workflow. Problems are reported by the validator, all at once.
     *
     * @return a snapshot: later calls on this builder do not change it
     */
    public Workflow build() {
      return new Workflow(this);
    }
  }
}
