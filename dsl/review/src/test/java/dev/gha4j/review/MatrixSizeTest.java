package dev.gha4j.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.emit.WorkflowYaml;
import org.junit.jupiter.api.Test;

/** Matrix sizes by GitHub's include and exclude rules. */
class MatrixSizeTest {
  private static String size(String matrix) {
    return MatrixSize.of(WorkflowYaml.parse(matrix));
  }

  @Test
  void theProductOfTheAxes() {
    assertThat(size("{os: [a, b, c], v: [1, 2]}")).isEqualTo("6");
    assertThat(size("{os: []}")).isEqualTo("0");
  }

  @Test
  void excludeRemovesEveryCombinationItMatches() {
    assertThat(size("{os: [a, b], v: [1, 2], exclude: [{os: a}]}")).isEqualTo("2");
    assertThat(size("{os: [a, b], v: [1, 2], exclude: [{os: a, v: 1}]}")).isEqualTo("3");
  }

  @Test
  void includeExtendsMatchingCombinationsOrAddsOne() {
    assertThat(size("{os: [a, b], include: [{os: a, extra: x}]}")).as("merged into os=a").isEqualTo("2");
    assertThat(size("{os: [a, b], include: [{os: c}]}")).as("overwrites os: a new combination").isEqualTo("3");
    assertThat(size("{os: [a, b], include: [{extra: x}]}")).as("added to every combination").isEqualTo("2");
    assertThat(size("{include: [{os: a}, {os: b}]}")).as("include alone").isEqualTo("2");
  }

  @Test
  void anExpressionMakesItDynamic() {
    assertThat(size("\"${{ fromJSON(needs.plan.outputs.matrix) }}\"")).isEqualTo("dynamic");
    assertThat(size("{os: \"${{ fromJSON(inputs.os) }}\"}")).isEqualTo("dynamic");
    assertThat(size("{os: [a], include: \"${{ fromJSON(inputs.extra) }}\"}")).isEqualTo("dynamic");
  }
}
