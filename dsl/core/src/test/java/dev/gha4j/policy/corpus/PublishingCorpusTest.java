package dev.gha4j.policy.corpus;

import static dev.gha4j.model.Access.READ;
import static dev.gha4j.model.Access.WRITE;
import static dev.gha4j.policy.corpus.Scaffold.ci;
import static dev.gha4j.policy.corpus.Scaffold.jobBuilder;
import static dev.gha4j.policy.corpus.Scaffold.steps;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.ActionRef;
import dev.gha4j.model.ActionScopes;
import dev.gha4j.model.Permissions;
import dev.gha4j.model.Scope;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Publishing: long-lived registry tokens (GHA029), caches in release jobs (GHA030), and the
 * trusted-publishing setups GHA008 must accept (id-token: write used by npm, uv, bun, cosign).
 */
class PublishingCorpusTest {
  private static final ActionRef SETUP_GO = new ActionRef("actions/setup-go", "4dc6199c7b1a012772edbd06daecab0f50c9053c",
      "v6.1.0", ActionScopes.none());
  private static final ActionRef PYPI_PUBLISH = new ActionRef("pypa/gh-action-pypi-publish",
      "76f52bc884231f62b9a034ebfe128415bbaabdfc", "v1.12.4", ActionScopes.of(ActionScopes.Need.unless(Scope.ID_TOKEN, "password")));
  private static final ActionRef DEPLOY_PAGES = new ActionRef("actions/deploy-pages", "d6db90164ac5ed86f2b6aed7e0febac5b3c0c03e",
      "v4.0.5");

  @TestFactory
  Stream<DynamicTest> publishing() {
    return Corpus.cases(getClass());
  }

  static Workflow tokensWhereTrustedPublishingWorks() {
    return steps(
        // error: [GHA029] `npm publish --access public` publishes to npm with a long-lived token, in a job without
        //   id-token: write, though npm accepts GitHub's short-lived OIDC token; fix: grant id-token: write,
        //   configure a trusted publisher on npmjs.com and publish with npm publish --provenance; then drop the token
        Step.run("npm publish --access public").env("NODE_AUTH_TOKEN", Expr.secrets("NPM_TOKEN")),
        // error: [GHA029] `cargo +nightly publish` publishes to crates.io with a long-lived token, in a job without
        //   id-token: write, though crates.io accepts GitHub's short-lived OIDC token; fix: grant id-token: write and
        //   use rust-lang/crates-io-auth-action for a short-lived token
        Step.run("cargo +nightly publish").env("CARGO_REGISTRY_TOKEN", Expr.secrets("CRATES_TOKEN")),
        // error: [GHA029] `python -m twine upload dist/*` publishes to PyPI with a long-lived token, in a job without
        //   id-token: write, though PyPI accepts GitHub's short-lived OIDC token; fix: grant id-token: write and
        //   configure a trusted publisher on PyPI; then drop the token
        Step.run("python -m twine upload dist/*"),
        // error: [GHA029] pypa/gh-action-pypi-publish is given password:, a long-lived token that works for anyone
        //   who gets hold of it; fix: use trusted publishing: grant id-token: write and configure a trusted publisher
        //   on PyPI; then drop the token
        Step.uses(PYPI_PUBLISH).with("password", Expr.secrets("PYPI_TOKEN")));
  }

  static Workflow cacheInATagWorkflow() {
    return Workflow.builder("release").on(Trigger.push().tags("v*")).permissions(Permissions.contents(READ))
        .jobs(jobBuilder("build").steps(
            // error: [GHA030] actions/setup-go restores GitHub's cache, which any workflow of the repository (a pull
            //   request's too) can have written, and the workflow runs for pushed tags, so a poisoned cache ends up
            //   in the release; fix: turn the cache off in publishing jobs (cache: false), or build the release in a
            //   job without caches
            Step.uses(SETUP_GO).with("go-version", "stable"),
            Step.run("go build ./...")).build())
        .build();
  }

  static Workflow unknownActionGetsTheBenefitOfTheDoubt() {
    // warning: [GHA008] job 'pages' grants pages: write, and no step gha4j knows deploys GitHub Pages, but
    //   actions/deploy-pages has no manifest and may; fix: remove pages: write if actions/deploy-pages does not need
    //   it; if it does, say so with .allow(Rule.UNNEEDED_WRITE, "actions/deploy-pages ...")
    return ci(jobBuilder("pages").permissions(Permissions.contents(READ).and(Scope.PAGES, WRITE))
        .steps(Step.uses(DEPLOY_PAGES)).build());
  }

  static Workflow okTrustedPublishing() {
    Permissions oidc = Permissions.contents(READ).and(Scope.ID_TOKEN, WRITE);
    return Workflow.builder("release").on(Trigger.push().tags("v*")).permissions(Permissions.contents(READ))
        .jobs(
            jobBuilder("npm").permissions(oidc).steps(Step.run("npm publish --provenance --access public")).build(),
            jobBuilder("uv").permissions(oidc).steps(Step.run("uv build\nuv publish")).build(),
            jobBuilder("bun").permissions(oidc).steps(Step.run("bun publish")).build(),
            jobBuilder("pypi").permissions(oidc).steps(Step.uses(PYPI_PUBLISH)).build(),
            jobBuilder("sign").permissions(oidc).steps(Step.run("cosign sign --yes ghcr.io/octo/app@sha256:" + "d".repeat(64))).build(),
            jobBuilder("go").steps(Step.uses(SETUP_GO).with("go-version", "stable").with("cache", false)).build())
        .build();
  }
}
