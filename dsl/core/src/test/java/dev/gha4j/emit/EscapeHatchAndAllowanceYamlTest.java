package dev.gha4j.emit;


import static dev.gha4j.emit.Render.job;
import static dev.gha4j.emit.Render.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gha4j.model.Job;
import dev.gha4j.model.Raw;
import dev.gha4j.model.RuleRef;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import dev.gha4j.source.Gha4jException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The escape hatch ({@link Raw}) and policy allowances written as comments, on all three levels. */
class EscapeHatchAndAllowanceYamlTest {

  private enum Rule implements RuleRef {
    TIMEOUT("GHA001"), SLEEP("GHA002"), PINNED("GHA003");

    private final String id;

    Rule(String id) { this.id = id; }

    @Override
    public String id() { return id; }
  }

  @Test
  void escapeHatchesOnWorkflowJobAndStep() {
    Workflow w = Workflow.builder("ci").on(Trigger.push())
        .escapeHatch("x-future", Raw.yaml("{ enabled: true }"))
        .jobs(job().escapeHatch("snapshot", Raw.yaml("image: base\nversion: 2"))
            .steps(Step.run("make").escapeHatch("x-step", Raw.yaml("[a, b]"))).build())
        .build();
    assertThat(yaml(w)).isEqualTo("""
        on:
          push: {}
        x-future:
          enabled: true

        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - run: make
                x-step:
                  - a
                  - b
            snapshot:
              image: base
              version: 2
        """);
  }

  @Test
  void anEscapeHatchThatIsNotYamlNamesThePipelineLine() {
    int line = new Throwable().getStackTrace()[0].getLineNumber() + 1;
    Workflow w = Render.workflow(job().escapeHatch("broken", Raw.yaml("a: [")).steps(Step.run("make")).build());
    assertThatThrownBy(() -> yaml(w)).isInstanceOf(Gha4jException.class)
        .hasMessageStartingWith("EscapeHatchAndAllowanceYamlTest.java:" + line + ": escape hatch value is not valid YAML: ");
  }

  @Test
  void allowancesAreCommentsOnTheirElement() {
    Workflow w = Workflow.builder("ci").on(Trigger.push())
        .allow(Rule.PINNED, "internal actions are pinned by tag in this repository")
        .jobs(job().allow(Rule.TIMEOUT, "the runner kills it after 20 minutes anyway")
            .steps(Step.run("make").allow(Rule.SLEEP, "waits for the emulator"),
                Step.named("Two").run("make test").allow(Rule.SLEEP, "first").allow(Rule.TIMEOUT, "second"))
            .build())
        .build();
    assertThat(WorkflowYaml.render(w, List.of("Header"))).isEqualTo("""
        # Header
        # gha4j allows GHA003: internal actions are pinned by tag in this repository

        on:
          push: {}

        jobs:
          build:
            # gha4j allows GHA001: the runner kills it after 20 minutes anyway
            runs-on: ubuntu-latest
            steps:
              # gha4j allows GHA002: waits for the emulator
              - run: make
              # gha4j allows GHA002: first
              # gha4j allows GHA001: second
              - name: Two
                run: make test
        """);
  }

  @Test
  void aCommentedStepStillParsesAsTheSameStep() {
    // The second comment follows a literal block: it must end the block, not join the script.
    Job job = job().steps(Step.named("One").id("one").run("a\nb\n").allow(Rule.SLEEP, "why"),
        Step.run("c").allow(Rule.TIMEOUT, "and why not")).build();
    String yaml = yaml(Render.workflow(job));
    assertThat(yaml).contains("""
              # gha4j allows GHA002: why
              - id: one
                name: One
                run: |
                  a
                  b
              # gha4j allows GHA001: and why not
              - run: c
        """);
    var steps = WorkflowYaml.parse(yaml).at("/jobs/build/steps");
    assertThat(steps.size()).isEqualTo(2);
    assertThat(steps.get(0).propertyNames()).containsExactly("id", "name", "run");
    assertThat(steps.get(0).get("run").stringValue()).isEqualTo("a\nb\n");
    assertThat(steps.get(1).get("run").stringValue()).isEqualTo("c");
  }

  @Test
  void aLineBreakInAReasonCannotInjectYaml() {
    Workflow w = Workflow.builder("ci").on(Trigger.push())
        .allow(Rule.SLEEP, "top\npermissions: write-all")
        .jobs(job().allow(Rule.TIMEOUT, "job\r\n    timeout-minutes: 1\u0085x")
            .steps(Step.run("make").allow(Rule.SLEEP, "step\u2028  - run: evil\u2029")).build())
        .build();
    String yaml = yaml(w);
    assertThat(yaml).contains("# gha4j allows GHA002: top permissions: write-all\n")
        .contains("    # gha4j allows GHA001: job timeout-minutes: 1 x\n")
        .contains("      # gha4j allows GHA002: step - run: evil\n");
    var tree = WorkflowYaml.parse(yaml);
    assertThat(tree.has("permissions")).isFalse();
    assertThat(tree.at("/jobs/build").has("timeout-minutes")).isFalse();
    assertThat(tree.at("/jobs/build/steps").size()).isEqualTo(1);
  }
}
