package dev.gha4j.model;

import dev.gha4j.expr.Expr;
import dev.gha4j.source.Gha4jException;
import dev.gha4j.source.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One step of a job: either {@code run} a script or {@code uses} an action. Immutable; made by a
 * {@link Builder} from {@link #run(String)}, {@link #uses(ActionRef)} or {@link #named(String)}.
 *
 * <pre>{@code
 * Step.named("Type check").run("mypy . --ignore-missing-imports").workingDirectory("apps/backend/src")
 * }</pre>
 */
public record Step(
    SourceLocation location,
    String id,
    String name,
    String condition,
    ActionRef action,
    String rawUses,
    Map<String, Scalar> with,
    String run,
    String shell,
    String workingDirectory,
    Map<String, String> env,
    Scalar continueOnError,
    Scalar timeoutMinutes,
    Map<String, Raw> escapeHatches,
    List<Allowance> allowances) implements StepSource {

  public Step {
    with = Ordered.copy(with);
    env = Ordered.copy(env);
    escapeHatches = Ordered.copy(escapeHatches);
    allowances = Ordered.copy(allowances);
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

  @Override
  public Step toStep() {
    return this;
  }

  /** Mutable builder for {@link Step}; {@link #build()} returns the immutable step. */
  public static final class Builder implements StepSource {
    private final SourceLocation location;
    private String id;
    private String name;
    private String condition;
    private ActionRef action;
    private String rawUses;
    private final Map<String, Scalar> with = new LinkedHashMap<>();
    private String run;
    private String shell;
    private String workingDirectory;
    private final Map<String, String> env = new LinkedHashMap<>();
    private Scalar continueOnError;
    private Scalar timeoutMinutes;
    private final Map<String, Raw> escapeHatches = new LinkedHashMap<>();
    private final List<Allowance> allowances = new ArrayList<>();

    /** For typed action bindings: pass {@link SourceLocation#capture()} from the binding's factory. */
    public Builder(SourceLocation location) {
      this.location = Objects.requireNonNull(location);
    }

    /** {@code id}: lets later steps read this step's outputs. */
    public Builder id(String id) { this.id = id; return this; }
    /** {@code name} shown in the GitHub UI. */
    public Builder name(String name) { this.name = name; return this; }
    /** {@code if:} with a typed expression. */
    public Builder when(Expr condition) { this.condition = condition.text(); return this; }
    /** {@code if:} as expression text; {@code ${{ }}} around it is optional. */
    public Builder when(String condition) { this.condition = Conditions.strip(condition); return this; }
    public Builder uses(ActionRef action) { this.action = action; this.rawUses = null; return this; }
    public Builder uses(String reference) { this.rawUses = reference; this.action = null; return this; }
    /** A {@code with:} input; typed bindings offer one method per real input instead. */
    public Builder with(String input, String value) { with.put(input, Scalar.of(value)); return this; }
    public Builder with(String input, boolean value) { with.put(input, Scalar.of(value)); return this; }
    public Builder with(String input, long value) { with.put(input, Scalar.of(value)); return this; }
    public Builder with(String input, Expr value) { with.put(input, Scalar.of(value)); return this; }
    /** {@code run:} the script; GitHub runs it with {@code bash -e} unless {@code shell} says otherwise. */
    public Builder run(String script) { this.run = script; return this; }
    public Builder shell(String shell) { this.shell = shell; return this; }
    public Builder workingDirectory(String directory) { this.workingDirectory = directory; return this; }
    /** A step environment variable; the safe way to hand untrusted event text to a script. */
    public Builder env(String variable, String value) { env.put(variable, value); return this; }
    public Builder env(String variable, Expr value) { env.put(variable, value.embed()); return this; }
    public Builder continueOnError(boolean value) { continueOnError = Scalar.of(value); return this; }
    public Builder continueOnError(Expr value) { continueOnError = Scalar.of(value); return this; }
    public Builder timeoutMinutes(int minutes) { timeoutMinutes = Scalar.of(minutes); return this; }
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
      return new Step(location, id, name, condition, action, rawUses, with, run, shell, workingDirectory,
          env, continueOnError, timeoutMinutes, escapeHatches, allowances);
    }

    @Override
    public Step toStep() {
      return build();
    }
  }
}
