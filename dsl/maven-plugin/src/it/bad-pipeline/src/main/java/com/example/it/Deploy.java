package com.example.it;

import dev.gha4j.api.WorkflowSource;
import dev.gha4j.model.Job;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;

public final class Deploy implements WorkflowSource {
  @Override
  public Workflow workflow() {
    Job deploy = Job.builder("deploy now").runsOn("ubuntu-latest")
        .steps(Step.named("Deploy").run("./deploy.sh || true"))
        .build();
    return Workflow.builder("deploy").on(Trigger.push()).jobs(deploy).build();
  }
}
