package dev.gha4j.model;

import dev.gha4j.source.SourceLocation;
import java.util.List;

/** {@code workflow_run:} after other workflows (by name) are requested or complete. */
public record WorkflowRunTrigger(
    List<String> workflows, List<String> types, List<String> branches, List<String> branchesIgnore,
    SourceLocation location) implements Trigger {

  public WorkflowRunTrigger {
    workflows = List.copyOf(workflows);
    types = List.copyOf(types);
    branches = List.copyOf(branches);
    branchesIgnore = List.copyOf(branchesIgnore);
  }

  static WorkflowRunTrigger of(String... workflows) {
    return new WorkflowRunTrigger(List.of(workflows), List.of(), List.of(), List.of(), SourceLocation.capture());
  }

  /** {@code completed}, {@code requested} or {@code in_progress}. */
  public WorkflowRunTrigger types(String... more) {
    return new WorkflowRunTrigger(workflows, Lists.plus(types, more), branches, branchesIgnore, location);
  }

  public WorkflowRunTrigger branches(String... more) {
    return new WorkflowRunTrigger(workflows, types, Lists.plus(branches, more), branchesIgnore, location);
  }

  public WorkflowRunTrigger branchesIgnore(String... more) {
    return new WorkflowRunTrigger(workflows, types, branches, Lists.plus(branchesIgnore, more), location);
  }

  @Override
  public String event() { return "workflow_run"; }
}
