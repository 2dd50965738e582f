package dev.gha4j.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.Access;
import dev.gha4j.model.Combination;
import dev.gha4j.model.Environment;
import dev.gha4j.model.Job;
import dev.gha4j.model.Matrix;
import dev.gha4j.model.Permissions;
import dev.gha4j.model.Raw;
import dev.gha4j.model.Scope;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import dev.gha4j.api.Problem;
import dev.gha4j.validate.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shapes real workflows use that the model gained for the importer: matrix values given as YAML,
 * {@code environment.deployment}, and the {@code code-quality} and {@code copilot-requests} scopes.
 */
class ImportedShapesYamlTest {

  private static Workflow workflow(Job job) {
    return Workflow.builder("ci").on(Trigger.push()).jobs(job).build();
  }

  private static Job.Builder job() {
    return Job.builder("test").runsOn("ubuntu-latest").timeoutMinutes(5);
  }

  private static String render(Workflow w) {
    return WorkflowYaml.render(w, List.of());
  }

  @Test
  void aMatrixAxisGivenAsYamlIsWrittenAsThatYaml() {
    Matrix matrix = Matrix.axis("python", "3.12")
        .and("os", Raw.yaml("- name: Linux\n  image: ubuntu-24.04\n- name: Ruby\n  version: 3.10\n"));

    String yaml = render(workflow(job().matrix(matrix).steps(Step.run("echo ${{ matrix.os.name }}")).build()));

    assertThat(yaml).contains("""
                python:
                  - "3.12"
                os:
                  - name: Linux
                    image: ubuntu-24.04
                  - name: Ruby
                    version: 3.1
        """);
  }

  @Test
  void includeAndExcludeEntriesMayHoldYamlValues() {
    Matrix matrix = Matrix.axis("k8s", "v1.36")
        .include(Combination.of("k8s", "v1.31").and("gateway", Raw.yaml("{version: v1.2.1, channel: standard}")))
        .exclude(Combination.of("os", Raw.yaml("{name: Linux}")));

    String yaml = render(workflow(job().matrix(matrix).steps(Step.run("true")).build()));

    assertThat(yaml).contains("""
                include:
                  - k8s: v1.31
                    gateway:
                      version: v1.2.1
                      channel: standard
                exclude:
                  - os:
                      name: Linux
        """);
  }

  @Test
  void yamlAxesAndValuesCountAsMatrixKeysForTheValidator() {
    Matrix matrix = Matrix.axis("os", Raw.yaml("[{name: Linux}]"))
        .include(Combination.of("extra", Raw.yaml("[1, 2]")));
    Job ok = job().matrix(matrix).steps(Step.run("echo ${{ matrix.os.name }} ${{ matrix.extra }}")).build();
    Job wrong = job().matrix(matrix).steps(Step.run("echo ${{ matrix.arch }}")).build();

    assertThat(matrix.keys()).containsExactly("os", "extra");
    assertThat(Validator.validate(workflow(ok))).isEmpty();
    assertThat(Validator.validate(workflow(wrong))).extracting(Problem::message)
        .anyMatch(m -> m.contains("matrix.arch") && m.contains("[os, extra]"));
  }

  @Test
  void brokenYamlInAMatrixAxisIsAProblemAtThePipelineLine() {
    Workflow w = workflow(job().matrix(Matrix.axis("os", Raw.yaml("[unclosed"))).steps(Step.run("true")).build());

    assertThat(Validator.validate(w)).extracting(Problem::message)
        .anyMatch(m -> m.contains("not valid YAML"));
  }

  @Test
  void environmentDeploymentIsWrittenInTheMappingForm() {
    Job job = job().environment(Environment.named("release-gate").deployment(false)).steps(Step.run("true")).build();

    assertThat(render(workflow(job))).contains("""
            environment:
              name: release-gate
              deployment: false
        """);
  }

  @Test
  void anEnvironmentWithOnlyANameStaysOneLine() {
    Job job = job().environment(Environment.named("staging")).steps(Step.run("true")).build();

    assertThat(render(workflow(job))).contains("    environment: staging\n");
  }

  @Test
  void theNewScopesAreWrittenInGitHubsOrder() {
    Permissions p = Permissions.of(Scope.COPILOT_REQUESTS, Access.WRITE)
        .and(Scope.CONTENTS, Access.READ)
        .and(Scope.CODE_QUALITY, Access.WRITE)
        .and(Scope.CHECKS, Access.READ);

    String yaml = render(workflow(job().permissions(p).steps(Step.run("true")).build()));

    assertThat(yaml).contains("""
            permissions:
              checks: read
              code-quality: write
              contents: read
              copilot-requests: write
        """);
  }

  @Test
  void aWholeMatrixExpressionHasNoAxes() {
    Matrix m = Matrix.fromExpression(Expr.fromJson(Expr.inputs("matrix")));

    assertThat(m.rawAxes()).isEmpty();
    assertThat(m.axes()).isEmpty();
    assertThat(new Combination(java.util.Map.of()).rawValues()).isEmpty();
  }
}
