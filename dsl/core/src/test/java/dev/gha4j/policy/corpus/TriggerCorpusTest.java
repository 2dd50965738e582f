package dev.gha4j.policy.corpus;

import static dev.gha4j.policy.corpus.Scaffold.jobBuilder;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.Access;
import dev.gha4j.model.Job;
import dev.gha4j.model.Permissions;
import dev.gha4j.model.RunsOn;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Privileged triggers, self-hosted runners, checkouts of a fork's code in scripts (GHA010, GHA019, GHA020). */
class TriggerCorpusTest {

  @TestFactory
  Stream<DynamicTest> triggers() {
    return Corpus.cases(getClass());
  }

  static Workflow pullRequestTargetWithSecret() {
    return Workflow.builder("label")
        // error: [GHA019] workflow 'label' runs on pull_request_target for code and text from forks and reads
        //   secrets.BOT_TOKEN, so one injection or checkout of the fork's code gives that away; fix: run untrusted
        //   work in a pull_request workflow without secrets and hand results over as artifacts; keep
        //   pull_request_target jobs to permissions: {} and no secrets
        .on(Trigger.pullRequestTarget())
        .permissions(Permissions.none())
        .jobs(jobBuilder("label").steps(Step.run("./label.sh").env("TOKEN", Expr.secrets("BOT_TOKEN"))).build())
        .build();
  }

  static Workflow workflowRunWithWriteToken() {
    return Workflow.builder("report")
        // error: [GHA019] workflow 'report' runs on workflow_run for code and text from forks and gives job 'comment'
        //   a token that can write, so one injection or checkout of the fork's code gives that away; fix: run
        //   untrusted work in a pull_request workflow without secrets and hand results over as artifacts; keep
        //   workflow_run jobs to permissions: {} and no secrets
        .on(Trigger.workflowRun("CI"))
        .permissions(Permissions.none())
        .jobs(jobBuilder("comment").permissions(Permissions.of(dev.gha4j.model.Scope.PULL_REQUESTS, Access.WRITE))
            .allow(dev.gha4j.policy.Rule.UNNEEDED_WRITE, "the comment script is not shown here")
            .steps(Step.run("./comment.sh")).build())
        .build();
  }

  static Workflow forkCodeFetchedInScript() {
    return Workflow.builder("bench")
        .on(Trigger.pullRequestTarget())
        .permissions(Permissions.none())
        .jobs(jobBuilder("bench").steps(
            // error: [GHA010] `git fetch origin pull/${{ … }}/head:pr` fetches the pull request's code (possibly from
            //   a fork) into a pull_request_target workflow, which has secrets and a write token; any build or script
            //   of it runs with them; fix: build untrusted code in a pull_request workflow and hand results over as
            //   artifacts
            Step.run("git fetch origin pull/" + Expr.github("event.number") + "/head:pr && git checkout pr"),
            // error: [GHA010] `gh pr checkout ${{ … }}` fetches the pull request's code (possibly from a fork) into a
            //   pull_request_target workflow, which has secrets and a write token; any build or script of it runs
            //   with them; fix: build untrusted code in a pull_request workflow and hand results over as artifacts
            Step.run("gh pr checkout " + Expr.github("event.number"))).build())
        .build();
  }

  static Workflow selfHostedForPullRequests() {
    return Scaffold.workflow("ci").on(Trigger.pullRequest())
        // error: [GHA020] job 'build' runs on a self-hosted runner in a workflow that runs on pull_request, so code
        //   or text from a fork runs on a machine that outlives the job; fix: use a GitHub-hosted runner for
        //   pull_request, or an ephemeral self-hosted runner restricted to private repositories and approved
        //   workflows
        .jobs(Job.builder("build").runsOn(RunsOn.labels("self-hosted", "linux")).timeoutMinutes(10)
            .steps(Step.run("make")).build())
        .build();
  }

  static Workflow okPrivilegedTriggerWithNothingToSteal() {
    return Workflow.builder("triage")
        .on(Trigger.pullRequestTarget())
        .permissions(Permissions.none())
        .jobs(jobBuilder("triage").steps(Step.run("echo " + Expr.github("event.number"))).build())
        .build();
  }

  static Workflow okSelfHostedOnPush() {
    return Scaffold.workflow("build")
        .jobs(Job.builder("build").runsOn(RunsOn.labels("self-hosted", "linux")).timeoutMinutes(10)
            .steps(Step.run("make")).build())
        .build();
  }
}
