package dev.gha4j.model;

import dev.gha4j.expr.Expr;
import dev.gha4j.source.Gha4jException;
import dev.gha4j.source.SourceLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One step of a job: either {@code run} a script or {@code uses} an action. Immutable; made by a
 * {@link Builder} from {@link #run(String)}, {@link #uses(ActionRef)} or {@link #named(String)};
 * {@link #toBuilder()} starts a changed copy.
 *
 * <pre>{@code
 * Step.named("Type check").run("mypy . --ignore-missing-imports").workingDirectory("apps/backend/src")
 * }</pre>
 */
public final class Step implements StepSource {
  private final SourceLocation location;
  private final String id;
  private final String name;
  private final Scalar condition;
  private final ActionRef action;
  private final String rawUses;
  private final String usesComment;
  private final Map<String, Scalar> with;
  private final String run;
  private final String shell;
  private final String workingDirectory;
  private final Map<String, Scalar> env;
  private final Scalar continueOnError;
  private final Scalar timeoutMinutes;
  private final Map<String, Raw> escapeHatches;
  private final List<Allowance> allowances;

  private Step(Builder b) {
    location = b.location;
    id = b.id;
    name = b.name;
    condition = b.condition;
    action = b.action;
    rawUses = b.rawUses;
    usesComment = b.usesComment;
    with = Ordered.copy(b.with);
    run = b.run;
    shell = b.shell;
    workingDirectory = b.workingDirectory;
    env = Ordered.copy(b.env);
    continueOnError = b.continueOnError;
    timeoutMinutes = b.timeoutMinutes;
    escapeHatches = Ordered.copy(b.escapeHatches);
    allowances = List.copyOf(b.allowances);
  }

  /** A step that runs a shell script (multi-line text blocks welcome). */
  public static Builder run(String script) {
    return new Builder(SourceLocation.capture()).run(script);
  }

  /** A step that uses an action pinned by SHA; typed bindings in {@code dev.gha4j.actions} do this for you. */
  public static Builder uses(ActionRef action) {
    return new Builder(SourceLocation.capture()).uses(action);
  }

  /**
   * A step that uses an action without a typed binding, e.g. {@code "octo/tool@<sha>"}, a local
   * {@code "./.github/actions/x"} or {@code "docker://image"}. Visibly untyped: the policy rules
   * flag refs that are not pinned by SHA, and deprecated actions are refused.
   */
  public static Builder uses(String reference) {
    return new Builder(SourceLocation.capture()).uses(reference);
  }

  /** Starts a step with a display name; follow with {@code run(...)} or {@code uses(...)}. */
  public static Builder named(String name) {
    return new Builder(SourceLocation.capture()).name(name);
  }

  /** A builder holding everything this step holds, to make a changed copy. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** {@code uses:} as it appears in YAML, or null for a run step. */
  public String uses() {
    return action != null ? action.uses() : rawUses;
  }

  /**
   * {@code ${{ steps.<id>.outputs.<name> }}}. Usable in later steps of the same job and in the
   * job's outputs; the validator reports a use anywhere else.
   */
  public Expr output(String outputName) {
    if (id == null) {
      throw new Gha4jException(location, "step '" + displayName() + "' has outputs used but no id: call .id(\"...\") on it");
    }
    return Expr.stepOutput(id, outputName);
  }

  /** The name a message uses for this step: its id, name, action or first script line. */
  public String displayName() {
    if (id != null) return id;
    if (name != null) return name;
    if (uses() != null) return uses();
    if (run == null) return "<empty step>";
    // The first line that says something: a script may open with a blank line.
    return run.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("<blank script>");
  }

  /** Itself: a built step is a step source. */
  @Override
  public Step toStep() {
    return this;
  }

  /** The pipeline line that started this step's builder. */
  public SourceLocation location() { return location; }
  /** {@code id:}, or null. */
  public String id() { return id; }
  /** {@code name:}, or null. */
  public String name() { return name; }
  /** {@code if:}, or null: an expression, or expression text as written. */
  public Scalar condition() { return condition; }
  /** The typed, SHA-pinned action, or null. */
  public ActionRef action() { return action; }
  /** {@code uses:} given as text, or null. */
  public String rawUses() { return rawUses; }
  /** The comment after {@code uses:} (after a pinned action's version), or null. */
  public String usesComment() { return usesComment; }
  /** {@code with:} inputs by name. */
  public Map<String, Scalar> with() { return with; }
  /** {@code run:} the script, or null. */
  public String run() { return run; }
  /** {@code shell:}, or null. */
  public String shell() { return shell; }
  /** {@code working-directory:}, or null. */
  public String workingDirectory() { return workingDirectory; }
  /** {@code env:} by variable. */
  public Map<String, Scalar> env() { return env; }
  /** {@code continue-on-error:}, or null. */
  public Scalar continueOnError() { return continueOnError; }
  /** {@code timeout-minutes:}, or null. */
  public Scalar timeoutMinutes() { return timeoutMinutes; }
  /** Keys given as YAML through {@link Builder#escapeHatch}. */
  public Map<String, Raw> escapeHatches() { return escapeHatches; }
  /** Policy rules switched off for this step, each with its reason. */
  public List<Allowance> allowances() { return allowances; }

  private List<Object> parts() {
    return Arrays.asList(location, id, name, condition, action, rawUses, usesComment, with, run, shell, workingDirectory, env,
        continueOnError, timeoutMinutes, escapeHatches, allowances);
  }

  /** Equal when every key and the pipeline line are equal. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Step s && parts().equals(s.parts());
  }

  @Override
  public int hashCode() {
    return parts().hashCode();
  }

  /** {@code Step[checkout at Ci.java:12]}. */
  @Override
  public String toString() {
    return "Step[" + displayName() + " at " + location + "]";
  }

  /** Mutable builder for {@link Step}; {@link #build()} returns the immutable step. */
  public static final class Builder implements StepSource {
    private final SourceLocation location;
    private String id;
    private String name;
    private Scalar condition;
    private ActionRef action;
    private String rawUses;
    private String usesComment;
    private final Map<String, Scalar> with = new LinkedHashMap<>();
    private String run;
    private String shell;
    private String workingDirectory;
    private final Map<String, Scalar> env = new LinkedHashMap<>();
    private Scalar continueOnError;
    private Scalar timeoutMinutes;
    private final Map<String, Raw> escapeHatches = new LinkedHashMap<>();
    private final List<Allowance> allowances = new ArrayList<>();

    /** For typed action bindings: pass {@link SourceLocation#capture()} from the binding's factory. */
    public Builder(SourceLocation location) {
      this.location = Objects.requireNonNull(location);
    }

    private Builder(Step s) {
      this(s.location);
      id = s.id;
      name = s.name;
      condition = s.condition;
      action = s.action;
      rawUses = s.rawUses;
      usesComment = s.usesComment;
      with.putAll(s.with);
      run = s.run;
      shell = s.shell;
      workingDirectory = s.workingDirectory;
      env.putAll(s.env);
      continueOnError = s.continueOnError;
      timeoutMinutes = s.timeoutMinutes;
      escapeHatches.putAll(s.escapeHatches);
      allowances.addAll(s.allowances);
    }

    /** {@code id}: lets later steps read this step's outputs. */
    public Builder id(String id) { this.id = id; return this; }
    /** {@code name} shown in the GitHub UI. */
    public Builder name(String name) { this.name = name; return this; }
    /** {@code if:} with a typed expression. */
    public Builder when(Expr condition) { this.condition = Scalar.of(condition); return this; }
    /** {@code if:} as expression text; {@code ${{ }}} around the whole text is optional. */
    public Builder when(String condition) { this.condition = Conditions.text(condition); return this; }
    /** {@code uses:} a typed, SHA-pinned action. */
    public Builder uses(ActionRef action) { this.action = action; this.rawUses = null; return this; }
    /** {@code uses:} given as text; see {@link Step#uses(String)}. */
    public Builder uses(String reference) { this.rawUses = reference; this.action = null; return this; }
    /**
     * A comment written after {@code uses:} (after the version of a pinned action), for tools that
     * read it there, e.g. {@code zizmor: ignore[cache-poisoning]}. One line; it means nothing to GitHub.
     */
    public Builder usesComment(String comment) { this.usesComment = comment; return this; }
    /** A {@code with:} input; typed bindings offer one method per real input instead. */
    public Builder with(String input, String value) { with.put(input, Scalar.of(value)); return this; }
    /** A boolean {@code with:} input. */
    public Builder with(String input, boolean value) { with.put(input, Scalar.of(value)); return this; }
    /** A number {@code with:} input. */
    public Builder with(String input, long value) { with.put(input, Scalar.of(value)); return this; }
    /** A {@code with:} input from an expression. */
    public Builder with(String input, Expr value) { with.put(input, Scalar.of(value)); return this; }
    /** {@code run:} the script; GitHub runs it with {@code bash -e} unless {@code shell} says otherwise. */
    public Builder run(String script) { this.run = script; return this; }
    /** {@code shell:}, e.g. {@code bash} (which adds {@code -o pipefail}). */
    public Builder shell(String shell) { this.shell = shell; return this; }
    /** {@code working-directory:} of a {@code run} step. */
    public Builder workingDirectory(String directory) { this.workingDirectory = directory; return this; }
    /** A step environment variable; the safe way to hand untrusted event text to a script. */
    public Builder env(String variable, String value) { env.put(variable, Scalar.of(value)); return this; }
    /** A step environment variable from an expression. */
    public Builder env(String variable, Expr value) { env.put(variable, Scalar.of(value)); return this; }
    /** {@code continue-on-error:}; the policy rules ask for a reason. */
    public Builder continueOnError(boolean value) { continueOnError = Scalar.of(value); return this; }
    /** {@code continue-on-error:} from an expression. */
    public Builder continueOnError(Expr value) { continueOnError = Scalar.of(value); return this; }
    /** {@code timeout-minutes:} of the step. */
    public Builder timeoutMinutes(int minutes) { timeoutMinutes = Scalar.of(minutes); return this; }
    /** {@code timeout-minutes:} from an expression. */
    public Builder timeoutMinutes(Expr minutes) { timeoutMinutes = Scalar.of(minutes); return this; }

    /** Escape hatch for a step key GitHub added before gha4j; visible in review on purpose. */
    public Builder escapeHatch(String key, Raw value) { escapeHatches.put(key, value); return this; }

    /** Switches off one policy rule for this step; the reason is mandatory and shows in the YAML. */
    public Builder allow(RuleRef rule, String reason) {
      allowances.add(new Allowance(rule.id(), reason, SourceLocation.capture()));
      return this;
    }

    /** The immutable step. Structural problems are reported by the workflow validator, all at once. */
    public Step build() {
      return new Step(this);
    }

    /** The step built from this builder as it is now. */
    @Override
    public Step toStep() {
      return build();
    }
  }
}
