package dev.gha4j.model;

import dev.gha4j.expr.Expr;
import dev.gha4j.source.SourceLocation;
import java.util.List;

/**
 * {@code workflow_call:} makes the workflow reusable: its inputs, outputs and secrets. Each method
 * returns a changed copy.
 *
 * @param inputs   {@code inputs:}, in order
 * @param outputs  {@code outputs:}, in order
 * @param secrets  {@code secrets:}, in order
 * @param location the pipeline line that made the trigger
 */
public record CallTrigger(
    List<Input> inputs, List<Output> outputs, List<Secret> secrets, SourceLocation location) implements Trigger {

  /**
   * A workflow output, usually a job output: {@code needs}-free, {@code jobs.<id>.outputs.<name>}.
   *
   * @param name        the key under {@code outputs:}; the caller reads {@code needs.<job>.outputs.<name>}
   * @param description {@code description:}, or null
   * @param value       {@code value:}
   */
  public record Output(String name, String description, Scalar value) {}

  /**
   * A secret the caller must (or may) pass.
   *
   * @param name        the key under {@code secrets:}, read as {@code secrets.<name>}
   * @param description {@code description:}, or null
   * @param required    {@code required:}; a call without a required secret is refused
   */
  public record Secret(String name, String description, boolean required) {}

  /**
   * Copies the lists.
   *
   * @param inputs   {@code inputs:}, in order
   * @param outputs  {@code outputs:}, in order
   * @param secrets  {@code secrets:}, in order
   * @param location the pipeline line that made the trigger
   */
  public CallTrigger {
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
    secrets = List.copyOf(secrets);
  }

  static CallTrigger empty() {
    return new CallTrigger(List.of(), List.of(), List.of(), SourceLocation.capture());
  }

  /**
   * {@return this trigger with more inputs}
   *
   * @param more string, boolean or number inputs (choice and environment are dispatch-only)
   */
  public CallTrigger input(Input... more) {
    return new CallTrigger(Lists.plus(inputs, more), outputs, secrets, location);
  }

  /**
   * {@return this trigger with an output whose value is an expression}
   *
   * @param name        the key under {@code outputs:}
   * @param description {@code description:}, or null
   * @param value       usually a job's output, e.g. {@code Expr.parse("jobs.build.outputs.version")}
   */
  public CallTrigger output(String name, String description, Expr value) {
    return new CallTrigger(inputs, Lists.plus(outputs, new Output(name, description, Scalar.of(value))), secrets, location);
  }

  /**
   * {@return this trigger with an output given as text}
   *
   * @param name        the key under {@code outputs:}
   * @param description {@code description:}, or null
   * @param value       text that may embed {@code ${{ jobs.<id>.outputs.<name> }}}
   */
  public CallTrigger output(String name, String description, String value) {
    return new CallTrigger(inputs, Lists.plus(outputs, new Output(name, description, Scalar.of(value))), secrets, location);
  }

  /**
   * {@return this trigger with a secret the caller passes}
   *
   * @param name        the key under {@code secrets:}, read as {@code secrets.<name>}
   * @param description {@code description:}, or null
   * @param required    whether a call must pass it
   */
  public CallTrigger secret(String name, String description, boolean required) {
    return new CallTrigger(inputs, outputs, Lists.plus(secrets, new Secret(name, description, required)), location);
  }

  @Override
  public String event() { return "workflow_call"; }
}
