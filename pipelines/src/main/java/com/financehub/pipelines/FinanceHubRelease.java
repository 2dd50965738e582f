package com.financehub.pipelines;

import static dev.gha4j.model.Access.READ;
import static dev.gha4j.model.Access.WRITE;

import dev.gha4j.actions.GhRelease;
import dev.gha4j.api.WorkflowSource;
import dev.gha4j.model.Job;
import dev.gha4j.model.Permissions;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;

/**
 * release.yml: pushing a tag {@code v*} publishes a GitHub release with notes GitHub writes from the
 * merged pull requests (REL-1). Replaces the seed's archived {@code actions/create-release}.
 *
 * <p>The deploy workflow's own {@code v<run number>} releases do not start this workflow: tags that
 * the {@code GITHUB_TOKEN} creates trigger no workflows.
 */
public final class FinanceHubRelease implements WorkflowSource {

  @Override
  public Workflow workflow() {
    Job release = Job.builder("release").name("Create release").runsOn("ubuntu-latest").timeoutMinutes(5)
        .permissions(Permissions.contents(WRITE))
        .steps(GhRelease.of().name("Create GitHub release").generateReleaseNotes(true))
        .build();
    return Workflow.builder("release").name("Release")
        .on(Trigger.push().tags("v*"))
        .permissions(Permissions.contents(READ))
        .defaults(Scripts.BASH_WITH_PIPEFAIL)
        .jobs(release)
        .build();
  }
}
