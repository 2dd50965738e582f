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
 * (Jackson's YAML writer, the validator, the policy rules), so it starts warm; drawing the graph of
 * a small workflow many times gets Jackson's YAML reader compiled, so the real graphs take
 * milliseconds. Nothing here is written anywhere, and no state it leaves can change what the real
 * generation produces.
 */
final class Preload {
  /** Drawn {@link #GRAPH_ROUNDS} times: every kind of value the FinanceHub graphs read. */
  private static final String GRAPH_WARM_UP = """
      name: Warm-up
      on:
        push:
          branches: [main]
        workflow_dispatch: {}
      permissions:
        contents: read
      env:
        REGION: ${{ vars.REGION }}
      jobs:
        build:
          name: Build
          runs-on: ubuntu-latest
          timeout-minutes: 10
          strategy:
            matrix:
              os: [a, b]
          outputs:
            digest: ${{ steps.push.outputs.digest }}
          steps:
            - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1
              with:
                persist-credentials: false
            - id: push
              name: Push
              run: |
                set -euo pipefail
                echo "digest=$(make push)" >> "$GITHUB_OUTPUT"
              env:
                TOKEN: ${{ secrets.TOKEN }}
        deploy:
          name: Deploy
          runs-on: ubuntu-latest
          needs: build
          if: failure() && needs.build.result == 'failure'
          environment:
            name: staging
            url: https://example.com
          concurrency:
            group: deploy
            cancel-in-progress: false
          steps:
            - name: Deploy
              run: ./deploy "$DIGEST"
              env:
                DIGEST: ${{ needs.build.outputs.digest }}
      """;
  private static final int GRAPH_ROUNDS = 40;

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
      WorkflowYaml.render(w, List.of());
      for (int i = 0; i < GRAPH_ROUNDS; i++) WorkflowGraph.markdown("preload.yml", GRAPH_WARM_UP);
    } catch (RuntimeException e) {
      // Only a warm-up: the real generation reports whatever is wrong.
    }
  }
}
