package dev.gha4j.bench;

import com.example.synthetic.ChainedJobs;
import com.financehub.pipelines.FinanceHubWorkflows;
import com.financehub.pipelines.Generate;
import dev.gha4j.emit.WorkflowYaml;
import dev.gha4j.generate.Generation;
import dev.gha4j.generate.Header;
import dev.gha4j.api.WorkflowCheck;
import dev.gha4j.api.WorkflowSource;
import dev.gha4j.model.Workflow;
import dev.gha4j.validate.Validator;
import java.util.List;

/**
 * One thing to generate, end to end in memory: build the model, validate it, run the policy
 * checks {@code make generate} runs ({@link Generate#checks()}), and render the YAML text. No disk.
 */
record Scenario(String name, int jobs) {
  static final Scenario FINANCEHUB = new Scenario("financehub", 0);

  static List<Scenario> all() {
    return List.of(FINANCEHUB, chain(1_000), chain(10_000));
  }

  static Scenario chain(int jobs) {
    return new Scenario("chain-" + jobs, jobs);
  }

  static Scenario named(String name) {
    return name.equals(FINANCEHUB.name) ? FINANCEHUB : chain(Integer.parseInt(name.substring("chain-".length())));
  }

  /** Names of the phases {@link #phases()} times, in order. */
  static final List<String> PHASES = List.of("model", "validate", "policies", "YAML");

  /**
   * The same work as {@link #run()}, one phase at a time as {@link Generation} does it; returns
   * nanoseconds per phase, summed over the scenario's workflows.
   */
  long[] phases() {
    long[] nanos = new long[PHASES.size()];
    for (WorkflowSource source : sources()) {
      long t0 = System.nanoTime();
      Workflow w = source.workflow();
      long t1 = System.nanoTime();
      WorkflowYaml.Document document = WorkflowYaml.document(w); // one tree, validated then written
      if (!Validator.validate(document).isEmpty()) throw new IllegalStateException(name + " is not valid");
      long t2 = System.nanoTime();
      for (WorkflowCheck check : Generate.checks()) { // as Generation runs them: one pass for both
        if (!check.findings(w).errors().isEmpty()) throw new IllegalStateException(name + " breaks a policy");
      }
      long t3 = System.nanoTime();
      String yaml = WorkflowYaml.render(document, Header.lines(source.getClass()));
      long t4 = System.nanoTime();
      if (yaml.isEmpty()) throw new IllegalStateException("no YAML");
      nanos[0] += t1 - t0;
      nanos[1] += t2 - t1;
      nanos[2] += t3 - t2;
      nanos[3] += t4 - t3;
    }
    return nanos;
  }

  private List<WorkflowSource> sources() {
    return jobs == 0 ? FinanceHubWorkflows.all() : List.of(new ChainedJobs(jobs));
  }

  /** Generates once; returns the number of characters of YAML, so the work cannot be optimised away. */
  long run() {
    Generation generation = Generation.of(sources(), Generate.checks());
    if (!generation.problems().isEmpty()) {
      throw new IllegalStateException(name + " is not valid (" + generation.problems().size() + " problems), first: "
          + generation.problems().get(0));
    }
    long chars = 0;
    for (String yaml : generation.files().values()) chars += yaml.length();
    return chars;
  }
}
