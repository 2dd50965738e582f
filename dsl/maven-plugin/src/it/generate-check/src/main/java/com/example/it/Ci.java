package com.example.it;

import static dev.gha4j.model.Access.READ;

import dev.gha4j.actions.Cache;
import dev.gha4j.api.WorkflowSource;
import dev.gha4j.model.Job;
import dev.gha4j.model.Permissions;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;

public final class Ci implements WorkflowSource {
  @Override
  public Workflow workflow() {
    Cache maven = Cache.of("~/.m2/repository", "maven").saveAlways(true);
    Cache npm = maven.of("~/.npm", "npm");
    Job build = Job.builder("build").runsOn("ubuntu-latest").timeoutMinutes(10)
        .steps(maven, npm, Step.named("Build").run("make"))
        .build();
    return Workflow.builder("ci").on(Trigger.push()).permissions(Permissions.contents(READ)).jobs(build).build();
  }
}
