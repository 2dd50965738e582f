package dev.gha4j.policy.corpus;

import static dev.gha4j.policy.corpus.Scaffold.ci;
import static dev.gha4j.policy.corpus.Scaffold.jobBuilder;
import static dev.gha4j.policy.corpus.Scaffold.steps;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.ActionRef;
import dev.gha4j.model.Defaults;
import dev.gha4j.model.Permissions;
import dev.gha4j.model.Step;
import dev.gha4j.model.Workflow;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runner settings, app tokens and ad-hoc installs (GHA006, GHA007, GHA011, GHA035 to GHA038, GHA001). */
class HardeningCorpusTest {
  private static final String SHA = "11bd71901bbe5b1630ceea73d27597364c9af683";
  private static final ActionRef APP_TOKEN = new ActionRef("actions/create-github-app-token", SHA, "v3.1.1");
  private static final ActionRef SETUP_PYTHON = new ActionRef("actions/setup-python", SHA, "v6.1.0");
  private static final ActionRef UPLOAD = new ActionRef("actions/upload-artifact", SHA, "v4.6.2");

  @TestFactory
  Stream<DynamicTest> hardening() {
    return Corpus.cases(getClass());
  }

  static Workflow unsecureCommandsAllowed() {
    // error: [GHA035] job 'legacy' sets ACTIONS_ALLOW_UNSECURE_COMMANDS, so any line a step prints (a test name, a
    //   file from a pull request) can set environment variables and PATH with ::set-env and ::add-path; fix: remove
    //   it; write to $GITHUB_ENV and $GITHUB_PATH instead of ::set-env and ::add-path
    return ci(jobBuilder("legacy").env("ACTIONS_ALLOW_UNSECURE_COMMANDS", "true")
        .steps(Step.run("./tools/legacy-build.sh")).build());
  }

  static Workflow wideAppTokens() {
    return steps(
        // error: [GHA036] step 'actions/create-github-app-token@11bd71901bbe5b1630ceea73d27597364c9af683' asks for an
        //   app token with no permission-* input, so it gets every permission the app has; fix: ask for the
        //   permissions the job uses, e.g. .with("permission-contents", "read")
        // error: [GHA036] step 'actions/create-github-app-token@11bd71901bbe5b1630ceea73d27597364c9af683' names
        //   owner: without repositories:, so its token reaches every repository the app is installed on; fix: list
        //   the repositories the job needs: .with("repositories", "repo-a,repo-b")
        // error: [GHA036] step 'actions/create-github-app-token@11bd71901bbe5b1630ceea73d27597364c9af683' sets
        //   skip-token-revoke, so its app token stays valid for up to an hour after the job; fix: remove
        //   skip-token-revoke; the action revokes the token when the job ends
        Step.uses(APP_TOKEN).with("client-id", Expr.vars("APP_ID")).with("private-key", Expr.secrets("APP_KEY"))
            .with("owner", "octo").with("skip-token-revoke", true));
  }

  static Workflow cmdShellAndPipInstall() {
    // warning: [GHA037] job 'win' defaults to shell: cmd, which has no grammar a tool can check; fix: use pwsh (or
    //   bash)
    return ci(jobBuilder("win").defaults(Defaults.run().shell("cmd"))
        // warning: [GHA037] actions/setup-python with pip-install: installs packages into the global Python, unlocked
        //   and out of sight of the project's dependency files; fix: install in a later step from a lock file (pip
        //   install -r requirements.txt --require-hashes, uv sync --locked)
        .steps(Step.uses(SETUP_PYTHON).with("pip-install", "-r requirements.txt"), Step.run("echo hi")).build());
  }

  static Workflow packagesInstalledByName() {
    return steps(
        // warning: [GHA038] `gem install rake -v 13.0.6` installs gems by name, outside a lock file, so each run may
        //   get a different (or compromised) release and dependencies; fix: add it to the project's manifest and
        //   install from the lock file (bundle install, npm ci)
        // warning: [GHA038] `npm install --no-fund lodash@4` installs npm packages by name, outside a lock file, so
        //   each run may get a different (or compromised) release and dependencies; fix: add it to the project's
        //   manifest and install from the lock file (bundle install, npm ci)
        Step.run("gem install rake -v 13.0.6\nnpm install --no-fund lodash@4"));
  }

  static Workflow readAllOnAJob() {
    // error: [GHA007] job 'read' grants read-all, every scope the token has; fix: grant only the scopes its steps
    //   use, e.g. Permissions.contents(Access.READ)
    return ci(jobBuilder("read").permissions(Permissions.readAll()).steps(Step.run("make")).build());
  }

  static Workflow credentialsUploadedWithTheWorkspace() {
    return steps(
        // error: [GHA011] actions/checkout leaves the token in .git/config, and the later step
        //   'actions/upload-artifact@11bd71901bbe5b1630ceea73d27597364c9af683' uploads the workspace, .git/config
        //   with it, as an artifact anyone who can read the run can download; fix: add .with("persist-credentials",
        //   false); a step that must push can be given the token explicitly
        Step.uses(Scaffold.CHECKOUT),
        Step.uses(UPLOAD).with("name", "site").with("path", "."));
  }

  static Workflow okHardened() {
    return ci(jobBuilder("build")
        .steps(
            Step.uses(APP_TOKEN).with("client-id", Expr.vars("APP_ID")).with("private-key", Expr.secrets("APP_KEY"))
                .with("owner", "octo").with("repositories", "app").with("permission-contents", "read"),
            Step.run("bundle install\nnpm ci\nnpm install"),
            Step.named("Try").id("try").run("./flaky-check.sh").continueOnError(true),
            Step.run("echo \"check said $OUTCOME\"").env("OUTCOME", Expr.step("try", "outcome")))
        .build());
  }
}
