package dev.gha4j.policy.corpus;

import static dev.gha4j.policy.corpus.Scaffold.ci;
import static dev.gha4j.policy.corpus.Scaffold.jobBuilder;
import static dev.gha4j.policy.corpus.Scaffold.steps;

import dev.gha4j.model.ActionRef;
import dev.gha4j.model.Container;
import dev.gha4j.model.Job;
import dev.gha4j.model.Step;
import dev.gha4j.model.Workflow;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The code a step fetches: images, archived, typosquatted, vulnerable actions, tools, local paths (GHA003, GHA004, GHA031 to GHA034). */
class SupplyChainCorpusTest {
  private static final String SHA = "11bd71901bbe5b1630ceea73d27597364c9af683";

  @TestFactory
  Stream<DynamicTest> supplyChain() {
    return Corpus.cases(getClass());
  }

  static Workflow imagesWithoutDigest() {
    // error: [GHA003] the container of job 'test' is `node`, whatever image is latest when the job runs; fix: pin the
    //   digest: image@sha256:<digest> (docker buildx imagetools inspect <image> prints it)
    // error: [GHA003] the service 'cache' of job 'test' is `${{ vars.CACHE_IMAGE }}`, an image chosen when the job
    //   runs, which no review pins; fix: name the images in the workflow, each pinned by digest
    // warning: [GHA003] the service 'db' of job 'test' is `postgres:16`, pinned by tag '16', which can be pushed
    //   again with other content; fix: pin the digest: image@sha256:<digest> (docker buildx imagetools inspect
    //   <image> prints it)
    return ci(jobBuilder("test")
        .container(Container.image("node"))
        .service("db", Container.image("postgres:16"))
        .service("cache", Container.image("${{ vars.CACHE_IMAGE }}"))
        .steps(Step.run("npm test")).build());
  }

  static Workflow archivedAction() {
    return steps(
        // error: [GHA004] step uses `actions-rs/toolchain@11bd71901bbe5b1630ceea73d27597364c9af683`, but
        //   actions-rs/toolchain is archived (list of 2026-08-07): it gets no fixes, not even for security; fix: use
        //   a maintained action that does the same, or the tool's own command
        Step.uses(new ActionRef("actions-rs/toolchain", SHA, "v1.0.7")));
  }

  static Workflow typosquattedAction() {
    return steps(
        // error: [GHA031] step uses dokcer/login-action, one character away from the popular action
        //   docker/login-action but owned by someone else: a likely typosquat that runs their code; fix: use
        //   docker/login-action (list of 2026-05-18)
        Step.uses(new ActionRef("dokcer/login-action", SHA, "v3.3.0")));
  }

  static Workflow vulnerableVersions() {
    return steps(
        // error: [GHA033] step uses tj-actions/changed-files v45.0.7: a compromised release prints the workflow's
        //   secrets to its log (CVE-2025-30066) (GHSA-mrrh-fwg8-r2c3, advisories as of 2026-12-03); fix: use
        //   tj-actions/changed-files 46.0.1 or later
        Step.uses(new ActionRef("tj-actions/changed-files", SHA, "v45.0.7")),
        // error: [GHA003] step uses `actions/download-artifact@v4.1.2`: 'v4.1.2' is a branch or tag, which can be
        //   moved to other code; fix: pin the full commit SHA, `actions/download-artifact@<40-hex sha> # <tag>`, or
        //   use a typed binding
        // error: [GHA033] step uses actions/download-artifact v4.1.2: an artifact can write files outside the
        //   download directory (CVE-2024-42471) (GHSA-cxww-7g56-2vh6, advisories as of 2026-12-03); fix: use
        //   actions/download-artifact 4.1.3 or later
        Step.uses("actions/download-artifact@v4.1.2"));
  }

  static Workflow toolVersionLeftToLatest() {
    return steps(
        // error: [GHA032] aquasecurity/setup-trivy without version: downloads the newest release of its tool when the
        //   job runs, code no one reviewed; fix: set .with("version", "<a release, e.g. v0.58.1>")
        Step.uses(new ActionRef("aquasecurity/setup-trivy", SHA, "v0.2.6")));
  }

  static Workflow localActionByWorkspacePath() {
    // warning: [GHA034] step uses ./.github/actions/setup, which runs whatever the workspace holds at that path when
    //   the step starts, possibly a file an earlier step wrote; fix: write $/.github/actions/setup, GitHub's form for
    //   an action of this repository at the workflow's commit
    return ci(job("build", Step.uses("./.github/actions/setup")));
  }

  private static Job job(String id, Step.Builder step) {
    return jobBuilder(id).steps(step).build();
  }

  static Workflow okPinnedAndCurrent() {
    return ci(jobBuilder("test")
        .container(Container.image("node:22@sha256:" + "e".repeat(64)))
        .steps(
            Step.uses(new ActionRef("tj-actions/changed-files", SHA, "v46.0.5")),
            Step.uses(new ActionRef("actions/download-artifact", SHA, "v4.1.3")),
            Step.uses(new ActionRef("actions/chckout", SHA, "v4.2.2")),
            Step.uses(new ActionRef("aquasecurity/setup-trivy", SHA, "v0.2.6")).with("version", "v0.58.1"),
            Step.uses("$/.github/actions/setup"))
        .build());
  }
}
