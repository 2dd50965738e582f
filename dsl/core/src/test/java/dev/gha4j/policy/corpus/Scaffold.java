package dev.gha4j.policy.corpus;

import static dev.gha4j.model.Access.READ;

import dev.gha4j.model.ActionRef;
import dev.gha4j.model.ActionScopes;
import dev.gha4j.model.Job;
import dev.gha4j.model.Permissions;
import dev.gha4j.model.Scope;
import dev.gha4j.model.Step;
import dev.gha4j.model.StepSource;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import dev.gha4j.source.LocatedAtCaller;

/**
 * The valid parts around each corpus case, so that a case shows only what is wrong with it.
 * Like a typed action binding, whatever it makes is located at the corpus line that calls it.
 */
@LocatedAtCaller
final class Scaffold {
  // As typed bindings declare them: each ActionRef carries the write scopes its manifest names.
  static final ActionRef CHECKOUT = new ActionRef("actions/checkout", "11bd71901bbe5b1630ceea73d27597364c9af683", "v4.2.2",
      ActionScopes.none());
  static final ActionRef GITHUB_SCRIPT =
      new ActionRef("actions/github-script", "60a0d83039c74a4aee543508d2ffcb1c3799cdea", "v7.0.1", ActionScopes.any());
  static final ActionRef GH_RELEASE =
      new ActionRef("softprops/action-gh-release", "c95fe1489396fe8a9eb87c0abf8aa5b2ef267fda", "v2.2.1",
          ActionScopes.of(ActionScopes.Need.always(Scope.CONTENTS)));
  static final ActionRef AWS_CREDENTIALS =
      new ActionRef("aws-actions/configure-aws-credentials", "ececac1a45f3b08a01d2dd070d28d111c5fe6722", "v4.1.0",
          ActionScopes.of(ActionScopes.Need.when(Scope.ID_TOKEN, "role-to-assume")));

  private Scaffold() {}

  /** Workflow {@code ci} on push, {@code contents: read}, with these jobs. */
  static Workflow ci(Job... jobs) {
    return workflow().jobs(jobs).build();
  }

  /** Workflow {@code ci} on push with {@code contents: read}, to add to. */
  static Workflow.Builder workflow() {
    return workflow("ci");
  }

  /** A workflow written to {@code <file>.yml}, on push with {@code contents: read}, to add to. */
  static Workflow.Builder workflow(String file) {
    return Workflow.builder(file).on(Trigger.push()).permissions(Permissions.contents(READ));
  }

  /** A job on ubuntu-latest with a timeout and these steps. */
  static Job job(String id, StepSource... steps) {
    return jobBuilder(id).steps(steps).build();
  }

  /** A job on ubuntu-latest with a timeout, to add to. */
  static Job.Builder jobBuilder(String id) {
    return Job.builder(id).runsOn("ubuntu-latest").timeoutMinutes(10);
  }

  /** Workflow {@code ci} with one job {@code build} running these steps. */
  static Workflow steps(StepSource... steps) {
    return ci(job("build", steps));
  }

  /** actions/checkout with {@code persist-credentials: false}. */
  static Step.Builder checkout() {
    return Step.uses(CHECKOUT).with("persist-credentials", false);
  }
}
