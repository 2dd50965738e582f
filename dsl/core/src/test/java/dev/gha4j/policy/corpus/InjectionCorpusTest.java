package dev.gha4j.policy.corpus;

import static dev.gha4j.policy.corpus.Scaffold.ci;
import static dev.gha4j.policy.corpus.Scaffold.jobBuilder;
import static dev.gha4j.policy.corpus.Scaffold.steps;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.Container;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Untrusted text in scripts, secrets in conditions, credentials written into a workflow. See {@link Corpus}. */
class InjectionCorpusTest {

  @TestFactory
  Stream<DynamicTest> injection() {
    return Corpus.cases(getClass());
  }

  static Workflow pullRequestTitleInRun() {
    return steps(
        // error: [GHA009] `${{ github.event.pull_request.title }}` in run is text an outsider chooses, pasted in
        //   before the shell reads it, so it can run as code; fix: pass it through env: .env("PULL_REQUEST_TITLE",
        //   Expr.github("event.pull_request.title")) and use "$PULL_REQUEST_TITLE"
        Step.run("echo \"Title: " + Expr.github("event.pull_request.title") + "\""));
  }

  static Workflow headRefAndFallback() {
    return steps(
        // error: [GHA009] `${{ github.head_ref }}` in run is text an outsider chooses, pasted in before the shell
        //   reads it, so it can run as code; fix: pass it through env: .env("HEAD_REF", Expr.github("head_ref")) and
        //   use "$HEAD_REF"
        Step.run("git checkout " + Expr.github("head_ref")),
        // error: [GHA009] `${{ github.event.issue.title }}` in run is text an outsider chooses, pasted in before the
        //   shell reads it, so it can run as code; fix: pass it through env: .env("ISSUE_TITLE",
        //   Expr.github("event.issue.title")) and use "$ISSUE_TITLE"
        Step.run("echo ${{ github.event.issue.title || 'untitled' }}"));
  }

  static Workflow commitMessagesByWildcardAndIndex() {
    return steps(
        // error: [GHA009] `${{ github.event.commits.*.message }}` in run is text an outsider chooses, pasted in
        //   before the shell reads it, so it can run as code; fix: pass it through env: .env("COMMITS_MESSAGE",
        //   Expr.github("event.commits.*.message")) and use "$COMMITS_MESSAGE"
        // error: [GHA009] `${{ github.event.commits[0].Author.Name }}` in run is text an outsider chooses, pasted in
        //   before the shell reads it, so it can run as code; fix: pass it through env: .env("AUTHOR_NAME", "${{
        //   github.event.commits[0].Author.Name }}") and use "$AUTHOR_NAME"
        Step.run("""
            echo "${{ join(github.event.commits.*.message, ' ') }}"
            echo "${{ github.event.commits[0].Author.Name }}"
            """));
  }

  static Workflow wholeEventAsJson() {
    return steps(
        // error: [GHA009] `${{ toJSON(github.event) }}` in run is text an outsider chooses, pasted in before the
        //   shell reads it, so it can run as code; fix: pass it through env: .env("EVENT_JSON", "${{
        //   toJSON(github.event) }}") and use "$EVENT_JSON"
        Step.run("echo '${{ toJSON(github.event) }}' > event.json"));
  }

  static Workflow commentBodyInGithubScript() {
    return steps(
        // error: [GHA009] `${{ github.event.comment.body }}` in the script of actions/github-script is text an
        //   outsider chooses, pasted in before JavaScript reads it, so it can run as code; fix: pass it through env:
        //   .env("COMMENT_BODY", Expr.github("event.comment.body")) and read process.env.COMMENT_BODY
        Step.uses(Scaffold.GITHUB_SCRIPT).with("script", """
            const body = `${{ github.event.comment.body }}`;
            core.info(body);
            """));
  }

  static Workflow okUntrustedTextPassedSafely() {
    return steps(
        Step.run("echo \"$PR_TITLE\"").env("PR_TITLE", Expr.github("event.pull_request.title")),
        Step.run("echo " + Expr.contains(Expr.github("event.pull_request.title"), Expr.literal("[skip]"))),
        Step.run("echo " + Expr.github("event.pull_request.number")));
  }

  static Workflow secretsInConditions() {
    // error: if reads 'secrets', which GitHub does not provide here (available: github, inputs, needs, vars); fix:
    //   test a configuration variable (Expr.vars("...")) instead, or move the test into a step
    return ci(jobBuilder("deploy").when("secrets.DEPLOY_KEY != ''")
        .steps(
            // error: if reads 'secrets', which GitHub does not provide here (available: env, github, inputs, job,
            //   matrix, needs, runner, steps, strategy, vars); fix: map it to an env variable of the job, e.g.
            //   .env("HAS_KEY", Expr.secrets("KEY").ne("")), and test Expr.env("HAS_KEY").eq("true")
            Step.run("./deploy.sh").when(Expr.secrets("DEPLOY_KEY").ne(""))).build());
  }

  static Workflow credentialsWrittenIn() {
    // error: [GHA013] env.SLACK_WEBHOOK_URL of workflow 'ci' holds what looks like a Slack webhook URL
    //   (hooks.slack.com/services/T…); fix: revoke it, store it as a repository secret and use Expr.secrets("NAME")
    return Scaffold.workflow()
        .env("SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/T0123ABCD/B0123ABCD/abcdefABCDEF0123456789ab")
        // error: [GHA013] env.AWS_ACCESS_KEY_ID of job 'deploy' holds what looks like an AWS access key id (AKIA…);
        //   fix: revoke it, store it as a repository secret and use Expr.secrets("NAME")
        .jobs(jobBuilder("deploy")
            .env("AWS_ACCESS_KEY_ID", "AKIAZ7VRSQ5TEXAMPLE1")
            .steps(
                // error: [GHA013] run of step 1 of job 'deploy' holds what looks like a private key (-----BEGIN
                //   OPENSSH PRIVATE KEY-----); fix: revoke it, store it as a repository secret and use
                //   Expr.secrets("NAME")
                Step.run("echo '-----BEGIN OPENSSH PRIVATE KEY-----' > id_ed25519"),
                // error: [GHA013] with.github-token of step
                //   'actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea' holds what looks like a GitHub
                //   token (ghp_…); fix: revoke it, store it as a repository secret and use Expr.secrets("NAME")
                Step.uses(Scaffold.GITHUB_SCRIPT).with("github-token", "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"))
            .build())
        .build();
  }

  static Workflow okCredentialsFromSecrets() {
    return ci(jobBuilder("deploy")
        .env("AWS_ACCESS_KEY_ID", Expr.secrets("AWS_ACCESS_KEY_ID"))
        .env("DOCS_EXAMPLE_KEY", "AKIAIOSFODNN7EXAMPLE")
        .service("postgres", Container.image("postgres:15@sha256:" + "b".repeat(64)).env("POSTGRES_PASSWORD", "test"))
        .steps(Step.run("./deploy.sh")).build());
  }

  static Workflow okTrustedTriggerContext() {
    return Scaffold.workflow().on(Trigger.pullRequest())
        .jobs(jobBuilder("greet").steps(Step.run("echo " + Expr.github("actor"))).build()).build();
  }
}
