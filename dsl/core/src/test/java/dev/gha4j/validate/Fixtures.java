package dev.gha4j.validate;

import dev.gha4j.api.Problem;
import dev.gha4j.model.Job;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import dev.gha4j.source.LocatedAtCaller;
import dev.gha4j.source.SourceLocation;

/**
 * Valid building blocks for validator tests, so each test adds exactly one mistake, and the
 * expected location of a problem. Elements built here point at the test's line.
 */
@LocatedAtCaller
final class Fixtures {
  private Fixtures() {}

  private static final StackWalker WALKER = StackWalker.getInstance();

  /** The line this is called from: call it on the line that builds the faulty element. */
  static int line() {
    return WALKER.walk(frames -> frames.skip(1).findFirst()).orElseThrow().getLineNumber();
  }

  /** The problem expected at {@code line} of the calling test's file. */
  static Problem problem(int line, String message) {
    StackWalker.StackFrame caller = WALKER.walk(frames -> frames.skip(1).findFirst()).orElseThrow();
    return new Problem(new SourceLocation(caller.getClassName(), caller.getFileName(), line), message);
  }

  /** A valid job {@code id} running {@code make} on ubuntu-latest. */
  static Job.Builder job(String id) {
    return Job.builder(id).runsOn("ubuntu-latest").steps(Step.run("make"));
  }

  /** A valid workflow {@code ci} on push, to which a test adds jobs. */
  static Workflow.Builder workflow() {
    return Workflow.builder("ci").on(Trigger.push());
  }
}
