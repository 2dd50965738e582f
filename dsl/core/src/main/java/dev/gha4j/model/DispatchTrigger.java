package dev.gha4j.model;

import dev.gha4j.source.SourceLocation;
import java.util.List;

/** {@code workflow_dispatch:} the manual "Run workflow" button and its inputs. */
public record DispatchTrigger(List<Input> inputs, SourceLocation location) implements Trigger {
  public DispatchTrigger {
    inputs = List.copyOf(inputs);
  }

  public DispatchTrigger input(Input... more) {
    return new DispatchTrigger(Lists.plus(inputs, more), location);
  }

  @Override
  public String event() { return "workflow_dispatch"; }
}
