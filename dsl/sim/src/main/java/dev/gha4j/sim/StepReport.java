package dev.gha4j.sim;

import java.util.List;
import java.util.Map;

/**
 * What one step did. {@code outcome} is its result before {@code continue-on-error},
 * {@code conclusion} after, as in GitHub's {@code steps} context.
 *
 * @param id         the step's {@code id}, or null
 * @param name       its display name: its {@code name}, else {@code Run} and the action or the script's first line
 * @param uses       the action of a {@code uses} step as written, or null for a {@code run} step
 * @param outcome    its result before {@code continue-on-error}
 * @param conclusion its result after {@code continue-on-error}
 * @param exitCode   the script's exit status; null for a {@code uses} step, a step that did not run,
 *                   and a script stopped by a timeout or cancellation
 * @param timedOut   whether the script was stopped before it ended: by its own or its job's
 *                   {@code timeout-minutes}, by a cancellation, or by {@link Simulation#stepTimeout}
 * @param message    why it failed, was skipped or was stopped, as GitHub words it where it can; or null
 * @param script     the script that ran, with {@code ${{ }}} replaced; null for a {@code uses} step
 *                   or a step that did not run
 * @param inputs     the {@code with:} inputs of a {@code uses} step, evaluated; empty for a {@code run} step
 * @param outputs    its outputs ({@code $GITHUB_OUTPUT}, or the stub's)
 * @param env        the environment variables the step saw from {@code env:} (the workflow's, the job's,
 *                   its own) and from earlier steps' {@code $GITHUB_ENV}
 * @param stdout     what the script printed on stdout; empty for a {@code uses} step
 * @param stderr     what the script printed on stderr; empty for a {@code uses} step
 * @param summary    what it wrote to {@code $GITHUB_STEP_SUMMARY}
 * @param callList   its calls of fake commands, in order (read them through {@link #calls()})
 */
public record StepReport(
    String id,
    String name,
    String uses,
    Conclusion outcome,
    Conclusion conclusion,
    Integer exitCode,
    boolean timedOut,
    String message,
    String script,
    Map<String, String> inputs,
    Map<String, String> outputs,
    Map<String, String> env,
    String stdout,
    String stderr,
    String summary,
    List<Call> callList) {

  private static final int TAIL_LINES = 15;

  /**
   * Copies the maps (keeping their order) and the calls.
   *
   * @param id         the step's {@code id}, or null
   * @param name       its display name
   * @param uses       its action, or null for a {@code run} step
   * @param outcome    its result before {@code continue-on-error}
   * @param conclusion its result after {@code continue-on-error}
   * @param exitCode   the script's exit status, or null
   * @param timedOut   whether the script was stopped before it ended
   * @param message    why it failed, was skipped or was stopped; or null
   * @param script     the script that ran, or null
   * @param inputs     the {@code with:} inputs of a {@code uses} step
   * @param outputs    its outputs; values may be null
   * @param env        the environment variables the step saw
   * @param stdout     what the script printed on stdout
   * @param stderr     what the script printed on stderr
   * @param summary    what it wrote to {@code $GITHUB_STEP_SUMMARY}
   * @param callList   its calls of fake commands, in order
   */
  public StepReport {
    inputs = ordered(inputs);
    outputs = ordered(outputs);
    env = ordered(env);
    callList = List.copyOf(callList);
  }

  /** An unmodifiable copy that keeps insertion order and allows null values (reports keep what they were given). */
  static <V> Map<String, V> ordered(Map<String, V> map) {
    return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(map));
  }

  /**
   * Whether the step ran.
   *
   * @return true unless its {@link #outcome} is {@link Conclusion#SKIPPED}
   */
  public boolean ran() {
    return outcome != Conclusion.SKIPPED;
  }

  /**
   * Whether the step was skipped: its {@code if}, or the implied {@code success()}, was false.
   *
   * @return true when its {@link #outcome} is {@link Conclusion#SKIPPED}
   */
  public boolean skipped() {
    return outcome == Conclusion.SKIPPED;
  }

  /**
   * Whether the step failed, even when {@code continue-on-error} let the job go on.
   *
   * @return true when its {@link #outcome} is {@link Conclusion#FAILURE}
   */
  public boolean failed() {
    return outcome == Conclusion.FAILURE;
  }

  /**
   * Whether the step succeeded.
   *
   * @return true when its {@link #outcome} is {@link Conclusion#SUCCESS}
   */
  public boolean succeeded() {
    return outcome == Conclusion.SUCCESS;
  }

  /**
   * A step output, as {@code steps.<id>.outputs.<name>} reads it.
   *
   * @param name the output's name
   * @return what the script wrote to {@code $GITHUB_OUTPUT}, or the stub gave; null when absent
   */
  public String output(String name) {
    return outputs.get(name);
  }

  /**
   * A {@code with:} input of a {@code uses} step, to check what the workflow passes an action.
   *
   * @param name the input's name, e.g. {@code role-to-assume}
   * @return its text with its expressions evaluated; null when the step does not set it
   */
  public String input(String name) {
    return inputs.get(name);
  }

  /**
   * The calls this step made to one fake command.
   *
   * @param command the command's name, e.g. {@code curl}
   * @return its calls, in order; empty when there were none
   */
  public Calls calls(String command) {
    return new Calls(callList.stream().filter(c -> c.command().equals(command)).toList());
  }

  /**
   * Every fake-command call this step made.
   *
   * @return the calls of every command, in order
   */
  public Calls calls() {
    return new Calls(callList);
  }

  /**
   * The end of stdout, for failure messages.
   *
   * @return the last 15 lines of {@link #stdout}
   */
  public String stdoutTail() {
    return tail(stdout);
  }

  /**
   * The end of stderr, for failure messages.
   *
   * @return the last 15 lines of {@link #stderr}
   */
  public String stderrTail() {
    return tail(stderr);
  }

  private static String tail(String text) {
    List<String> lines = text.lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
  }

  /** One line, plus the message and output tails of a failed step. */
  String describe(String indent) {
    StringBuilder s = new StringBuilder(indent).append(Marks.of(outcome)).append(name);
    if (exitCode != null) s.append("  (exit ").append(exitCode).append(')');
    if (timedOut) s.append("  TIMED OUT");
    if (outcome != conclusion) s.append("  continue-on-error → ").append(conclusion);
    if (message != null) s.append("\n").append(indent).append("    ").append(message);
    if (failed()) {
      if (!stdout.isBlank()) s.append('\n').append(Marks.indent(stdoutTail(), indent + "    stdout| "));
      if (!stderr.isBlank()) s.append('\n').append(Marks.indent(stderrTail(), indent + "    stderr| "));
    }
    return s.toString();
  }

  @Override
  public String toString() {
    return describe("");
  }
}
