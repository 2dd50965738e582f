package dev.gha4j.sim;

import java.util.List;
import java.util.Map;

/**
 * What one step did. {@code outcome} is its result before {@code continue-on-error},
 * {@code conclusion} after, as in GitHub's {@code steps} context.
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

  /** The step was not skipped. */
  public boolean ran() {
    return outcome != Conclusion.SKIPPED;
  }

  public boolean skipped() {
    return outcome == Conclusion.SKIPPED;
  }

  /** The step failed (even when {@code continue-on-error} let the job go on). */
  public boolean failed() {
    return outcome == Conclusion.FAILURE;
  }

  public boolean succeeded() {
    return outcome == Conclusion.SUCCESS;
  }

  /** A step output ({@code $GITHUB_OUTPUT} or a stubbed action's), or null. */
  public String output(String name) {
    return outputs.get(name);
  }

  /** A {@code with:} input of a {@code uses} step, with its expressions evaluated; or null. */
  public String input(String name) {
    return inputs.get(name);
  }

  /** The calls this step made to one fake command. */
  public Calls calls(String command) {
    return new Calls(callList.stream().filter(c -> c.command().equals(command)).toList());
  }

  /** Every fake-command call this step made, in order. */
  public Calls calls() {
    return new Calls(callList);
  }

  /** The last lines of stdout, for failure messages. */
  public String stdoutTail() {
    return tail(stdout);
  }

  /** The last lines of stderr, for failure messages. */
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
