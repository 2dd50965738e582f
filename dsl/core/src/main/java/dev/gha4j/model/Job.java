package dev.gha4j.model;

import dev.gha4j.expr.Expr;
import dev.gha4j.source.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A job: a runner and its steps ({@link #builder(String)}), or a call of a reusable workflow
 * ({@link #calling(String, String)}). Immutable; {@code needs} takes built {@code Job} objects, so a
 * dependency on a job that was never written cannot be expressed.
 *
 * <pre>{@code
 * Job lint = Job.builder("backend-lint").runsOn("ubuntu-latest").timeoutMinutes(10)
 *     .steps(Checkout.of(), Step.run("ruff check .")).build();
 * Job test = Job.builder("backend-test").needs(lint)...build();
 * }</pre>
 */
public record Job(
    SourceLocation location,
    String id,
    String name,
    RunsOn runsOn,
    List<String> needs,
    String condition,
    Permissions permissions,
    Environment environment,
    Concurrency concurrency,
    Scalar timeoutMinutes,
    Strategy strategy,
    Scalar continueOnError,
    Container container,
    Map<String, Container> services,
    Map<String, String> outputs,
    Map<String, String> env,
    Defaults defaults,
    List<Step> steps,
    String uses,
    Map<String, Scalar> with,
    Map<String, String> secrets,
    boolean secretsInherit,
    Map<String, Raw> escapeHatches,
    List<Allowance> allowances) {

  public Job {
    needs = List.copyOf(needs);
    services = Ordered.copy(services);
    outputs = Ordered.copy(outputs);
    env = Ordered.copy(env);
    steps = List.copyOf(steps);
    with = Ordered.copy(with);
    secrets = Ordered.copy(secrets);
    escapeHatches = Ordered.copy(escapeHatches);
    allowances = List.copyOf(allowances);
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

  /** Mutable builder for {@link Job}. */
  public static final class Builder {
    private final SourceLocation location;
    private final String id;
    private final String uses;
    private String name;
    private RunsOn runsOn;
    private final List<String> needs = new ArrayList<>();
    private String condition;
    private Permissions permissions;
    private Environment environment;
    private Concurrency concurrency;
    private Scalar timeoutMinutes;
    private Strategy strategy;
    private Scalar continueOnError;
    private Container container;
    private final Map<String, Container> services = new LinkedHashMap<>();
    private final Map<String, String> outputs = new LinkedHashMap<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private Defaults defaults;
    private final List<Step> steps = new ArrayList<>();
    private final Map<String, Scalar> with = new LinkedHashMap<>();
    private final Map<String, String> secrets = new LinkedHashMap<>();
    private boolean secretsInherit;
    private final Map<String, Raw> escapeHatches = new LinkedHashMap<>();
    private final List<Allowance> allowances = new ArrayList<>();

    private Builder(SourceLocation location, String id, String uses) {
      this.location = location;
      this.id = Objects.requireNonNull(id, "job id");
      this.uses = uses;
    }

    /** Display name in the GitHub UI (the id stays the key). */
    public Builder name(String value) { name = value; return this; }
    /** {@code runs-on: <label>}, e.g. {@code ubuntu-latest}. */
    public Builder runsOn(String label) { runsOn = RunsOn.label(label); return this; }
    public Builder runsOn(RunsOn value) { runsOn = value; return this; }
    /** Jobs that must finish first; their outputs become readable here. */
    public Builder needs(Job... jobs) {
      for (Job job : jobs) needs.add(job.id());
      return this;
    }
    /** {@code if:} with a typed expression, e.g. {@code Expr.failure()}. */
    public Builder when(Expr value) { condition = value.text(); return this; }
    /** {@code if:} as expression text; {@code ${{ }}} around it is optional. */
    public Builder when(String value) { condition = Conditions.strip(value); return this; }
    public Builder permissions(Permissions value) { permissions = value; return this; }
    /** {@code environment: <name>}. */
    public Builder environment(String envName) { environment = Environment.named(envName); return this; }
    /** {@code environment:} with the URL shown on the run. */
    public Builder environment(String envName, String url) { environment = new Environment(envName, url); return this; }
    public Builder environment(Environment value) { environment = value; return this; }
    public Builder concurrency(Concurrency value) { concurrency = value; return this; }
    /** {@code timeout-minutes}; every job should have one (GitHub's default is 360). */
    public Builder timeoutMinutes(int minutes) { timeoutMinutes = Scalar.of(minutes); return this; }
    public Builder timeoutMinutes(Expr minutes) { timeoutMinutes = Scalar.of(minutes); return this; }
    public Builder strategy(Strategy value) { strategy = value; return this; }
    /** Shorthand for {@code strategy(Strategy.matrix(matrix))}. */
    public Builder matrix(Matrix matrix) { strategy = Strategy.matrix(matrix); return this; }
    public Builder continueOnError(boolean value) { continueOnError = Scalar.of(value); return this; }
    public Builder continueOnError(Expr value) { continueOnError = Scalar.of(value); return this; }
    public Builder container(Container value) { container = value; return this; }
    /** A service container reachable from the steps, e.g. a database. */
    public Builder service(String serviceName, Container value) { services.put(serviceName, value); return this; }
    /** A job output, usually a step output: {@code output("task-definition", step.output("arn"))}. */
    public Builder output(String outputName, Expr value) { outputs.put(outputName, value.embed()); return this; }
    public Builder output(String outputName, String value) { outputs.put(outputName, value); return this; }
    public Builder env(String variable, String value) { env.put(variable, value); return this; }
    public Builder env(String variable, Expr value) { env.put(variable, value.embed()); return this; }
    public Builder defaults(Defaults value) { defaults = value; return this; }
    /** Appends steps in order. */
    public Builder steps(StepSource... more) {
      for (StepSource s : more) steps.add(s.toStep());
      return this;
    }
    public Builder steps(List<? extends StepSource> more) {
      for (StepSource s : more) steps.add(s.toStep());
      return this;
    }
    /** An input of the called reusable workflow. */
    public Builder with(String input, String value) { with.put(input, Scalar.of(value)); return this; }
    public Builder with(String input, boolean value) { with.put(input, Scalar.of(value)); return this; }
    public Builder with(String input, long value) { with.put(input, Scalar.of(value)); return this; }
    public Builder with(String input, Expr value) { with.put(input, Scalar.of(value)); return this; }
    /** A secret passed to the called reusable workflow. */
    public Builder secret(String secretName, Expr value) { secrets.put(secretName, value.embed()); return this; }
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
      return new Job(location, id, name, runsOn, needs, condition, permissions, environment, concurrency,
          timeoutMinutes, strategy, continueOnError, container, services, outputs, env, defaults, steps,
          uses, with, secrets, secretsInherit, escapeHatches, allowances);
    }
  }
}
