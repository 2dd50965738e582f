package dev.gha4j.policy.corpus;

import static dev.gha4j.policy.corpus.Scaffold.ci;
import static dev.gha4j.policy.corpus.Scaffold.jobBuilder;
import static dev.gha4j.policy.corpus.Scaffold.steps;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.ActionRef;
import dev.gha4j.model.Input;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Untrusted text followed through env, outputs and inputs to its sinks (GHA009, GHA018). See {@link Corpus}. */
class TaintCorpusTest {
  private static final ActionRef YQ = new ActionRef("mikefarah/yq", "b534aa9ee5d38001fba3cd8fe254a037e4847b37", "v4.45.4");

  @TestFactory
  Stream<DynamicTest> taint() {
    return Corpus.cases(getClass());
  }

  static Workflow titleThroughJobEnv() {
    return ci(jobBuilder("greet")
        .env("TITLE", Expr.github("event.issue.title"))
        .steps(
            // error: [GHA009] `${{ env.TITLE }}` in run carries github.event.issue.title, text an outsider chooses,
            //   pasted in before the shell reads it, so it can run as code; fix: it is already in the environment:
            //   use "$TITLE" instead of ${{ env.TITLE }}
            Step.run("echo " + Expr.env("TITLE"))).build());
  }

  static Workflow titleThroughStepOutputAndJobOutput() {
    Step.Builder parse = Step.named("Parse").id("parse").env("TITLE", Expr.github("event.pull_request.title"))
        .run("echo \"slug=${TITLE// /-}\" >> \"$GITHUB_OUTPUT\"");
    var first = jobBuilder("first").output("slug", Expr.stepOutput("parse", "slug"))
        .steps(parse,
            // error: [GHA009] `${{ steps.parse.outputs.slug }}` in run carries github.event.pull_request.title, text
            //   an outsider chooses, pasted in before the shell reads it, so it can run as code; fix: pass it through
            //   env: .env("OUTPUTS_SLUG", "${{ steps.parse.outputs.slug }}") and use "$OUTPUTS_SLUG"
            Step.run("git checkout -b " + Expr.stepOutput("parse", "slug"))).build();
    return ci(first, jobBuilder("second").needs(first)
        .steps(
            // error: [GHA009] `${{ needs.first.outputs.slug }}` in run carries github.event.pull_request.title, text
            //   an outsider chooses, pasted in before the shell reads it, so it can run as code; fix: pass it through
            //   env: .env("OUTPUTS_SLUG", "${{ needs.first.outputs.slug }}") and use "$OUTPUTS_SLUG"
            Step.run("echo " + Expr.needsOutput("first", "slug"))).build());
  }

  static Workflow callableInputInScript() {
    return Scaffold.workflow().on(Trigger.workflowCall().input(Input.string("target"), Input.bool("dry-run")))
        .jobs(jobBuilder("deploy").steps(
            // error: [GHA009] `${{ inputs.target }}` in run is text whoever starts the workflow chooses, pasted in
            //   before the shell reads it, so it can run as code; fix: pass it through env: .env("INPUTS_TARGET",
            //   "${{ inputs.target }}") and use "$INPUTS_TARGET"
            Step.run("./deploy.sh " + Expr.inputs("target")),
            Step.run("./deploy.sh --dry-run=" + Expr.inputs("dry-run"))).build())
        .build();
  }

  static Workflow untrustedTextInCodeLikeInput() {
    return steps(
        // error: [GHA009] `${{ github.event.pull_request.title }}` in input 'cmd' of mikefarah/yq is text an outsider
        //   chooses, pasted in before the action reads it, so it can run as code; fix: pass it through env:
        //   .env("PULL_REQUEST_TITLE", Expr.github("event.pull_request.title")) and read the variable
        //   PULL_REQUEST_TITLE in the code
        Step.uses(YQ).with("cmd", "yq '.title = \"" + Expr.github("event.pull_request.title") + "\"' x.yml"));
  }

  static Workflow untrustedTextToGithubEnvAndPath() {
    return steps(
        // error: [GHA018] step 'Title to env' writes to $GITHUB_ENV in a script that reads
        //   github.event.pull_request.title (through $TITLE), text an outsider chooses, so it can set variables such
        //   as LD_PRELOAD or NODE_OPTIONS for every later step; fix: do not write untrusted text to $GITHUB_ENV; hand
        //   it to later steps as a step output, read through env:
        Step.named("Title to env").env("TITLE", Expr.github("event.pull_request.title"))
            .run("echo \"TITLE=$TITLE\" >> \"$GITHUB_ENV\""),
        // error: [GHA009] `${{ github.head_ref }}` in run is text an outsider chooses, pasted in before the shell
        //   reads it, so it can run as code; fix: pass it through env: .env("HEAD_REF", Expr.github("head_ref")) and
        //   use "$HEAD_REF"
        // error: [GHA018] step 'Branch to path' writes to $GITHUB_PATH in a script that reads github.head_ref, text
        //   an outsider chooses, so it can set where later steps find their programs; fix: do not write untrusted
        //   text to $GITHUB_PATH; hand it to later steps as a step output, read through env:
        Step.named("Branch to path").run("echo \"" + Expr.github("head_ref") + "\" >> $GITHUB_PATH"));
  }

  static Workflow okTrustedValuesEverywhere() {
    return Scaffold.workflow().on(Trigger.workflowDispatch().input(Input.choice("stage", "staging", "production")))
        .jobs(jobBuilder("deploy")
            .env("SHA", Expr.github("sha"))
            .steps(
                Step.run("echo " + Expr.env("SHA") + " " + Expr.inputs("stage")),
                Step.named("Title stays in env").env("TITLE", Expr.github("event.pull_request.title"))
                    .run("printf '%s' \"$TITLE\" > title.txt"),
                Step.named("Trusted to env").run("echo \"SHA=" + Expr.github("sha") + "\" >> \"$GITHUB_ENV\""),
                Step.uses(YQ).with("cmd", "yq '.sha = \"" + Expr.github("sha") + "\"' x.yml"))
            .build())
        .build();
  }
}
