package dev.gha4j.model;

import dev.gha4j.expr.Expr;
import dev.gha4j.source.SourceLocation;
import java.util.List;

/** {@code workflow_call:} makes the workflow reusable: its inputs, outputs and secrets. */
public record CallTrigger(
    List<Input> inputs, List<Output> outputs, List<Secret> secrets, SourceLocation location) implements Trigger {

  /** A workflow output, usually a job output: {@code needs}-free, {@code jobs.<id>.outputs.<name>}. */
  public record Output(String name, String description, Scalar value) {}

  /** A secret the caller must (or may) pass. */
  public record Secret(String name, String description, boolean required) {}

  public CallTrigger {
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
    secrets = List.copyOf(secrets);
  }

  static CallTrigger empty() {
    return new CallTrigger(List.of(), List.of(), List.of(), SourceLocation.capture());
  }

  public CallTrigger input(Input... more) {
    return new CallTrigger(Lists.plus(inputs, more), outputs, secrets, location);
  }

  /** An output whose value is an expression over {@code jobs.<id>.outputs.<name>}. */
  public CallTrigger output(String name, String description, Expr value) {
    return new CallTrigger(inputs, Lists.plus(outputs, new Output(name, description, Scalar.of(value))), secrets, location);
  }

  public CallTrigger output(String name, String description, String value) {
    return new CallTrigger(inputs, Lists.plus(outputs, new Output(name, description, Scalar.of(value))), secrets, location);
  }

  public CallTrigger secret(String name, String description, boolean required) {
    return new CallTrigger(inputs, outputs, Lists.plus(secrets, new Secret(name, description, required)), location);
  }

  @Override
  public String event() { return "workflow_call"; }
}
