package dev.gha4j.policy.corpus;

import static dev.gha4j.policy.corpus.Scaffold.ci;
import static dev.gha4j.policy.corpus.Scaffold.jobBuilder;
import static dev.gha4j.policy.corpus.Scaffold.steps;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.Step;
import dev.gha4j.model.Workflow;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Conditions and expressions that do not mean what they say (GHA024 to GHA028). See {@link Corpus}. */
class ConditionCorpusTest {

  @TestFactory
  Stream<DynamicTest> conditions() {
    return Corpus.cases(getClass());
  }

  static Workflow botActorTests() {
    // error: [GHA024] the if: of job 'automerge' tests `github.actor == 'dependabot[bot]'`, but github.actor is
    //   whoever last acted on the run (e.g. the bot, after someone else pushed to its branch), so an attacker can
    //   make it true; fix: test who opened the pull request, github.event.pull_request.user.login, and what it
    //   changes; a bot's pull request can carry commits from anyone
    return ci(jobBuilder("automerge").when("github.actor == 'dependabot[bot]'")
        .steps(
            // error: [GHA024] the if: of step 'gh pr merge --auto' tests `github['ACTOR_ID'] == 49699333`, but
            //   github.actor is whoever last acted on the run (e.g. the bot, after someone else pushed to its
            //   branch), so an attacker can make it true; fix: test who opened the pull request,
            //   github.event.pull_request.user.login, and what it changes; a bot's pull request can carry commits
            //   from anyone
            Step.run("gh pr merge --auto").when("${{ github['ACTOR_ID'] == 49699333 }}")).build());
  }

  static Workflow containsOnAString() {
    return steps(
        // error: [GHA025] the if: of step './deploy.sh' tests `contains('main,develop', github.ref_name)`, a
        //   substring test on text, so any part of it (a branch named 'mai' or 'n,dev') passes too; fix: test against
        //   a list: contains(fromJSON('["main", "develop"]'), github.ref_name), or compare with ==
        Step.run("./deploy.sh").when("contains('main,develop', github.ref_name)"));
  }

  static Workflow textAroundTheExpression() {
    return steps(
        // error: [GHA026] the if: of step './deploy.sh', `${{ github.ref == 'refs/heads/main' }}\n`, has text outside
        //   its ${{ }}, so GitHub reads it as a non-empty string, which is always true; fix: make the whole if: one
        //   expression: .when(Expr...) or "${{ ... }}" with nothing around it (in YAML, a block scalar needs |- or >-
        //   so that no line break is left)
        Step.run("./deploy.sh").when("${{ github.ref == 'refs/heads/main' }}\n"),
        // error: [GHA026] the if: of step './deploy.sh', `true && ${{ false }}`, has text outside its ${{ }}, so
        //   GitHub reads it as a non-empty string, which is always true; fix: make the whole if: one expression:
        //   .when(Expr...) or "${{ ... }}" with nothing around it (in YAML, a block scalar needs |- or >- so that no
        //   line break is left)
        Step.run("./deploy.sh").when("true && ${{ false }}"));
  }

  static Workflow falsyMiddleOfATernary() {
    return steps(
        // error: [GHA027] env.LEVEL of step 'echo "$LEVEL"' uses `github.event_name == 'push' && '' || 'debug'` as
        //   if-then-else, but its middle value is falsy, so the result is always the fallback; fix: use
        //   case(condition, value, fallback), or a value that is never empty
        Step.run("echo \"$LEVEL\"").env("LEVEL", "${{ github.event_name == 'push' && '' || 'debug' }}"));
  }

  static Workflow obfuscatedUsesAndConstants() {
    return steps(
        // error: [GHA028] step uses `actions/checkout////`, a path with empty, . or .. parts that hides which action
        //   runs; fix: write the action's plain path, owner/repo[/path]
        Step.uses("actions/checkout////@11bd71901bbe5b1630ceea73d27597364c9af683"),
        // error: [GHA028] run of step 'echo ${{ format('{0}', 'abc') }} ${{ 1 != 2 }}' computes `1 != 2`, which reads
        //   no context: a constant in disguise; fix: write the value itself
        // error: [GHA028] run of step 'echo ${{ format('{0}', 'abc') }} ${{ 1 != 2 }}' computes `format('{0}',
        //   'abc')`, which reads no context: a constant in disguise; fix: write the value itself
        Step.run("echo ${{ format('{0}', 'abc') }} ${{ 1 != 2 }}"));
  }

  static Workflow okConditionsAndExpressions() {
    return ci(jobBuilder("automerge").when("github.event.pull_request.user.login == 'dependabot[bot]'")
        .steps(
            Step.run("./deploy.sh").when("contains(fromJSON('[\"main\", \"develop\"]'), github.ref_name)"),
            Step.run("./deploy.sh").when(Expr.github("ref").eq(Expr.literal("refs/heads/main"))),
            Step.run("./deploy.sh").when("${{ github.event_name == 'push' }}"),
            Step.run("./skip.sh").when("false"),
            Step.run("echo \"$LEVEL\"").env("LEVEL", "${{ github.event_name == 'push' && 'info' || 'debug' }}"),
            Step.run("echo ${{ format('{0}-{1}', github.ref_name, 'x') }} ${{ hashFiles('**/lock') }}"))
        .build());
  }
}
