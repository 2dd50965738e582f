package com.example.synthetic;

import dev.gha4j.api.WorkflowSource;
import dev.gha4j.model.Access;
import dev.gha4j.model.ActionRef;
import dev.gha4j.model.Job;
import dev.gha4j.model.Permissions;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import java.util.ArrayList;
import java.util.List;

/**
 * A synthetic workflow for the benchmark: {@code jobs} jobs in a chain, each needing the one
 * before, each with five steps (two SHA-pinned actions, three scripts). It lives outside
 * {@code dev.gha4j} on purpose: gha4j records the first caller outside its own packages as each
 * element's source line, so only here does that cost what it costs a real pipeline.
 */
public final class ChainedJobs implements WorkflowSource {
  static final ActionRef CHECKOUT =
      new ActionRef("actions/checkout", "3d3c42e5aac5ba805825da76410c181273ba90b1", "v7.0.1");
  static final ActionRef SETUP_JAVA =
      new ActionRef("actions/setup-java", "0a2f6b6bbb8d1ff6e0f1e5c3f6d8a4e2c1b3d5f7", "v5.1.0");

  private final int jobs;

  /** @param jobs how many jobs the chain has, each needing the one before it */
  public ChainedJobs(int jobs) {
    this.jobs = jobs;
  }

  @Override
  public Workflow workflow() {
    List<Job> all = new ArrayList<>(jobs);
    Job previous = null;
    for (int i = 0; i < jobs; i++) {
      Job.Builder job = Job.builder("job-" + i).name("Module " + i).runsOn("ubuntu-latest").timeoutMinutes(15);
      if (previous != null) job.needs(previous);
      previous = job.steps(
              Step.uses(CHECKOUT).name("Check out").with("persist-credentials", false),
              Step.uses(SETUP_JAVA).name("Set up Java").with("distribution", "temurin").with("java-version", "17"),
              Step.named("Build").run("mvn -B -pl module-" + i + " package -DskipTests"),
              Step.named("Test").run("mvn -B -pl module-" + i + " test"),
              Step.named("Report").run("echo \"module " + i + " done at ${GITHUB_SHA}\""))
          .build();
      all.add(previous);
    }
    return Workflow.builder("chain-" + jobs).name("Chain of " + jobs + " jobs")
        .on(Trigger.push().branches("main"), Trigger.pullRequest().branches("main"))
        .permissions(Permissions.contents(Access.READ))
        .jobs(all)
        .build();
  }
}
