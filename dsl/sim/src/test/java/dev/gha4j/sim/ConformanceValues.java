package dev.gha4j.sim;

import tools.jackson.databind.JsonNode;

/** The suite's JSON values as gha4j values, and the comparison GitHub's harness makes. */
final class ConformanceValues {
  private ConformanceValues() {}

  static Value of(JsonNode json) {
    return ValueJson.convert(json);
  }

  /** Null when {@code actual} is of {@code kind} and equal to {@code expected}, else a description. */
  static String differs(Value actual, String kind, JsonNode expected) {
    String actualKind = actual.kind().gitHubName();
    if (!actualKind.equals(kind) || !same(actual, of(expected))) {
      return "gha4j: " + actualKind + " " + actual + ", GitHub: " + kind + " " + expected;
    }
    return null;
  }

  // Numbers compare as numbers (GitHub's harness compares JSON text, where -0 is 0).
  private static boolean same(Value a, Value b) {
    if (a instanceof Value.Number x && b instanceof Value.Number y) {
      return x.value() == y.value() || (Double.isNaN(x.value()) && Double.isNaN(y.value()));
    }
    return a.equals(b);
  }
}
