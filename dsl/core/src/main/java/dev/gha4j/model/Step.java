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

  /**
   * A step that runs a shell script.
   *
   * @param script the {@code run:} text; multi-line text blocks welcome, and untrusted event text
   *     belongs in {@link Builder#env}, not in {@code ${{ }}} inside the script
   * @return a builder for the step
   */
  public static Builder run(String script) {
    return new Builder(SourceLocation.capture()).run(script);
  }

  /**
   * A step that uses an action pinned by SHA; typed bindings in {@code dev.gha4j.actions} do this for you.
   *
   * @param action the action, written as {@code uses: owner/repo@<sha> # <version>}
   * @return a builder for the step; give inputs with {@link Builder#with}
   */
  public static Builder uses(ActionRef action) {
    return new Builder(SourceLocation.capture()).uses(action);
  }

  /**
   * A step that uses an action without a typed binding. Visibly untyped: the policy rules flag refs
   * that are not pinned by SHA, and deprecated actions are refused.
   *
   * @param reference {@code "octo/tool@<sha>"}, a local {@code "./.github/actions/x"} or
   *     {@code "docker://image"}, written as given
   * @return a builder for the step
   */
  public static Builder uses(String reference) {
    return new Builder(SourceLocation.capture()).uses(reference);
  }

  /**
   * Starts a step with a display name; follow with {@code run(...)} or {@code uses(...)}.
   *
   * @param name the {@code name:} shown in the run's log
   * @return a builder for the step
   */
  public static Builder named(String name) {
    return new Builder(SourceLocation.capture()).name(name);
  }

  /** {@return a builder holding everything this step holds, to make a changed copy} */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** {@return {@code uses:} as it appears in YAML, or null for a run step} */
  public String uses() {
    return action != null ? action.uses() : rawUses;
  }

  /**
   * {@return {@code ${{ steps.<id>.outputs.<name> }}}} Usable in later steps of the same job and in
   * the job's outputs; the validator reports a use anywhere else.
   *
   * @param outputName an output the step writes to {@code $GITHUB_OUTPUT} or its action declares
   * @throws Gha4jException when the step has no {@code id}, which GitHub needs to name it
   */
  public Expr output(String outputName) {
    if (id == null) {
      throw new Gha4jException(location, "step '" + displayName() + "' has outputs used but no id: call .id(\"...\") on it");
    }
    return Expr.stepOutput(id, outputName);
  }

  /** {@return the name a message uses for this step: its id, name, action or first script line} */
  public String displayName() {
    if (id != null) return id;
    if (name != null) return name;
    if (uses() != null) return uses();
    if (run == null) return "<empty step>";
    // The first line that says something: a script may open with a blank line.
    return run.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("<blank script>");
  }

  /** {@return itself: a built step is a step source} */
  @Override
  public Step toStep() {
    return this;
  }

  /** {@return the pipeline line that started this step's builder, where messages about it point} */
  public SourceLocation location() { return location; }
  /** {@return {@code id:}, or null} */
  public String id() { return id; }
  /** {@return {@code name:}, or null: GitHub then shows the action or the script's first line} */
  public String name() { return name; }
  /** {@return {@code if:}, or null: an expression, or expression text as written} */
  public Scalar condition() { return condition; }
  /** {@return the typed, SHA-pinned action, or null} */
  public ActionRef action() { return action; }
  /** {@return {@code uses:} given as text, or null} */
  public String rawUses() { return rawUses; }
  /** {@return the comment after {@code uses:} (after a pinned action's version), or null} */
  public String usesComment() { return usesComment; }
  /** {@return {@code with:} inputs by name, in the order added} */
  public Map<String, Scalar> with() { return with; }
  /** {@return {@code run:} the script, or null for an action step} */
  public String run() { return run; }
  /** {@return {@code shell:}, or null for the default ({@code bash -e}, or {@code pwsh} on Windows)} */
  public String shell() { return shell; }
  /** {@return {@code working-directory:}, or null} */
  public String workingDirectory() { return workingDirectory; }
  /** {@return {@code env:} by variable, in the order added} */
  public Map<String, Scalar> env() { return env; }
  /** {@return {@code continue-on-error:}, or null, which GitHub reads as false} */
  public Scalar continueOnError() { return continueOnError; }
  /** {@return {@code timeout-minutes:}, or null: the step may use the job's whole timeout} */
  public Scalar timeoutMinutes() { return timeoutMinutes; }
  /** {@return the keys given as YAML through {@link Builder#escapeHatch}, by key} */
  public Map<String, Raw> escapeHatches() { return escapeHatches; }
  /** {@return the policy rules switched off for this step, each with its reason} */
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

    /**
     * For typed action bindings, which start their step themselves.
     *
     * @param location pass {@link SourceLocation#capture()} from the binding's factory, so messages
     *     name the pipeline line; not null
     */
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

    /**
     * {@code id:}, which lets later steps read this step's outputs ({@link Step#output}).
     *
     * @param id unique in the job: a letter or {@code _}, then letters, digits, {@code -} and {@code _}
     * @return this builder
     */
    public Builder id(String id) { this.id = id; return this; }

    /**
     * {@code name:} shown in the run's log.
     *
     * @param name the name; may embed {@code ${{ }}}
     * @return this builder
     */
    public Builder name(String name) { this.name = name; return this; }

    /**
     * {@code if:} with a typed expression.
     *
     * @param condition the step runs when it is true; without a status function GitHub adds
     *     {@code success() &&}
     * @return this builder
     */
    public Builder when(Expr condition) { this.condition = Scalar.of(condition); return this; }

    /**
     * {@code if:} as expression text.
     *
     * @param condition e.g. {@code github.ref == 'refs/heads/main'}; {@code ${{ }}} around the whole
     *     text is optional, text outside it makes a condition that is always true (the rules report it)
     * @return this builder
     */
    public Builder when(String condition) { this.condition = Conditions.text(condition); return this; }

    /**
     * {@code uses:} a typed, SHA-pinned action; replaces a textual {@code uses}.
     *
     * @param action the action, written as {@code uses: owner/repo@<sha> # <version>}
     * @return this builder
     */
    public Builder uses(ActionRef action) { this.action = action; this.rawUses = null; return this; }

    /**
     * {@code uses:} given as text; replaces a typed action. See {@link Step#uses(String)}.
     *
     * @param reference {@code owner/repo@ref}, {@code ./path} or {@code docker://image}
     * @return this builder
     */
    public Builder uses(String reference) { this.rawUses = reference; this.action = null; return this; }

    /**
     * A comment written after {@code uses:} (after the version of a pinned action), for tools that
     * read it there. It means nothing to GitHub.
     *
     * @param comment one line, e.g. {@code zizmor: ignore[cache-poisoning]}
     * @return this builder
     */
    public Builder usesComment(String comment) { this.usesComment = comment; return this; }

    /**
     * A {@code with:} input; typed bindings offer one method per real input instead.
     *
     * @param input an input the action declares; a name given again replaces the earlier value
     * @param value text that may embed {@code ${{ }}}
     * @return this builder
     */
    public Builder with(String input, String value) { with.put(input, Scalar.of(value)); return this; }

    /**
     * A boolean {@code with:} input (GitHub hands the action the text {@code true} or {@code false}).
     *
     * @param input an input the action declares
     * @param value the value
     * @return this builder
     */
    public Builder with(String input, boolean value) { with.put(input, Scalar.of(value)); return this; }

    /**
     * A number {@code with:} input, e.g. {@code fetch-depth: 0}.
     *
     * @param input an input the action declares
     * @param value the value
     * @return this builder
     */
    public Builder with(String input, long value) { with.put(input, Scalar.of(value)); return this; }

    /**
     * A {@code with:} input from an expression.
     *
     * @param input an input the action declares
     * @param value evaluated by GitHub before the step runs
     * @return this builder
     */
    public Builder with(String input, Expr value) { with.put(input, Scalar.of(value)); return this; }

    /**
     * {@code run:} the script.
     *
     * @param script run with {@code bash -e} (on Windows {@code pwsh}) unless {@link #shell} says otherwise
     * @return this builder
     */
    public Builder run(String script) { this.run = script; return this; }

    /**
     * {@code shell:} that runs the script.
     *
     * @param shell e.g. {@code bash} (which adds {@code -o pipefail}), {@code pwsh}, {@code python},
     *     or a command with {@code {0}} for the script file
     * @return this builder
     */
    public Builder shell(String shell) { this.shell = shell; return this; }

    /**
     * {@code working-directory:} of a {@code run} step.
     *
     * @param directory relative to the workspace, e.g. {@code apps/backend}
     * @return this builder
     */
    public Builder workingDirectory(String directory) { this.workingDirectory = directory; return this; }

    /**
     * A step environment variable; the safe way to hand untrusted event text to a script.
     *
     * @param variable the name the script reads, e.g. {@code TITLE}
     * @param value    text that may embed {@code ${{ }}}
     * @return this builder
     */
    public Builder env(String variable, String value) { env.put(variable, Scalar.of(value)); return this; }

    /**
     * A step environment variable from an expression, e.g. {@code Expr.github("event.issue.title")}.
     *
     * @param variable the name the script reads
     * @param value    evaluated by GitHub before the step runs
     * @return this builder
     */
    public Builder env(String variable, Expr value) { env.put(variable, Scalar.of(value)); return this; }

    /**
     * {@code continue-on-error:}; the policy rules ask for a reason.
     *
     * @param value true lets the job go on when this step fails
     * @return this builder
     */
    public Builder continueOnError(boolean value) { continueOnError = Scalar.of(value); return this; }

    /**
     * {@code continue-on-error:} from an expression.
     *
     * @param value evaluates to true or false
     * @return this builder
     */
    public Builder continueOnError(Expr value) { continueOnError = Scalar.of(value); return this; }

    /**
     * {@code timeout-minutes:} of the step.
     *
     * @param minutes how long the step may run before GitHub cancels it
     * @return this builder
     */
    public Builder timeoutMinutes(int minutes) { timeoutMinutes = Scalar.of(minutes); return this; }

    /**
     * {@code timeout-minutes:} from an expression.
     *
     * @param minutes evaluates to the number of minutes
     * @return this builder
     */
    public Builder timeoutMinutes(Expr minutes) { timeoutMinutes = Scalar.of(minutes); return this; }

    /**
     * Escape hatch for a step key GitHub added before gha4j modelled it; visible in review on purpose.
     *
     * @param key   the key as GitHub spells it
     * @param value its YAML value, parsed when the workflow is emitted
     * @return this builder
     */
    public Builder escapeHatch(String key, Raw value) { escapeHatches.put(key, value); return this; }

    /**
     * Switches off one policy rule for this step; the reason shows in the YAML.
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
     * The immutable step. Structural problems are reported by the workflow validator, all at once.
     *
     * @return a snapshot: later calls on this builder do not change it
     */
    public Step build() {
      return new Step(this);
    }

    /** {@return the step built from this builder as it is now} */
    @Override
    public Step toStep() {
      return build();
    }
  }
}
