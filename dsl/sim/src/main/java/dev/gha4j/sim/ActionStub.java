package dev.gha4j.sim;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a stubbed {@code uses} step (or a reusable-workflow job) does in a simulation: succeed or
 * fail, with outputs and environment variables it exports to later steps. Actions a test does not
 * stub succeed with no outputs.
 *
 * <pre>{@code
 * ActionStub.succeeds().output("registry", "123456789012.dkr.ecr.eu-west-1.amazonaws.com")
 * ActionStub.fails("Credentials could not be loaded")
 * }</pre>
 */
public final class ActionStub {
  private final boolean success;
  private final String message;
  private final Map<String, String> outputs;
  private final Map<String, String> env;

  private ActionStub(boolean success, String message, Map<String, String> outputs, Map<String, String> env) {
    this.success = success;
    this.message = message;
    this.outputs = outputs;
    this.env = env;
  }

  /**
   * Succeeds with no outputs (what an unstubbed action does).
   *
   * @return a successful stub; add outputs with {@link #output}
   */
  public static ActionStub succeeds() {
    return new ActionStub(true, null, Map.of(), Map.of());
  }

  /**
   * Fails the step with this message (the job fails unless the step has {@code continue-on-error}).
   *
   * @param message what the step reports, e.g. {@code "Credentials could not be loaded"}
   * @return a failing stub
   */
  public static ActionStub fails(String message) {
    return new ActionStub(false, message, Map.of(), Map.of());
  }

  /**
   * Also sets this output ({@code steps.<id>.outputs.<name>}, or the called workflow's output).
   *
   * @param name  the output's name, as the action declares it
   * @param value its value
   * @return a copy with this output (replacing one of the same name)
   */
  public ActionStub output(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(outputs);
    more.put(name, value);
    return new ActionStub(success, message, more, env);
  }

  /**
   * Also exports this environment variable to later steps, as actions do through {@code $GITHUB_ENV}.
   *
   * @param name  the variable's name
   * @param value its value
   * @return a copy that exports this variable too
   */
  public ActionStub env(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(env);
    more.put(name, value);
    return new ActionStub(success, message, outputs, more);
  }

  /** The same result with no outputs and no environment: a malformed answer. */
  ActionStub withoutOutputs() {
    return new ActionStub(success, message, Map.of(), Map.of());
  }

  boolean success() {
    return success;
  }

  String message() {
    return message;
  }

  Map<String, String> outputs() {
    return outputs;
  }

  Map<String, String> env() {
    return env;
  }
}
