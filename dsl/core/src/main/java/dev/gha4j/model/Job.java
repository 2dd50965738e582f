package dev.gha4j.model;

import dev.gha4j.expr.Expr;
import dev.gha4j.source.SourceLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A job: a runner and its steps ({@link #builder(String)}), or a call of a reusable workflow
 * ({@link #calling(String, String)}). Immutable, and made only by its {@link Builder}: {@code needs}
 * takes built {@code Job} objects, so a dependency on a job that was never written cannot be
 * expressed. {@link #toBuilder()} starts a changed copy.
 *
 * <pre>{@code
 * Job lint = Job.builder("backend-lint").runsOn("ubuntu-latest").timeoutMinutes(10)
 *     .steps(Checkout.of(), Step.run("ruff check .")).build();
 * Job test = Job.builder("backend-test").needs(lint)...build();
 * }</pre>
 */
public final class Job {
  private final SourceLocation location;
  private final String id;
  private final String uses;
  private final String name;
  private final RunsOn runsOn;
  private final List<String> needs;
  private final Scalar condition;
  private final Permissions permissions;
  private final Environment environment;
  private final Concurrency concurrency;
  private final Scalar timeoutMinutes;
  private final Strategy strategy;
  private final Scalar continueOnError;
  private final Container container;
  private final Map<String, Container> services;
  private final Map<String, Scalar> outputs;
  private final Map<String, Scalar> env;
  private final Defaults defaults;
  private final List<Step> steps;
  private final Map<String, Scalar> with;
  private final Map<String, Scalar> secrets;
  private final boolean secretsInherit;
  private final Map<String, Raw> escapeHatches;
  private final List<Allowance> allowances;

  private Job(Builder b) {
    location = b.location;
    id = b.id;
    uses = b.uses;
    name = b.name;
    runsOn = b.runsOn;
    needs = List.copyOf(b.needs);
    condition = b.condition;
    permissions = b.permissions;
    environment = b.environment;
    concurrency = b.concurrency;
    timeoutMinutes = b.timeoutMinutes;
    strategy = b.strategy;
    continueOnError = b.continueOnError;
    container = b.container;
    services = Ordered.copy(b.services);
    outputs = Ordered.copy(b.outputs);
    env = Ordered.copy(b.env);
    defaults = b.defaults;
    steps = List.copyOf(b.steps);
    with = Ordered.copy(b.with);
    secrets = Ordered.copy(b.secrets);
    secretsInherit = b.secretsInherit;
    escapeHatches = Ordered.copy(b.escapeHatches);
    allowances = List.copyOf(b.allowances);
  }

  /** A job that runs steps on a runner; its id is the key under {@code jobs:}. */
  public static Builder builder(String id) {
    return new Builder(SourceLocation.capture(), id, null);
  }

  /**
   * A job that calls a reusable workflow: {@code "./.github/workflows/build.yml"} or
   * {@code "owner/repo/.github/workflows/build.yml@<sha>"}.
   */
  public static Builder calling(String id, String workflow) {
    return new Builder(SourceLocation.capture(), id, workflow);
  }

  /** A builder holding everything this job holds, to make a changed copy. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** True for a reusable-workflow caller, which has no runner and no steps. */
  public boolean isCaller() {
    return uses != null;
  }

  /**
   * {@code ${{ needs.<id>.outputs.<name> }}}: usable only in jobs that {@code needs} this one; the
   * validator reports any other use, and a name this job does not declare.
   */
  public Expr output(String outputName) {
    return Expr.needsOutput(id, outputName);
  }

  /** {@code ${{ needs.<id>.result }}} for jobs that need this one. */
  public Expr result() {
    return Expr.needsResult(id);
  }

  /** The pipeline line that started this job's builder. */
  public SourceLocation location() { return location; }
  /** The key under {@code jobs:}. */
  public String id() { return id; }
  /** The called reusable workflow, or null for a job with steps. */
  public String uses() { return uses; }
  /** {@code name:}, or null. */
  public String name() { return name; }
  /** {@code runs-on:}, or null. */
  public RunsOn runsOn() { return runsOn; }
  /** The ids of the jobs this one needs, each taken from a built {@code Job}. */
  public List<String> needs() { return needs; }
  /** {@code if:}, or null: an expression, or expression text as written. */
  public Scalar condition() { return condition; }
  /** {@code permissions:}, or null to inherit the workflow's. */
  public Permissions permissions() { return permissions; }
  /** {@code environment:}, or null. */
  public Environment environment() { return environment; }
  /** {@code concurrency:}, or null. */
  public Concurrency concurrency() { return concurrency; }
  /** {@code timeout-minutes:}, or null. */
  public Scalar timeoutMinutes() { return timeoutMinutes; }
  /** {@code strategy:}, or null. */
  public Strategy strategy() { return strategy; }
  /** {@code continue-on-error:}, or null. */
  public Scalar continueOnError() { return continueOnError; }
  /** {@code container:}, or null. */
  public Container container() { return container; }
  /** {@code services:} by name. */
  public Map<String, Container> services() { return services; }
  /** {@code outputs:} by name. */
  public Map<String, Scalar> outputs() { return outputs; }
  /** {@code env:} by variable. */
  public Map<String, Scalar> env() { return env; }
  /** {@code defaults:}, or null. */
  public Defaults defaults() { return defaults; }
  /** {@code steps:} in order. */
  public List<Step> steps() { return steps; }
  /** {@code with:} inputs of the called workflow. */
  public Map<String, Scalar> with() { return with; }
  /** {@code secrets:} passed to the called workflow. */
  public Map<String, Scalar> secrets() { return secrets; }
  /** True for {@code secrets: inherit}. */
  public boolean secretsInherit() { return secretsInherit; }
  /** Keys given as YAML through {@link Builder#escapeHatch}. */
  public Map<String, Raw> escapeHatches() { return escapeHatches; }
  /** Policy rules switched off for this job, each with its reason. */
  public List<Allowance> allowances() { return allowances; }

  private List<Object> parts() {
    return Arrays.asList(location, id, uses, name, runsOn, needs, condition, permissions, environment, concurrency,
        timeoutMinutes, strategy, continueOnError, container, services, outputs, env, defaults, steps, with, secrets,
        secretsInherit, escapeHatches, allowances);
  }

  /** Equal when every key and the pipeline line are equal. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Job j && parts().equals(j.parts());
  }

  @Override
  public int hashCode() {
    return parts().hashCode();
  }

  /** {@code Job[build at Ci.java:12]}. */
  @Override
  public String toString() {
    return "Job[" + id + " at " + location + "]";
  }

  /** Mutable builder for {@link Job}. */
  public static final class Builder {
    private final SourceLocation location;
    private final String id;
    private final String uses;
    private String name;
    private RunsOn runsOn;
    private final List<String> needs = new ArrayList<>();
    private Scalar condition;
    private Permissions permissions;
    private Environment environment;
    private Concurrency concurrency;
    private Scalar timeoutMinutes;
    private Strategy strategy;
    private Scalar continueOnError;
    private Container container;
    private final Map<String, Container> services = new LinkedHashMap<>();
    private final Map<String, Scalar> outputs = new LinkedHashMap<>();
    private final Map<String, Scalar> env = new LinkedHashMap<>();
    private Defaults defaults;
    private final List<Step> steps = new ArrayList<>();
    private final Map<String, Scalar> with = new LinkedHashMap<>();
    private final Map<String, Scalar> secrets = new LinkedHashMap<>();
    private boolean secretsInherit;
    private final Map<String, Raw> escapeHatches = new LinkedHashMap<>();
    private final List<Allowance> allowances = new ArrayList<>();

    private Builder(SourceLocation location, String id, String uses) {
      this.location = location;
      this.id = Objects.requireNonNull(id, "job id");
      this.uses = uses;
    }

    private Builder(Job j) {
      this(j.location, j.id, j.uses);
      name = j.name;
      runsOn = j.runsOn;
      needs.addAll(j.needs);
      condition = j.condition;
      permissions = j.permissions;
      environment = j.environment;
      concurrency = j.concurrency;
      timeoutMinutes = j.timeoutMinutes;
      strategy = j.strategy;
      continueOnError = j.continueOnError;
      container = j.container;
      services.putAll(j.services);
      outputs.putAll(j.outputs);
      env.putAll(j.env);
      defaults = j.defaults;
      steps.addAll(j.steps);
      with.putAll(j.with);
      secrets.putAll(j.secrets);
      secretsInherit = j.secretsInherit;
      escapeHatches.putAll(j.escapeHatches);
      allowances.addAll(j.allowances);
    }

    /** Display name in the GitHub UI (the id stays the key). */
    public Builder name(String value) { name = value; return this; }
    /** {@code runs-on: <label>}, e.g. {@code ubuntu-latest}. */
    public Builder runsOn(String label) { runsOn = RunsOn.label(label); return this; }
    /** {@code runs-on:} several labels or a runner group. */
    public Builder runsOn(RunsOn value) { runsOn = value; return this; }
    /** Jobs that must finish first; their outputs become readable here. */
    public Builder needs(Job... jobs) {
      for (Job job : jobs) needs.add(job.id());
      return this;
    }
    /** {@code if:} with a typed expression, e.g. {@code Expr.failure()}. */
    public Builder when(Expr value) { condition = Scalar.of(value); return this; }
    /** {@code if:} as expression text; {@code ${{ }}} around the whole text is optional. */
    public Builder when(String value) { condition = Conditions.text(value); return this; }
    /** {@code permissions:} of this job, replacing the workflow's. */
    public Builder permissions(Permissions value) { permissions = value; return this; }
    /** {@code environment: <name>}. */
    public Builder environment(String envName) { environment = Environment.named(envName); return this; }
    /** {@code environment:} with the URL shown on the run. */
    public Builder environment(String envName, String url) { environment = new Environment(envName, url); return this; }
    /** {@code environment:} in full. */
    public Builder environment(Environment value) { environment = value; return this; }
    /** {@code concurrency:} of this job. */
    public Builder concurrency(Concurrency value) { concurrency = value; return this; }
    /** {@code timeout-minutes}; every job should have one (GitHub's default is 360). */
    public Builder timeoutMinutes(int minutes) { timeoutMinutes = Scalar.of(minutes); return this; }
    /** {@code timeout-minutes} from an expression. */
    public Builder timeoutMinutes(Expr minutes) { timeoutMinutes = Scalar.of(minutes); return this; }
    /** {@code strategy:}. */
    public Builder strategy(Strategy value) { strategy = value; return this; }
    /** Shorthand for {@code strategy(Strategy.matrix(matrix))}. */
    public Builder matrix(Matrix matrix) { strategy = Strategy.matrix(matrix); return this; }
    /** {@code continue-on-error:}; the policy rules ask for a reason. */
    public Builder continueOnError(boolean value) { continueOnError = Scalar.of(value); return this; }
    /** {@code continue-on-error:} from an expression. */
    public Builder continueOnError(Expr value) { continueOnError = Scalar.of(value); return this; }
    /** {@code container:} the job's steps run in. */
    public Builder container(Container value) { container = value; return this; }
    /** A service container reachable from the steps, e.g. a database. */
    public Builder service(String serviceName, Container value) { services.put(serviceName, value); return this; }
    /** A job output, usually a step output: {@code output("task-definition", step.output("arn"))}. */
    public Builder output(String outputName, Expr value) { outputs.put(outputName, Scalar.of(value)); return this; }
    /** A job output given as text, which may embed {@code ${{ }}}. */
    public Builder output(String outputName, String value) { outputs.put(outputName, Scalar.of(value)); return this; }
    /** A job environment variable. */
    public Builder env(String variable, String value) { env.put(variable, Scalar.of(value)); return this; }
    /** A job environment variable from an expression. */
    public Builder env(String variable, Expr value) { env.put(variable, Scalar.of(value)); return this; }
    /** {@code defaults: run:} for the job's steps. */
    public Builder defaults(Defaults value) { defaults = value; return this; }
    /** Appends steps in order. */
    public Builder steps(StepSource... more) {
      for (StepSource s : more) steps.add(s.toStep());
      return this;
    }
    /** Appends steps in order. */
    public Builder steps(List<? extends StepSource> more) {
      for (StepSource s : more) steps.add(s.toStep());
      return this;
    }
    /** An input of the called reusable workflow. */
    public Builder with(String input, String value) { with.put(input, Scalar.of(value)); return this; }
    /** A boolean input of the called reusable workflow. */
    public Builder with(String input, boolean value) { with.put(input, Scalar.of(value)); return this; }
    /** A number input of the called reusable workflow. */
    public Builder with(String input, long value) { with.put(input, Scalar.of(value)); return this; }
    /** An input of the called reusable workflow from an expression. */
    public Builder with(String input, Expr value) { with.put(input, Scalar.of(value)); return this; }
    /** A secret passed to the called reusable workflow. */
    public Builder secret(String secretName, Expr value) { secrets.put(secretName, Scalar.of(value)); return this; }
    /** {@code secrets: inherit}: the called workflow gets all of this workflow's secrets. */
    public Builder secretsInherit() { secretsInherit = true; return this; }
    /** Escape hatch for a job key GitHub added before gha4j; visible in review on purpose. */
    public Builder escapeHatch(String key, Raw value) { escapeHatches.put(key, value); return this; }
    /** Switches off one policy rule for this job; the reason is mandatory and shows in the YAML. */
    public Builder allow(RuleRef rule, String reason) {
      allowances.add(new Allowance(rule.id(), reason, SourceLocation.capture()));
      return this;
    }

    /** The immutable job. Structural problems are reported by the workflow validator, all at once. */
    public Job build() {
      return new Job(this);
    }
  }
}
