package com.example.workflows;

import static dev.gha4j.model.Access.READ;

import dev.gha4j.actions.Checkout;
import dev.gha4j.actions.SetupJava;
import dev.gha4j.api.WorkflowSource;
import dev.gha4j.model.Job;
import dev.gha4j.model.Permissions;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;

/** ci.yml: builds and tests every push to main and every pull request. */
public final class Ci implements WorkflowSource {
  @Override
  public Workflow workflow() {
    Job build = Job.builder("build").runsOn("ubuntu-latest").timeoutMinutes(15)
        .steps(
            Checkout.of().persistCredentials(false),
            SetupJava.of().distribution("temurin").javaVersion("17").cache(SetupJava.Cache.MAVEN),
            Step.named("Build and test").run("mvn -B verify"))
        .build();
    return Workflow.builder("ci").name("CI")
        .on(Trigger.push().branches("main"), Trigger.pullRequest())
        .permissions(Permissions.contents(READ))
        .jobs(build)
        .build();
  }
}
