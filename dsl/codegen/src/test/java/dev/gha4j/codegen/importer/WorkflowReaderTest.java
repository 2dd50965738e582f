package dev.gha4j.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gha4j.codegen.Catalog;
import dev.gha4j.codegen.Manifest;
import dev.gha4j.emit.WorkflowYaml;
import dev.gha4j.expr.Expr;
import dev.gha4j.model.Allowance;
import dev.gha4j.model.Concurrency;
import dev.gha4j.model.Container;
import dev.gha4j.model.Environment;
import dev.gha4j.model.Input;
import dev.gha4j.model.Job;
import dev.gha4j.model.RefTrigger;
import dev.gha4j.model.RunsOn;
import dev.gha4j.model.Scalar;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WorkflowReaderTest {
  static final String SHA = "0123456789abcdef0123456789abcdef01234567";
  static final Bindings TOOL = Bindings.of(new Catalog(List.of(new Manifest("octo__tool.yml", "octo/tool", "v1.2.3",
      SHA, "Tool", "node24", List.of(), List.of()))));

  private static Workflow read(String yaml) {
    return WorkflowReader.read("ci.yml", yaml, TOOL, Baseline.NONE).workflow();
  }

  private static Job onlyJob(String jobYaml) {
    return read("on: push\njobs:\n  a:\n" + jobYaml.indent(4)).job("a");
  }

  @Test
  void theThreeFormsOfOnGiveTheSameTriggers() {
    List<String> scalar = read("on: push\njobs: {a: {runs-on: x, steps: [run: y]}}").triggers().stream().map(Trigger::event).toList();
    List<String> list = read("on: [push, pull_request]\njobs: {a: {runs-on: x, steps: [run: y]}}").triggers().stream().map(Trigger::event).toList();
    Workflow mapping = read("on:\n  push:\n    branches: main\n  pull_request: {}\njobs: {a: {runs-on: x, steps: [run: y]}}");

    assertThat(scalar).containsExactly("push");
    assertThat(list).containsExactly("push", "pull_request");
    assertThat(mapping.triggers()).hasSize(2);
    assertThat(((RefTrigger) mapping.triggers().get(0)).branches()).containsExactly("main");
    assertThat(((RefTrigger) mapping.triggers().get(1)).unfiltered()).isTrue();
  }

  @Test
  void needsMayBeOneIdOrAListAndNameJobsWrittenLater() {
    Workflow w = read("""
        on: push
        jobs:
          deploy: {needs: [build, test], runs-on: x, steps: [run: d]}
          test: {needs: build, runs-on: x, steps: [run: t]}
          build: {runs-on: x, steps: [run: b]}
        """);

    assertThat(w.jobs()).extracting(Job::id).containsExactly("deploy", "test", "build");
    assertThat(w.job("deploy").needs()).containsExactly("build", "test");
    assertThat(w.job("test").needs()).containsExactly("build");
  }

  @Test
  void needsOfAJobThatDoesNotExistOrInACycleAreRefusedWithThePath() {
    assertThatThrownBy(() -> read("on: push\njobs:\n  a: {needs: nope, runs-on: x, steps: [run: y]}\n"))
        .isInstanceOf(ImportException.class)
        .hasMessage("jobs.a.needs: 'nope' is not a job of this workflow");
    assertThatThrownBy(() -> read("on: push\njobs:\n  a: {needs: b, runs-on: x, steps: [run: y]}\n"
        + "  b: {needs: a, runs-on: x, steps: [run: y]}\n"))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("a cycle (a -> b -> a)");
  }

  @Test
  void shortFormsReadAsTheirLongForms() {
    Job job = onlyJob("""
        runs-on: [self-hosted, linux]
        environment: staging
        concurrency: deploy
        container: node:20
        if: ${{ github.ref == 'refs/heads/main' }}
        steps: [run: y]
        """);

    assertThat(job.runsOn()).isEqualTo(RunsOn.labels("self-hosted", "linux"));
    assertThat(job.environment()).isEqualTo(Environment.named("staging"));
    assertThat(job.concurrency()).isEqualTo(Concurrency.group("deploy"));
    assertThat(job.container()).isEqualTo(Container.image("node:20"));
    assertThat(job.condition().text()).isEqualTo("github.ref == 'refs/heads/main'");
  }

  @Test
  void aBooleanConditionIsTheExpressionText() {
    assertThat(onlyJob("if: false\nruns-on: x\nsteps: [run: y]").condition().text()).isEqualTo("false");
  }

  @Test
  void keysTheModelLacksGoThroughTheEscapeHatchAtEachLevel() {
    Workflow w = read("""
        on: push
        future-key: {a: 1}
        jobs:
          a:
            runs-on: x
            snapshot: my-image
            steps:
              - run: y
                parallel: [1, two]
        """);

    assertThat(w.escapeHatches()).containsOnlyKeys("future-key");
    assertThat(w.job("a").escapeHatches()).containsOnlyKeys("snapshot");
    Step step = w.job("a").steps().get(0);
    assertThat(WorkflowYaml.parse(step.escapeHatches().get("parallel").yaml())).isEqualTo(GitHubYaml.read("[1, two]"));
    assertThat(WorkflowYaml.parse(w.job("a").escapeHatches().get("snapshot").yaml()).stringValue()).isEqualTo("my-image");
  }

  @Test
  void aShapeInsideAModelledKeyThatTheModelCannotHoldIsRefusedWithItsPath() {
    assertThatThrownBy(() -> read("on:\n  push:\n    branches: [main]\n    when: always\njobs: {}\n"))
        .isInstanceOf(ImportException.class)
        .hasMessage("on.push.when: gha4j does not model this key here");
    assertThatThrownBy(() -> onlyJob("runs-on: x\npermissions: {telepathy: write}\nsteps: [run: y]"))
        .hasMessage("jobs.a.permissions.telepathy: not a permission scope gha4j knows");
  }

  @Test
  void aDispatchInputWithoutTypeIsAString() {
    Workflow w = read("on:\n  workflow_dispatch:\n    inputs:\n      tag: {description: Tag, required: true}\n"
        + "jobs: {a: {runs-on: x, steps: [run: y]}}");

    assertThat(w.triggers().get(0)).isInstanceOfSatisfying(dev.gha4j.model.DispatchTrigger.class,
        d -> assertThat(d.inputs()).containsExactly(Input.string("tag").description("Tag").required()));
  }

  @Test
  void withValuesKeepTheirTypeAndFractionsBecomeTheTextGitHubPasses() {
    Step step = onlyJob("runs-on: x\nsteps:\n  - uses: octo/other@v1\n    with: {a: 1, b: true, c: text, d: 2.70, e: 3.10}")
        .steps().get(0);

    assertThat(step.with()).containsExactly(
        java.util.Map.entry("a", Scalar.of(1)), java.util.Map.entry("b", Scalar.of(true)),
        java.util.Map.entry("c", Scalar.of("text")), java.util.Map.entry("d", Scalar.of("2.7")),
        java.util.Map.entry("e", Scalar.of("3.1")));
  }

  @Test
  void anActionPinnedToTheManifestCommitGetsItsVersion() {
    Step step = onlyJob("runs-on: x\nsteps:\n  - uses: octo/tool@" + SHA).steps().get(0);

    assertThat(step.action()).isEqualTo(new dev.gha4j.model.ActionRef("octo/tool", SHA, "v1.2.3"));
  }

  @Test
  void anotherCommitKeepsTheVersionItsCommentNamesAndATagStaysText() {
    String other = "fedcba9876543210fedcba9876543210fedcba98";
    List<Step> steps = onlyJob("runs-on: x\nsteps:\n  - uses: octo/tool@" + other + " # v0.9\n  - uses: octo/tool@v1\n")
        .steps();

    assertThat(steps.get(0).action()).isEqualTo(new dev.gha4j.model.ActionRef("octo/tool", other, "v0.9"));
    assertThat(steps.get(1).action()).isNull();
    assertThat(steps.get(1).rawUses()).isEqualTo("octo/tool@v1");
  }

  @Test
  void allowanceCommentsAboveWorkflowJobAndStepBecomeAllowances() {
    Workflow w = read("""
        # gha4j allows GHA006: public repository, default token is read-only
        on: push
        jobs:
          # gha4j allows GHA005: finishes in seconds
          a:
            runs-on: x
            steps:
              - run: |
                  # gha4j allows GHA001: this is script text, not a comment
                  true
              # gha4j allows GHA001: best effort
              - run: flaky || true
        """);

    assertThat(w.allowances()).extracting(Allowance::ruleId, Allowance::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("GHA006", "public repository, default token is read-only"));
    assertThat(w.job("a").allowances()).extracting(Allowance::ruleId).containsExactly("GHA005");
    assertThat(w.job("a").steps().get(0).allowances()).isEmpty();
    assertThat(w.job("a").steps().get(1).allowances()).extracting(Allowance::reason).containsExactly("best effort");
  }

  @Test
  void anEnvVariableWithoutValueBecomesEmptyTextWithAWarning() {
    WorkflowReader.Result r = WorkflowReader.read("ci.yml", "on: push\njobs:\n  a:\n    runs-on: x\n    env: {FLAGS: }\n"
        + "    steps: [run: y]\n", TOOL, Baseline.NONE);

    assertThat(r.workflow().job("a").env()).containsEntry("FLAGS", Scalar.of(""));
    assertThat(r.warnings()).extracting(Warning::describe)
        .containsExactly("jobs.a.env.FLAGS: a variable without a value is imported as the empty string");
  }

  @Test
  void matrixAxesAreTypedWhereTheValuesAllowAndYamlOtherwise() {
    Job job = onlyJob("""
        runs-on: x
        strategy:
          matrix:
            os: [linux, mac]
            node: [18, 20]
            ruby: [3.3, head]
            target: [{name: a}]
            shard: ${{ fromJSON(inputs.shards) }}
        steps: [run: y]
        """);
    var m = job.strategy().matrix();

    assertThat(m.axes()).containsOnlyKeys("os", "node");
    assertThat(m.axes().get("node")).containsExactly(Scalar.of(18), Scalar.of(20));
    assertThat(m.rawAxes()).containsOnlyKeys("ruby", "target");
    assertThat(m.axisExpressions()).containsEntry("shard", Expr.fromJson(Expr.inputs("shards")));
    JsonNode ruby = WorkflowYaml.parse(m.rawAxes().get("ruby").yaml());
    assertThat(ruby.get(0).doubleValue()).isEqualTo(3.3);
    assertThat(ruby.get(1).stringValue()).isEqualTo("head");
  }
}
