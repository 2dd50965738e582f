package dev.gha4j.emit;

import static dev.gha4j.emit.Render.on;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.Input;
import dev.gha4j.model.Trigger;
import org.junit.jupiter.api.Test;

/** Every trigger under {@code on:} with each of its filters. */
class TriggerYamlTest {

  @Test
  void anUnfilteredEventIsAnEmptyMapping() {
    assertThat(on(Trigger.push(), Trigger.pullRequest(), Trigger.mergeGroup())).isEqualTo("""
        on:
          push: {}
          pull_request: {}
          merge_group: {}
        """);
  }

  @Test
  void pushWithEveryFilterInDocumentedOrder() {
    // Called in reverse order; written as GitHub documents them.
    Trigger push = Trigger.push().pathsIgnore("docs/**").paths("src/**", "pom.xml").tagsIgnore("v0.*")
        .tags("v*").branchesIgnore("wip/**").branches("main", "releases/**");
    assertThat(on(push)).isEqualTo("""
        on:
          push:
            branches:
              - main
              - releases/**
            branches-ignore:
              - wip/**
            tags:
              - v*
            tags-ignore:
              - v0.*
            paths:
              - src/**
              - pom.xml
            paths-ignore:
              - docs/**
        """);
  }

  @Test
  void pullRequestWithBranchesPathsAndTypes() {
    Trigger pr = Trigger.pullRequest().branches("main").paths("apps/web/**").types("opened", "synchronize");
    assertThat(on(pr)).isEqualTo("""
        on:
          pull_request:
            branches:
              - main
            paths:
              - apps/web/**
            types:
              - opened
              - synchronize
        """);
  }

  @Test
  void pullRequestTargetWithIgnoreFilters() {
    Trigger prt = Trigger.pullRequestTarget().branchesIgnore("gh-pages").pathsIgnore("**.md").types("labeled");
    assertThat(on(prt)).isEqualTo("""
        on:
          pull_request_target:
            branches-ignore:
              - gh-pages
            paths-ignore:
              - "**.md"
            types:
              - labeled
        """);
  }

  @Test
  void scheduleWithSeveralCrons() {
    assertThat(on(Trigger.schedule("30 5 * * 1-5", "*/15 * * * *", "0 0 1 JAN *"))).isEqualTo("""
        on:
          schedule:
            - cron: 30 5 * * 1-5
            - cron: "*/15 * * * *"
            - cron: 0 0 1 JAN *
        """);
  }

  @Test
  void workflowDispatchWithEveryInputType() {
    Trigger dispatch = Trigger.workflowDispatch().input(
        Input.string("version").description("Release version").required().defaultValue("1.0"),
        Input.bool("dry-run").description("Only print").defaultValue(true),
        Input.number("shards").defaultValue(4),
        Input.choice("level", "info", "debug").defaultValue("info"),
        Input.environment("target").required());
    assertThat(on(dispatch)).isEqualTo("""
        on:
          workflow_dispatch:
            inputs:
              version:
                description: Release version
                required: true
                default: "1.0"
                type: string
              dry-run:
                description: Only print
                default: true
                type: boolean
              shards:
                default: 4
                type: number
              level:
                default: info
                type: choice
                options:
                  - info
                  - debug
              target:
                required: true
                type: environment
        """);
  }

  @Test
  void workflowDispatchWithoutInputs() {
    assertThat(on(Trigger.workflowDispatch())).isEqualTo("""
        on:
          workflow_dispatch: {}
        """);
  }

  @Test
  void workflowCallWithInputsOutputsAndSecrets() {
    Trigger call = Trigger.workflowCall()
        .input(Input.string("environment").required(), Input.bool("migrate").defaultValue(false))
        .output("image", "The pushed image", Expr.needsOutput("build", "image"))
        .output("digest", "Its digest", "${{ jobs.build.outputs.digest }}")
        .secret("REGISTRY_TOKEN", "Pushes the image", true)
        .secret("SLACK_WEBHOOK", "Optional notification", false);
    assertThat(on(call)).isEqualTo("""
        on:
          workflow_call:
            inputs:
              environment:
                required: true
                type: string
              migrate:
                default: false
                type: boolean
            outputs:
              image:
                description: The pushed image
                value: ${{ needs.build.outputs.image }}
              digest:
                description: Its digest
                value: ${{ jobs.build.outputs.digest }}
            secrets:
              REGISTRY_TOKEN:
                description: Pushes the image
                required: true
              SLACK_WEBHOOK:
                description: Optional notification
                required: false
        """);
  }

  @Test
  void workflowRunWithTypesAndBranches() {
    assertThat(on(Trigger.workflowRun("CI", "Nightly").types("completed").branches("main"))).isEqualTo("""
        on:
          workflow_run:
            workflows:
              - CI
              - Nightly
            types:
              - completed
            branches:
              - main
        """);
    assertThat(on(Trigger.workflowRun("CI").branchesIgnore("dependabot/**"))).isEqualTo("""
        on:
          workflow_run:
            workflows:
              - CI
            branches-ignore:
              - dependabot/**
        """);
  }

  @Test
  void releaseMergeGroupAndAGenericEvent() {
    assertThat(on(Trigger.release("published", "prereleased"), Trigger.mergeGroup(),
        Trigger.event("issue_comment").types("created"), Trigger.event("fork"))).isEqualTo("""
        on:
          release:
            types:
              - published
              - prereleased
          merge_group: {}
          issue_comment:
            types:
              - created
          fork: {}
        """);
  }

  @Test
  void triggersKeepTheOrderTheyWereGiven() {
    assertThat(on(Trigger.schedule("0 0 * * *"), Trigger.workflowDispatch(), Trigger.push())).isEqualTo("""
        on:
          schedule:
            - cron: 0 0 * * *
          workflow_dispatch: {}
          push: {}
        """);
  }
}
