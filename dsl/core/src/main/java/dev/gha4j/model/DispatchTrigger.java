package dev.gha4j.model;

import dev.gha4j.source.SourceLocation;
import java.util.List;

/**
 * {@code workflow_dispatch:} the manual "Run workflow" button and its inputs.
 *
 * @param inputs   {@code inputs:}, in order; GitHub allows at most 25
 * @param location the pipeline line that made the trigger
 */
public record DispatchTrigger(List<Input> inputs, SourceLocation location) implements Trigger {
  /**
   * Copies the inputs.
   *
   * @param inputs   {@code inputs:}, in order
   * @param location the pipeline line that made the trigger
   */
  public DispatchTrigger {
    inputs = List.copyOf(inputs);
  }

  /**
   * {@return this trigger with more inputs}
   *
   * @param more inputs of any type, shown in this order in the "Run workflow" form
   */
  public DispatchTrigger input(Input... more) {
    return new DispatchTrigger(Lists.plus(inputs, more), location);
  }

  @Override
  public String event() { return "workflow_dispatch"; }
}
