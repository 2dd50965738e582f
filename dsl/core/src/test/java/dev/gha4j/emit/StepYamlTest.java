package dev.gha4j.emit;

import static dev.gha4j.emit.Render.steps;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.ActionRef;
import dev.gha4j.model.Step;
import org.junit.jupiter.api.Test;

/** The keys of a step, their forms and their order. */
class StepYamlTest {

  static final ActionRef CHECKOUT =
      new ActionRef("actions/checkout", "11bd71901bbe5b1630ceea73d27597364c9af683", "v4.2.2");

  @Test
  void aPinnedActionCarriesItsVersionAsAComment() {
    assertThat(steps(Step.uses(CHECKOUT))).isEqualTo("""
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
        """);
    assertThat(WorkflowYaml.parse(Render.yaml(Render.workflow(Render.job().steps(Step.uses(CHECKOUT)).build())))
        .at("/jobs/build/steps/0/uses").stringValue())
        .isEqualTo("actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683");
  }

  @Test
  void aUsesCommentFollowsTheVersionOrTheRawReferenceOnOneLine() {
    assertThat(steps(Step.uses(CHECKOUT).usesComment("zizmor: ignore[artipacked]"),
        Step.uses("actions/cache@55cc8345863c7cc4c66a329aec7e433d2d1c52a9").usesComment("pin to v7.0.0 (see #123)"),
        Step.uses("./x # y").usesComment("two\nlines"))).isEqualTo("""
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2 zizmor: ignore[artipacked]
              - uses: actions/cache@55cc8345863c7cc4c66a329aec7e433d2d1c52a9 # pin to v7.0.0 (see #123)
              - uses: "./x # y" # two lines
        """);
  }

  @Test
  void aRawUsesIsWrittenAsGiven() {
    assertThat(steps(Step.uses("./.github/actions/setup"), Step.uses("docker://alpine:3.20"))).isEqualTo("""
              - uses: ./.github/actions/setup
              - uses: docker://alpine:3.20
        """);
  }

  @Test
  void withValuesKeepTheirType() {
    Step step = Step.uses(CHECKOUT).with("ref", "main").with("fetch-depth", 0).with("lfs", true)
        .with("token", Expr.secrets("PAT")).with("path", "0755").with("clean", "false").build();
    assertThat(steps(step)).isEqualTo("""
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  ref: main
                  fetch-depth: 0
                  lfs: true
                  token: ${{ secrets.PAT }}
                  path: "0755"
                  clean: "false"
        """);
  }

  @Test
  void aOneLineScriptIsPlain() {
    assertThat(steps(Step.named("Test").run("pytest -q --cov=app"))).isEqualTo("""
              - name: Test
                run: pytest -q --cov=app
        """);
  }

  @Test
  void aMultiLineScriptIsALiteralBlock() {
    assertThat(steps(Step.run("set -euo pipefail\nif [ -n \"$X\" ]; then\n  echo \"x: $X\" # note\nfi\n")))
        .isEqualTo("""
              - run: |
                  set -euo pipefail
                  if [ -n "$X" ]; then
                    echo "x: $X" # note
                  fi
        """);
    assertThat(steps(Step.run("echo one\necho two"))).isEqualTo("""
              - run: |-
                  echo one
                  echo two
        """);
  }

  @Test
  void stepKeysFollowGitHubsDocumentedOrder() {
    // Set in reverse order; uses and run together only to see where each goes (the validator refuses it).
    Step step = Step.run("make").continueOnError(true).timeoutMinutes(5).env("A", "b").workingDirectory("src")
        .shell("bash").with("x", "y").uses(CHECKOUT).when(Expr.success()).name("Build").id("build").build();
    assertThat(steps(step)).isEqualTo("""
              - id: build
                name: Build
                if: success()
                uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  x: "y"
                run: make
                shell: bash
                working-directory: src
                env:
                  A: b
                timeout-minutes: 5
                continue-on-error: true
        """);
  }

  @Test
  void conditionsAndExpressionValuedKeys() {
    Step step = Step.run("./notify").when("${{ failure() && github.ref == 'refs/heads/main' }}")
        .env("TITLE", Expr.github("event.pull_request.title")).continueOnError(Expr.vars("SOFT_FAIL").eq("1"))
        .timeoutMinutes(Expr.fromJson(Expr.vars("TIMEOUT"))).build();
    assertThat(steps(step)).isEqualTo("""
              - if: failure() && github.ref == 'refs/heads/main'
                run: ./notify
                env:
                  TITLE: ${{ github.event.pull_request.title }}
                timeout-minutes: ${{ fromJSON(vars.TIMEOUT) }}
                continue-on-error: ${{ vars.SOFT_FAIL == '1' }}
        """);
  }

  @Test
  void aStepOutputIsAnExpressionOverItsId() {
    assertThat(Step.run("echo").id("meta").build().output("tags").embed()).isEqualTo("${{ steps.meta.outputs.tags }}");
  }
}
