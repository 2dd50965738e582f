package dev.gha4j.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.expr.Expr;
import dev.gha4j.expr.ExprSyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every case of GitHub's expression conformance suite through gha4j's parser and evaluator. A
 * case passes when gha4j gives the same kind and value, or the same kind of error (a syntax error
 * at the same column, when GitHub names one). Excluded cases are listed with their reason in
 * {@code conformance/exclusions.txt}; one that starts passing fails this test, so the list cannot
 * go stale.
 */
class ExpressionConformanceTest {

  @Test
  void gha4jAgreesWithGitHubOnEveryCaseOfItsConformanceSuite() {
    List<ConformanceSuite.Case> cases = ConformanceSuite.cases();
    Map<String, String> excluded = ConformanceSuite.exclusions();
    List<String> failures = new ArrayList<>();
    List<String> staleExclusions = new ArrayList<>();
    int passed = 0;
    long start = System.nanoTime();
    for (ConformanceSuite.Case c : cases) {
      String problem = check(c);
      if (problem == null) passed++;
      if (excluded.containsKey(c.id())) {
        if (problem == null) staleExclusions.add(c.id());
      } else if (problem != null) {
        failures.add(c.id() + " " + c.expr().replace("\n", "\\n") + ": " + problem);
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("expression conformance: " + passed + "/" + cases.size() + " (" + excluded.size() + " excluded), "
        + millis + " ms");
    assertThat(cases).as("the vendored suite").hasSize(1020);
    assertThat(excluded.keySet()).as("exclusions name real cases")
        .allMatch(id -> cases.stream().anyMatch(c -> c.id().equals(id)));
    assertThat(staleExclusions).as("excluded cases that now pass: remove them from exclusions.txt").isEmpty();
    assertThat(failures).as("cases where gha4j and GitHub disagree").isEmpty();
  }

  /** Null when gha4j agrees with GitHub on this case, else what differs. */
  static String check(ConformanceSuite.Case c) {
    Value actual;
    try {
      actual = evaluate(c);
    } catch (ExprSyntaxException e) {
      if (!c.expectsError() || c.errorKind().equals("evaluation")) return "syntax error: " + e.getMessage();
      return c.locatedAt(e.column()) ? null : "column " + e.column() + ", GitHub: " + c.errorMessage();
    } catch (EvaluationException e) {
      return c.expectsError() && c.errorKind().equals("evaluation") ? null : "evaluation error: " + e.getMessage();
    }
    if (c.expectsError()) return "no error, GitHub: " + c.errorKind() + " error " + c.errorMessage();
    return ConformanceValues.differs(actual, c.resultKind(), c.result());
  }

  private static Value evaluate(ConformanceSuite.Case c) {
    Map<String, Value> contexts = new LinkedHashMap<>();
    c.contexts().forEach((name, json) -> contexts.put(name, ConformanceValues.of(json)));
    Expr e = Expr.parse(c.expr(), contexts.keySet());
    return Evaluator.of(new Value.Dictionary(contexts)).evaluate(e);
  }
}
