package dev.gha4j.model;

import dev.gha4j.source.SourceLocation;
import java.util.List;

/**
 * One entry under {@code on:}. Made by the factories here; each trigger type offers exactly the
 * filters GitHub supports for its event.
 */
public sealed interface Trigger permits RefTrigger, ScheduleTrigger, DispatchTrigger, CallTrigger,
    WorkflowRunTrigger, EventTrigger {

  /** The event name, the key under {@code on:}. */
  String event();

  /** Where the pipeline made this trigger. */
  SourceLocation location();

  /** {@code push}: filter with branches, tags and paths. */
  static RefTrigger push() { return RefTrigger.of("push"); }
  /** {@code pull_request}: filter with branches, paths and activity types. */
  static RefTrigger pullRequest() { return RefTrigger.of("pull_request"); }
  /** {@code pull_request_target}: runs with write access in the base repository; handle with care. */
  static RefTrigger pullRequestTarget() { return RefTrigger.of("pull_request_target"); }
  /** {@code schedule}: one or more five-field POSIX cron expressions, in UTC. */
  static ScheduleTrigger schedule(String... crons) {
    return new ScheduleTrigger(List.of(crons), SourceLocation.capture());
  }
  /** {@code workflow_dispatch}: a manual run button, with optional typed inputs. */
  static DispatchTrigger workflowDispatch() {
    return new DispatchTrigger(List.of(), SourceLocation.capture());
  }
  /** {@code workflow_call}: makes this workflow reusable, with inputs, outputs and secrets. */
  static CallTrigger workflowCall() { return CallTrigger.empty(); }
  /** {@code workflow_run}: after the named workflows run. */
  static WorkflowRunTrigger workflowRun(String... workflows) { return WorkflowRunTrigger.of(workflows); }
  /** {@code release} with activity types such as {@code published}. */
  static EventTrigger release(String... types) { return EventTrigger.of("release").types(types); }
  /** {@code merge_group}: runs for the merge queue. */
  static EventTrigger mergeGroup() { return EventTrigger.of("merge_group"); }
  /**
   * Any other event, e.g. {@code Trigger.event("issues").types("opened")}. The validator checks the
   * name against GitHub's list of events.
   */
  static EventTrigger event(String name) { return EventTrigger.of(name); }
}
