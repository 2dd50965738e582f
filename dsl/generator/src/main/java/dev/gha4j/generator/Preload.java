package dev.gha4j.generator;

import dev.gha4j.emit.WorkflowYaml;
import dev.gha4j.model.Job;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import dev.gha4j.policy.Policies;
import dev.gha4j.review.WorkflowGraph;
import dev.gha4j.validate.Validator;
import java.util.List;

/**
 * Work for the second core while javac compiles on the first: validating, checking and
 * rendering a one-step workflow loads and initialises what the real generation needs right after
 * (Jackson's YAML writer and reader, the validator, the policy rules, the job graphs), so it starts warm. Nothing here is
 * written anywhere, and no state it leaves can change what the real generation produces.
 */
final class Preload {
  private Preload() {}

  /** Starts the warm-up on a daemon thread; join it before generating. */
  static Thread start() {
    Thread t = new Thread(Preload::run, "gha4j-preload");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static void run() {
    try {
      Workflow w = Workflow.builder("preload").on(Trigger.push())
          .jobs(Job.builder("preload").runsOn("ubuntu-latest").timeoutMinutes(1).steps(Step.run("true")).build())
          .build();
      Validator.validate(w);
      Policies.standard().check(w);
      WorkflowGraph.markdown("preload.yml", WorkflowYaml.render(w, List.of()));
    } catch (RuntimeException e) {
      // Only a warm-up: the real generation reports whatever is wrong.
    }
  }
}
