package dev.gha4j.emit;

import static dev.gha4j.emit.Render.job;
import static dev.gha4j.emit.Render.jobs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.Combination;
import dev.gha4j.model.Job;
import dev.gha4j.model.Matrix;
import dev.gha4j.model.Step;
import dev.gha4j.model.Strategy;
import org.junit.jupiter.api.Test;

/** {@code strategy:} matrices in every form, fail-fast and max-parallel. */
class StrategyYamlTest {

  private static String strategyOf(Job job) {
    String yaml = jobs(job);
    return yaml.substring(yaml.indexOf("    strategy:\n"), yaml.indexOf("    steps:\n"));
  }

  private static Job withStrategy(Strategy strategy) {
    return job().strategy(strategy).steps(Step.run("make")).build();
  }

  @Test
  void textAndNumericAxesIncludeAndExclude() {
    Matrix matrix = Matrix.axis("python", "3.11", "3.12").and("shard", 1, 2, 3)
        .include(Combination.of("python", "3.13").and("experimental", true).and("shard", 1))
        .exclude(Combination.of("python", "3.11").and("shard", 3));
    assertThat(strategyOf(job().matrix(matrix).steps(Step.run("make")).build())).isEqualTo("""
            strategy:
              matrix:
                python:
                  - "3.11"
                  - "3.12"
                shard:
                  - 1
                  - 2
                  - 3
                include:
                  - python: "3.13"
                    experimental: true
                    shard: 1
                exclude:
                  - python: "3.11"
                    shard: 3
        """);
  }

  @Test
  void failFastAndMaxParallelAfterTheMatrix() {
    Strategy s = Strategy.matrix(Matrix.axis("os", "ubuntu-latest", "macos-latest")).maxParallel(2).failFast(false);
    assertThat(strategyOf(withStrategy(s))).isEqualTo("""
            strategy:
              matrix:
                os:
                  - ubuntu-latest
                  - macos-latest
              fail-fast: false
              max-parallel: 2
        """);
  }

  @Test
  void aMatrixMadeOnlyOfIncludes() {
    Matrix m = Matrix.including(Combination.of("target", "linux").and("runner", "ubuntu-latest"),
        Combination.of("target", "windows").and("runner", "windows-latest"));
    assertThat(strategyOf(job().matrix(m).steps(Step.run("make")).build())).isEqualTo("""
            strategy:
              matrix:
                include:
                  - target: linux
                    runner: ubuntu-latest
                  - target: windows
                    runner: windows-latest
        """);
  }

  @Test
  void aWholeMatrixFromAnExpression() {
    Matrix m = Matrix.fromExpression(Expr.fromJson(Expr.needsOutput("plan", "matrix")));
    assertThat(strategyOf(withStrategy(Strategy.matrix(m).failFast(true)))).isEqualTo("""
            strategy:
              matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}
              fail-fast: true
        """);
  }

  @Test
  void anAxisFromAnExpression() {
    Matrix m = Matrix.axis("os", "linux").and("version", Expr.fromJson(Expr.inputs("versions")));
    assertThat(strategyOf(job().matrix(m).steps(Step.run("make")).build())).isEqualTo("""
            strategy:
              matrix:
                os:
                  - linux
                version: ${{ fromJSON(inputs.versions) }}
        """);
  }

  @Test
  void axesAndEntryKeysOfEveryKindKeepTheOrderTheyWereAddedIn() {
    Matrix matrix = Matrix.axis("os", dev.gha4j.model.Raw.yaml("[{name: linux}]")).and("py", "3.12")
        .and("shard", Expr.fromJson(Expr.vars("SHARDS")))
        .include(Combination.of("os", dev.gha4j.model.Raw.yaml("{name: mac}")).and("py", "3.13"));

    assertThat(strategyOf(job().matrix(matrix).steps(Step.run("make")).build())).isEqualTo("""
            strategy:
              matrix:
                os:
                  - name: linux
                py:
                  - "3.12"
                shard: ${{ fromJSON(vars.SHARDS) }}
                include:
                  - os:
                      name: mac
                    py: "3.13"
        """);
    assertThat(matrix.keys()).containsExactly("os", "py", "shard");
  }

  @Test
  void strategyWithoutMatrix() {
    assertThat(strategyOf(withStrategy(new Strategy(null, null, null, null).failFast(false).maxParallel(1)))).isEqualTo("""
            strategy:
              fail-fast: false
              max-parallel: 1
        """);
  }

  @Test
  void failFastMaxParallelAndTheWholeStrategyMayBeExpressions() {
    Strategy parts = Strategy.matrix(Matrix.axis("os", "linux"))
        .failFast(Expr.github("event_name").eq("pull_request")).maxParallel(Expr.fromJson(Expr.vars("PARALLEL")));

    assertThat(strategyOf(withStrategy(parts))).isEqualTo("""
            strategy:
              matrix:
                os:
                  - linux
              fail-fast: ${{ github.event_name == 'pull_request' }}
              max-parallel: ${{ fromJSON(vars.PARALLEL) }}
        """);
    assertThat(jobs(withStrategy(Strategy.fromExpression(Expr.fromJson(Expr.inputs("strategy"))))))
        .contains("\n    strategy: ${{ fromJSON(inputs.strategy) }}\n    steps:\n");
  }
}
