package dev.gha4j.policy.corpus;

import static dev.gha4j.policy.corpus.Scaffold.checkout;
import static dev.gha4j.policy.corpus.Scaffold.ci;
import static dev.gha4j.policy.corpus.Scaffold.job;
import static dev.gha4j.policy.corpus.Scaffold.steps;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.ActionRef;
import dev.gha4j.model.Job;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Rules about the actions a workflow uses and how it checks code out. See {@link Corpus}. */
class ActionCorpusTest {
  private static final String SHA = "49933ea5288caeca8642d1e84afbd3f7d6820020";

  @TestFactory
  Stream<DynamicTest> actions() {
    return Corpus.cases(getClass());
  }

  static Workflow branchAndTagRefs() {
    return steps(
        // error: [GHA003] step uses `actions/setup-node@main`: 'main' is a branch or tag, which can be moved to other
        //   code; fix: pin the full commit SHA, `actions/setup-node@<40-hex sha> # <tag>`, or use a typed binding
        Step.uses("actions/setup-node@main"),
        // error: [GHA003] step uses `actions/setup-node@v4.4.0`: 'v4.4.0' is a branch or tag, which can be moved to
        //   other code; fix: pin the full commit SHA, `actions/setup-node@<40-hex sha> # <tag>`, or use a typed
        //   binding
        Step.uses("actions/setup-node@v4.4.0"));
  }

  static Workflow missingRefAndDockerTag() {
    return steps(
        // error: [GHA003] step uses `actions/setup-node` without a ref; fix: pin the full commit SHA,
        //   `actions/setup-node@<40-hex sha> # <tag>`, or use a typed binding
        Step.uses("actions/setup-node"),
        // error: [GHA003] step uses `docker://alpine:3.20`, an image not pinned by digest; fix: pin the digest:
        //   docker://<image>@sha256:<digest>
        Step.uses("docker://alpine:3.20"));
  }

  static Workflow reusableWorkflowAtBranch() {
    // error: [GHA003] job 'deploy' calls `octo-org/shared/.github/workflows/deploy.yml@main`: 'main' is a branch or
    //   tag, which can be moved to other code; fix: pin the full commit SHA:
    //   `octo-org/shared/.github/workflows/deploy.yml@<40-hex sha>`
    return ci(Job.calling("deploy", "octo-org/shared/.github/workflows/deploy.yml@main").build());
  }

  static Workflow okPinnedRefs() {
    return ci(
        job("build",
            Step.uses("actions/setup-node@" + SHA),
            Step.uses("$/.github/actions/setup"),
            Step.uses("docker://alpine@sha256:" + "a".repeat(64))),
        Job.calling("deploy", "$/.github/workflows/deploy.yml").build(),
        Job.calling("shared", "octo-org/shared/.github/workflows/deploy.yml@" + SHA).build());
  }

  static Workflow deprecatedEvenWhenTyped() {
    return steps(
        // error: [GHA004] step uses `actions/upload-release-asset@49933ea5288caeca8642d1e84afbd3f7d6820020`, but
        //   actions/upload-release-asset is archived and unmaintained; action-gh-release uploads assets itself; fix:
        //   use softprops/action-gh-release
        Step.uses(new ActionRef("actions/upload-release-asset", SHA, "v1.0.2")));
  }

  static Workflow pullRequestTargetChecksOutHead() {
    return Scaffold.workflow().on(Trigger.pullRequestTarget()).jobs(job("label",
        // error: [GHA010] actions/checkout with ref: ${{ github.event.pull_request.head.sha }} fetches the code of
        //   the pull request (possibly from a fork) into a pull_request_target workflow, which has secrets and a
        //   write token; fix: check out the base commit (drop ref:), or build untrusted code in a pull_request
        //   workflow and hand results over as artifacts
        checkout().with("ref", Expr.github("event.pull_request.head.sha")))).build();
  }

  static Workflow workflowRunChecksOutHead() {
    return Scaffold.workflow().on(Trigger.workflowRun("CI").types("completed")).jobs(job("report",
        // error: [GHA010] actions/checkout with ref: ${{ github.event.workflow_run.head_sha }} fetches the code of
        //   the run that triggered it (possibly from a fork) into a workflow_run workflow, which has secrets and a
        //   write token; fix: check out the base commit (drop ref:), or build untrusted code in a pull_request
        //   workflow and hand results over as artifacts
        checkout().with("ref", Expr.github("event.workflow_run.head_sha")))).build();
  }

  static Workflow okPullRequestTargetChecksOutBase() {
    return Scaffold.workflow().on(Trigger.pullRequestTarget()).jobs(job("label", checkout())).build();
  }

  static Workflow persistedCredentialsThenScript() {
    return steps(
        // error: [GHA011] actions/checkout leaves the token in .git/config, and the later run step 'Build' of job
        //   'build' (and everything it starts) can read it; fix: add .with("persist-credentials", false); a step that
        //   must push can be given the token explicitly
        Step.uses(Scaffold.CHECKOUT),
        Step.named("Build").run("make"));
  }

  static Workflow okPersistedCredentialsWithoutScripts() {
    return steps(Step.uses(Scaffold.CHECKOUT), Step.uses("actions/setup-node@" + SHA));
  }
}
