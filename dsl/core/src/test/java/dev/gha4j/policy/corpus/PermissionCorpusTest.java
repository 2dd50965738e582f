package dev.gha4j.policy.corpus;

import static dev.gha4j.model.Access.READ;
import static dev.gha4j.model.Access.WRITE;
import static dev.gha4j.policy.corpus.Scaffold.ci;
import static dev.gha4j.policy.corpus.Scaffold.job;
import static dev.gha4j.policy.corpus.Scaffold.jobBuilder;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.Job;
import dev.gha4j.model.Permissions;
import dev.gha4j.model.Scope;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Timeouts and least-privilege permissions. See {@link Corpus}. */
class PermissionCorpusTest {

  @TestFactory
  Stream<DynamicTest> permissions() {
    return Corpus.cases(getClass());
  }

  static Workflow noTopLevelPermissions() {
    // error: [GHA006] workflow 'ci' sets no top-level permissions, so every job without its own gets the repository's
    //   default token, which may write everything; fix: add .permissions(Permissions.contents(Access.READ)) (or
    //   Permissions.none()) and widen it on the job that needs more
    return Workflow.builder("ci").on(Trigger.push())
        // error: [GHA006] job 'build' sets no permissions and neither does the workflow, so it gets the repository's
        //   default token; fix: add .permissions(...) with the scopes its steps use to the job, or
        //   Permissions.contents(Access.READ) to the workflow
        .jobs(job("build", Step.run("make"))).build();
  }

  static Workflow writeAllAtTopAndOnJob() {
    return Scaffold.workflow()
        // error: [GHA007] workflow 'ci' grants write-all to every job; fix: grant contents: read (or none) at the top and
        //   only the scopes a job uses on that job
        .permissions(Permissions.writeAll())
        .jobs(jobBuilder("release")
            // error: [GHA007] job 'release' grants write-all, every scope the token has; fix: grant only the scopes its
            //   steps use, e.g. Permissions.contents(Access.READ)
            .permissions(Permissions.writeAll())
            .steps(Step.run("make")).build())
        .build();
  }

  static Workflow contentsWriteForTests() {
    return ci(jobBuilder("test")
        // error: [GHA008] job 'test' grants contents: write, but no step of it creates a release or pushes; fix:
        //   remove contents: write; if a step needs it in a way gha4j does not know, say which with
        //   .allow(Rule.UNNEEDED_WRITE, "...")
        .permissions(Permissions.contents(WRITE))
        .steps(Step.run("make test")).build());
  }

  static Workflow idTokenWithAccessKeys() {
    return ci(jobBuilder("deploy")
        // error: [GHA008] job 'deploy' grants id-token: write, but no step of it requests an OIDC token; fix: remove
        //   id-token: write; if a step needs it in a way gha4j does not know, say which with
        //   .allow(Rule.UNNEEDED_WRITE, "...")
        .permissions(Permissions.contents(READ).and(Scope.ID_TOKEN, WRITE))
        .steps(Step.uses(Scaffold.AWS_CREDENTIALS)
            .with("aws-access-key-id", Expr.secrets("AWS_ACCESS_KEY_ID"))
            .with("aws-secret-access-key", Expr.secrets("AWS_SECRET_ACCESS_KEY"))
            .with("aws-region", "eu-west-1")).build());
  }

  static Workflow securityEventsWithoutUpload() {
    return ci(jobBuilder("scan")
        // error: [GHA008] job 'scan' grants security-events: write, but no step of it uploads code scanning results;
        //   fix: remove security-events: write; if a step needs it in a way gha4j does not know, say which with
        //   .allow(Rule.UNNEEDED_WRITE, "...")
        .permissions(Permissions.contents(READ).and(Scope.SECURITY_EVENTS, WRITE))
        .steps(Step.run("trivy fs --exit-code 1 .")).build());
  }

  static Workflow topLevelWriteReachesEveryJob() {
    return Workflow.builder("release").on(Trigger.push().tags("v*"))
        // error: [GHA008] workflow 'release' grants contents: write to every job, but job 'test' never creates a
        //   release or pushes; fix: grant contents: read at the top and contents: write only on the job that creates
        //   a release or pushes
        .permissions(Permissions.contents(WRITE))
        .jobs(job("test", Step.run("make test")),
            job("publish", Step.uses(Scaffold.GH_RELEASE).with("generate_release_notes", true)))
        .build();
  }

  static Workflow okWritesThatAreUsed() {
    return ci(
        jobBuilder("publish").permissions(Permissions.contents(WRITE))
            .steps(Step.uses(Scaffold.GH_RELEASE).with("generate_release_notes", true)).build(),
        jobBuilder("tag").permissions(Permissions.contents(WRITE))
            .steps(Step.run("git tag \"v$VERSION\"\ngit push origin \"v$VERSION\"")).build(),
        jobBuilder("deploy").permissions(Permissions.contents(READ).and(Scope.ID_TOKEN, WRITE))
            .steps(Step.uses(Scaffold.AWS_CREDENTIALS)
                .with("role-to-assume", "arn:aws:iam::123456789012:role/deploy")
                .with("aws-region", "eu-west-1")).build(),
        jobBuilder("comment").permissions(Permissions.of(Scope.PULL_REQUESTS, WRITE))
            .steps(Step.run("gh api -X POST \"repos/$REPO/issues/$PR/comments\" -f body=done")).build());
  }

  static Workflow okSingleJobInheritsWhatItUses() {
    return Workflow.builder("release").on(Trigger.push().tags("v*"))
        .permissions(Permissions.contents(WRITE))
        .jobs(job("publish", Step.uses(Scaffold.GH_RELEASE).with("generate_release_notes", true)))
        .build();
  }

  static Workflow missingTimeout() {
    // error: [GHA005] job 'build' has no timeout-minutes, so a hung step holds the runner for GitHub's default of 6
    //   hours; fix: add .timeoutMinutes(n) with a little more than the job's usual time
    return ci(Job.builder("build").runsOn("ubuntu-latest").steps(Step.run("make")).build());
  }

  static Workflow okCallerNeedsNoTimeout() {
    return ci(Job.calling("reuse", "$/.github/workflows/build.yml").build());
  }
}
