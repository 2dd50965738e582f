package dev.gha4j.sim;

/**
 * How an injected fault breaks a call (see {@link Fault}). Each replaces the call's answer: the fake
 * command, or the stubbed action, never sees the call, so a faulted request changes nothing.
 */
public enum FaultKind {
  /** The call exits 1 with a message on stderr; a {@code uses} step fails. Tried at every call. */
  FAILS,
  /**
   * The call fails, and so does every later call of the same command with the same arguments in the
   * step: an outage, not a blip. Tried where a step repeated a call after it failed (a retry loop),
   * so the loop runs out of attempts.
   */
  FAILS_EVERY_TIME,
  /**
   * The call never returns, so the step runs into its timeout or the job's {@code timeout-minutes}
   * (on the simulated clock). Tried at every command call; stubbed actions take no time.
   */
  HANGS,
  /**
   * The call succeeds with no output; a {@code uses} step succeeds without its outputs. Tried where
   * the script reads the output ({@link Call#outputRead()}) or the action has outputs.
   */
  EMPTY_OUTPUT;

  /** The answer a faulted command call gets. */
  Answer answer(String command) {
    return switch (this) {
      case FAILS, FAILS_EVERY_TIME -> Answer.fails(1, "gha4j: injected fault: this call of '" + command + "' failed");
      case HANGS -> Answer.hangs();
      case EMPTY_OUTPUT -> Answer.printsExactly("");
    };
  }

  /** {@code fails}, {@code fails every time}, {@code hangs}, {@code answers nothing}. */
  String verb() {
    return switch (this) {
      case FAILS -> "fails";
      case FAILS_EVERY_TIME -> "fails every time";
      case HANGS -> "hangs";
      case EMPTY_OUTPUT -> "answers nothing";
    };
  }
}
