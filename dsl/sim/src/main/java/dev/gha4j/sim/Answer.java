package dev.gha4j.sim;

import java.time.Duration;

/**
 * What a fake command does when called: print to stdout and stderr, then exit with a code; or run
 * a bash snippet instead (it sees the call's arguments as {@code "$@"}).
 *
 * <pre>{@code
 * Answer.prints("arn:aws:ecs:eu-west-1:1:task/abc")      // exit 0
 * Answer.fails(7, "curl: (7) Failed to connect")          // exit 7, message on stderr
 * Answer.runs("echo \"called with $#\"")                  // any bash
 * }</pre>
 *
 * {@link #prints} ends the text with a newline unless it already has one, as real commands do;
 * {@link #printsExactly} writes the text as it is. An answer takes no time on the simulated clock
 * unless it says so ({@link #andTakes}, {@link #hangs}); a call that reaches the job's
 * {@code timeout-minutes} (or the step's) stops the step there, as GitHub does.
 *
 * @param exitCode the exit status
 * @param stdout   what it prints on stdout
 * @param stderr   what it prints on stderr
 * @param script   a bash snippet run instead, or null
 * @param takes    how long the call takes on the simulated clock
 */
public record Answer(int exitCode, String stdout, String stderr, String script, Duration takes) {

  /** How long {@link #hangs} takes: longer than any job may run (GitHub's limit is 6 hours; 35 days for self-hosted). */
  static final Duration FOREVER = Duration.ofDays(365);

  /** Checks the duration. */
  public Answer {
    if (takes == null || takes.isNegative()) throw new IllegalArgumentException("an answer takes zero or more time, not " + takes);
  }

  private Answer(int exitCode, String stdout, String stderr, String script) {
    this(exitCode, stdout, stderr, script, Duration.ZERO);
  }

  /** Exit 0, no output. */
  public static Answer ok() {
    return new Answer(0, "", "", null);
  }

  /** Exit 0 after printing a line (a newline is added if missing). */
  public static Answer prints(String stdout) {
    return ok().andPrints(stdout);
  }

  /** Exit 0 after printing exactly this text. */
  public static Answer printsExactly(String stdout) {
    return new Answer(0, stdout, "", null);
  }

  /** Exit with {@code code}, no output. */
  public static Answer exits(int code) {
    return new Answer(code, "", "", null);
  }

  /** Exit with {@code code} after printing {@code message} to stderr. */
  public static Answer fails(int code, String message) {
    return exits(code).andPrintsError(message);
  }

  /**
   * Runs a bash snippet with the call's arguments in {@code "$@"}; its exit status is the answer.
   * {@code $FAKE_STATE} is a directory shared by every snippet of the run, for fakes that keep
   * state between calls (a service's current task definition, say).
   */
  public static Answer runs(String bashSnippet) {
    return new Answer(0, "", "", bashSnippet);
  }

  /**
   * A call that never returns (a hung connection, a waiter that never sees its state): it takes
   * longer than any timeout, so the step or job times out on the simulated clock.
   */
  public static Answer hangs() {
    return ok().andTakes(FOREVER);
  }

  /** The same answer, also printing this line to stdout. */
  public Answer andPrints(String text) {
    return new Answer(exitCode, stdout + line(text), stderr, script, takes);
  }

  /** The same answer, also printing this line to stderr. */
  public Answer andPrintsError(String text) {
    return new Answer(exitCode, stdout, stderr + line(text), script, takes);
  }

  /** The same output, exiting with {@code code}. */
  public Answer andExits(int code) {
    return new Answer(code, stdout, stderr, script, takes);
  }

  /** The same answer, after {@code time} on the simulated clock (e.g. {@code Answer.ok().andTakes(Duration.ofMinutes(12))}). */
  public Answer andTakes(Duration time) {
    return new Answer(exitCode, stdout, stderr, script, time);
  }

  private static String line(String text) {
    return text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
  }
}
