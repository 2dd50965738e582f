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

  /**
   * A job that runs steps on a runner.
   *
   * @param id the key under {@code jobs:} that other jobs' {@code needs} name: a letter or
   *     {@code _}, then letters, digits, {@code -} and {@code _} (the validator reports others)
   * @return a builder for the job
   * @throws NullPointerException when {@code id} is null
   */
  public static Builder builder(String id) {
    return new Builder(SourceLocation.capture(), id, null);
  }

  /**
   * A job that calls a reusable workflow instead of running steps.
   *
   * @param id       the key under {@code jobs:}, as for {@link #builder(String)}
   * @param workflow {@code ./.github/workflows/build.yml} in this repository, or
   *     {@code owner/repo/.github/workflows/build.yml@<sha>} in another
   * @return a builder for the job; give the callee's inputs with {@link Builder#with} and its
   *     secrets with {@link Builder#secret} or {@link Builder#secretsInherit()}
   * @throws NullPointerException when {@code id} is null
   */
  public static Builder calling(String id, String workflow) {
    return new Builder(SourceLocation.capture(), id, workflow);
  }

  /** {@return a builder holding everything this job holds, to make a changed copy} */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** {@return whether this job calls a reusable workflow, and so has no runner and no steps} */
  public boolean isCaller() {
    return uses != null;
  }

  /**
   * {@return {@code ${{ needs.<id>.outputs.<name> }}}: usable only in jobs that {@code needs} this
   * one; the validator reports any other use, and a name this job does not declare}
   *
   * @param outputName an output declared with {@link Builder#output}
   */
  public Expr output(String outputName) {
    return Expr.needsOutput(id, outputName);
  }

  /**
   * {@return {@code ${{ needs.<id>.result }}}, for jobs that need this one: {@code success},
   * {@code failure}, {@code cancelled} or {@code skipped}}
   */
  public Expr result() {
    return Expr.needsResult(id);
  }

  /** {@return the pipeline line that started this job's builder, where messages about it point} */
  public SourceLocation location() { return location; }
  /** {@return the key under {@code jobs:}} */
  public String id() { return id; }
  /** {@return the called reusable workflow ({@code uses:}), or null for a job with steps} */
  public String uses() { return uses; }
  /** {@return {@code name:}, or null: GitHub then shows the id} */
  public String name() { return name; }
  /** {@return {@code runs-on:}, or null (a reusable-workflow caller has none)} */
  public RunsOn runsOn() { return runsOn; }
  /** {@return the ids of the jobs this one needs, each taken from a built {@code Job}} */
  public List<String> needs() { return needs; }
  /** {@return {@code if:}, or null: an expression, or expression text as written} */
  public Scalar condition() { return condition; }
  /** {@return {@code permissions:}, or null to inherit the workflow's} */
  public Permissions permissions() { return permissions; }
  /** {@return {@code environment:}, or null} */
  public Environment environment() { return environment; }
  /** {@return {@code concurrency:}, or null} */
  public Concurrency concurrency() { return concurrency; }
  /** {@return {@code timeout-minutes:}, or null for GitHub's default of 360} */
  public Scalar timeoutMinutes() { return timeoutMinutes; }
  /** {@return {@code strategy:}, or null} */
  public Strategy strategy() { return strategy; }
  /** {@return {@code continue-on-error:}, or null, which GitHub reads as false} */
  public Scalar continueOnError() { return continueOnError; }
  /** {@return {@code container:}, or null when the steps run on the runner itself} */
  public Container container() { return container; }
  /** {@return {@code services:} by name, in the order added} */
  public Map<String, Container> services() { return services; }
  /** {@return {@code outputs:} by name, in the order added} */
  public Map<String, Scalar> outputs() { return outputs; }
  /** {@return {@code env:} by variable, in the order added} */
  public Map<String, Scalar> env() { return env; }
  /** {@return {@code defaults:}, or null} */
  public Defaults defaults() { return defaults; }
  /** {@return {@code steps:} in order; empty for a reusable-workflow caller} */
  public List<Step> steps() { return steps; }
  /** {@return {@code with:}, the inputs passed to the called workflow, by name} */
  public Map<String, Scalar> with() { return with; }
  /** {@return {@code secrets:} passed to the called workflow, by name} */
  public Map<String, Scalar> secrets() { return secrets; }
  /** {@return whether the called workflow gets {@code secrets: inherit}} */
  public boolean secretsInherit() { return secretsInherit; }
  /** {@return the keys given as YAML through {@link Builder#escapeHatch}, by key} */
  public Map<String, Raw> escapeHatches() { return escapeHatches; }
  /** {@return the policy rules switched off for this job, each with its reason} */
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

    /**
     * {@code name:}, the job's display name in the GitHub UI; the id stays the key.
     *
     * @param value the name; may embed {@code ${{ }}}, e.g. a matrix value
     * @return this builder
     */
    public Builder name(String value) { name = value; return this; }

    /**
     * {@code runs-on: <label>}.
     *
     * @param label a GitHub-hosted runner such as {@code ubuntu-latest}, or a self-hosted label
     * @return this builder
     */
    public Builder runsOn(String label) { runsOn = RunsOn.label(label); return this; }

    /**
     * {@code runs-on:} several labels or a runner group.
     *
     * @param value the runner the job needs; see {@link RunsOn}
     * @return this builder
     */
    public Builder runsOn(RunsOn value) { runsOn = value; return this; }

    /**
     * Jobs that must succeed first ({@code needs:}); their outputs become readable here.
     *
     * @param jobs built jobs of the same workflow, so a job that was never written cannot be named
     * @return this builder
     */
    public Builder needs(Job... jobs) {
      for (Job job : jobs) needs.add(job.id());
      return this;
    }

    /**
     * {@code if:} with a typed expression, e.g. {@code Expr.failure()}.
     *
     * @param value the condition; without a status function GitHub adds {@code success() &&}
     * @return this builder
     */
    public Builder when(Expr value) { condition = Scalar.of(value); return this; }

    /**
     * {@code if:} as expression text.
     *
     * @param value e.g. {@code github.ref == 'refs/heads/main'}; {@code ${{ }}} around the whole
     *     text is optional, text outside it makes a condition that is always true (the rules report it)
     * @return this builder
     */
    public Builder when(String value) { condition = Conditions.text(value); return this; }

    /**
     * {@code permissions:} of this job, replacing the workflow's.
     *
     * @param value the grant; scopes it does not list get no access
     * @return this builder
     */
    public Builder permissions(Permissions value) { permissions = value; return this; }

    /**
     * {@code environment: <name>}: the environment's protection rules and secrets apply to the job.
     *
     * @param envName the environment as named in the repository settings, e.g. {@code production}
     * @return this builder
     */
    public Builder environment(String envName) { environment = Environment.named(envName); return this; }

    /**
     * {@code environment:} with the URL shown on the run.
     *
     * @param envName the environment as named in the repository settings
     * @param url     the deployed address; may embed {@code ${{ }}}, e.g. a step output
     * @return this builder
     */
    public Builder environment(String envName, String url) { environment = new Environment(envName, url); return this; }

    /**
     * {@code environment:} in full.
     *
     * @param value name, URL and whether GitHub records a deployment
     * @return this builder
     */
    public Builder environment(Environment value) { environment = value; return this; }

    /**
     * {@code concurrency:} of this job.
     *
     * @param value the group and whether a newer run cancels this one
     * @return this builder
     */
    public Builder concurrency(Concurrency value) { concurrency = value; return this; }

    /**
     * {@code timeout-minutes:}; every job should have one.
     *
     * @param minutes how long the job may run before GitHub cancels it (its default is 360)
     * @return this builder
     */
    public Builder timeoutMinutes(int minutes) { timeoutMinutes = Scalar.of(minutes); return this; }

    /**
     * {@code timeout-minutes:} from an expression.
     *
     * @param minutes evaluates to the number of minutes, e.g. {@code inputs.timeout}
     * @return this builder
     */
    public Builder timeoutMinutes(Expr minutes) { timeoutMinutes = Scalar.of(minutes); return this; }

    /**
     * {@code strategy:}.
     *
     * @param value the matrix, {@code fail-fast} and {@code max-parallel}
     * @return this builder
     */
    public Builder strategy(Strategy value) { strategy = value; return this; }

    /**
     * Shorthand for {@code strategy(Strategy.matrix(matrix))}; replaces any strategy set before.
     *
     * @param matrix the job runs once per combination
     * @return this builder
     */
    public Builder matrix(Matrix matrix) { strategy = Strategy.matrix(matrix); return this; }

    /**
     * {@code continue-on-error:}; the policy rules ask for a reason.
     *
     * @param value true lets the workflow run succeed when this job fails
     * @return this builder
     */
    public Builder continueOnError(boolean value) { continueOnError = Scalar.of(value); return this; }

    /**
     * {@code continue-on-error:} from an expression.
     *
     * @param value evaluates to true or false, e.g. {@code matrix.experimental}
     * @return this builder
     */
    public Builder continueOnError(Expr value) { continueOnError = Scalar.of(value); return this; }

    /**
     * {@code container:} the job's steps run in (Linux runners only).
     *
     * @param value the image and its options
     * @return this builder
     */
    public Builder container(Container value) { container = value; return this; }

    /**
     * A service container reachable from the steps, e.g. a database.
     *
     * @param serviceName the key under {@code services:}; the host name from a job container,
     *     else reach it on {@code localhost} through its mapped ports
     * @param value       the image and its options; a name given again replaces the earlier one
     * @return this builder
     */
    public Builder service(String serviceName, Container value) { services.put(serviceName, value); return this; }

    /**
     * A job output, usually a step output: {@code output("task-definition", step.output("arn"))}.
     *
     * @param outputName the key under {@code outputs:}; dependent jobs read it with {@link Job#output}
     * @param value      evaluated when the job ends; GitHub drops a value that holds a secret
     * @return this builder
     */
    public Builder output(String outputName, Expr value) { outputs.put(outputName, Scalar.of(value)); return this; }

    /**
     * A job output given as text.
     *
     * @param outputName the key under {@code outputs:}
     * @param value      text that may embed {@code ${{ }}}
     * @return this builder
     */
    public Builder output(String outputName, String value) { outputs.put(outputName, Scalar.of(value)); return this; }

    /**
     * A job environment variable, seen by every step; a step's own {@code env} wins.
     *
     * @param variable the name, e.g. {@code JAVA_OPTS}
     * @param value    text that may embed {@code ${{ }}}
     * @return this builder
     */
    public Builder env(String variable, String value) { env.put(variable, Scalar.of(value)); return this; }

    /**
     * A job environment variable from an expression.
     *
     * @param variable the name
     * @param value    evaluated by GitHub before the job's steps run
     * @return this builder
     */
    public Builder env(String variable, Expr value) { env.put(variable, Scalar.of(value)); return this; }

    /**
     * {@code defaults: run:} for the job's steps.
     *
     * @param value the shell and working directory of every {@code run} step that sets none
     * @return this builder
     */
    public Builder defaults(Defaults value) { defaults = value; return this; }

    /**
     * Appends steps in order.
     *
     * @param more steps, step builders or typed action bindings; each is built now, so later
     *     changes to a builder do not reach this job
     * @return this builder
     */
    public Builder steps(StepSource... more) {
      for (StepSource s : more) steps.add(s.toStep());
      return this;
    }

    /**
     * Appends steps in order.
     *
     * @param more steps, step builders or typed action bindings; each is built now
     * @return this builder
     */
    public Builder steps(List<? extends StepSource> more) {
      for (StepSource s : more) steps.add(s.toStep());
      return this;
    }

    // with(...) and secret(...) are for jobs made by calling(...): the inputs and secrets of the callee.

    /**
     * A {@code with:} input of the called reusable workflow.
     *
     * @param input an input the callee declares under {@code workflow_call}
     * @param value text that may embed {@code ${{ }}}
     * @return this builder
     */
    public Builder with(String input, String value) { with.put(input, Scalar.of(value)); return this; }

    /**
     * A boolean {@code with:} input of the called reusable workflow.
     *
     * @param input an input of type {@code boolean} the callee declares
     * @param value the value
     * @return this builder
     */
    public Builder with(String input, boolean value) { with.put(input, Scalar.of(value)); return this; }

    /**
     * A number {@code with:} input of the called reusable workflow.
     *
     * @param input an input of type {@code number} the callee declares
     * @param value the value
     * @return this builder
     */
    public Builder with(String input, long value) { with.put(input, Scalar.of(value)); return this; }

    /**
     * A {@code with:} input of the called reusable workflow, from an expression.
     *
     * @param input an input the callee declares
     * @param value evaluated in this workflow before the call
     * @return this builder
     */
    public Builder with(String input, Expr value) { with.put(input, Scalar.of(value)); return this; }

    /**
     * A secret passed to the called reusable workflow.
     *
     * @param secretName a secret the callee declares under {@code workflow_call}
     * @param value      usually {@code Expr.secrets(...)}
     * @return this builder
     */
    public Builder secret(String secretName, Expr value) { secrets.put(secretName, Scalar.of(value)); return this; }

    /**
     * {@code secrets: inherit}: the called workflow gets all of this workflow's secrets.
     *
     * @return this builder
     */
    public Builder secretsInherit() { secretsInherit = true; return this; }

    /**
     * Escape hatch for a job key GitHub added before gha4j modelled it; visible in review on purpose.
     *
     * @param key   the key as GitHub spells it
     * @param value its YAML value, parsed when the workflow is emitted
     * @return this builder
     */
    public Builder escapeHatch(String key, Raw value) { escapeHatches.put(key, value); return this; }

    /**
     * Switches off one policy rule for this job and its steps; the reason shows in the YAML.
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
     * The immutable job. Structural problems are reported by the workflow validator, all at once.
     *
     * @return a snapshot: later calls on this builder do not change it
     */
    public Job build() {
      return new Job(this);
    }
  }
}
