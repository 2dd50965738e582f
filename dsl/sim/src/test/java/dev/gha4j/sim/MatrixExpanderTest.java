package dev.gha4j.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.Combination;
import dev.gha4j.model.Matrix;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatrixExpanderTest {

  private static final Evaluator EV = Evaluator.of(Value.dictionary(
      Map.of("needs", Map.of("plan", Map.of("outputs", Map.of(
          "matrix", "{\"os\":[\"linux\",\"mac\"],\"include\":[{\"os\":\"win\",\"shell\":\"pwsh\"}]}",
          "versions", "[\"3.11\",\"3.12\"]"))))));

  private static List<Map<String, Object>> expand(Matrix m) {
    return MatrixExpander.expand(m, EV).stream().map(JavaValues::map).toList();
  }

  @Test
  void cartesianProductFirstAxisSlowest() {
    assertThat(expand(Matrix.axis("os", "linux", "mac").and("node", 18, 20))).containsExactly(
        Map.of("os", "linux", "node", 18.0), Map.of("os", "linux", "node", 20.0),
        Map.of("os", "mac", "node", 18.0), Map.of("os", "mac", "node", 20.0));
  }

  @Test
  void excludeDropsEveryCombinationAPartialEntryMatches() {
    Matrix m = Matrix.axis("os", "linux", "mac").and("node", 18, 20).and("arch", "x64", "arm")
        .exclude(Combination.of("os", "mac").and("node", 18));
    assertThat(expand(m)).hasSize(6)
        .noneMatch(c -> c.get("os").equals("mac") && c.get("node").equals(18.0));
  }

  @Test
  void includeFollowsGitHubsDocumentedExample() {
    // The example of "Expanding or adding matrix configurations" in GitHub's docs, with its result.
    Matrix m = Matrix.axis("fruit", "apple", "pear").and("animal", "cat", "dog")
        .include(Combination.of("color", "green"),
            Combination.of("color", "pink").and("animal", "cat"),
            Combination.of("fruit", "apple").and("shape", "circle"),
            Combination.of("fruit", "banana"),
            Combination.of("fruit", "banana").and("animal", "cat"));
    assertThat(expand(m)).containsExactly(
        Map.of("fruit", "apple", "animal", "cat", "color", "pink", "shape", "circle"),
        Map.of("fruit", "apple", "animal", "dog", "color", "green", "shape", "circle"),
        Map.of("fruit", "pear", "animal", "cat", "color", "pink"),
        Map.of("fruit", "pear", "animal", "dog", "color", "green"),
        Map.of("fruit", "banana"),
        Map.of("fruit", "banana", "animal", "cat"));
  }

  @Test
  void includeOnlyMatrix() {
    Matrix m = Matrix.including(Combination.of("site", "staging"), Combination.of("site", "production"));
    assertThat(expand(m)).containsExactly(Map.of("site", "staging"), Map.of("site", "production"));
  }

  @Test
  void matrixFromAnExpression() {
    Matrix m = Matrix.fromExpression(Expr.fromJson(Expr.needsOutput("plan", "matrix")));
    assertThat(expand(m)).containsExactly(
        Map.of("os", "linux"), Map.of("os", "mac"), Map.of("os", "win", "shell", "pwsh"));
    Matrix axis = Matrix.axis("os", "linux").and("python", Expr.fromJson(Expr.needsOutput("plan", "versions")));
    assertThat(expand(axis)).extracting(c -> c.get("python")).containsExactly("3.11", "3.12");
  }

  @Test
  void aMatrixExpressionThatIsNotAnObjectIsAnError() {
    Matrix m = Matrix.fromExpression(Expr.fromJson(Expr.needsOutput("plan", "versions")));
    assertThatThrownBy(() -> expand(m)).isInstanceOf(EvaluationException.class).hasMessageContaining("not an object");
  }
}
