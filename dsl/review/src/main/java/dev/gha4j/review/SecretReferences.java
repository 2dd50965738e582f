package dev.gha4j.review;

import dev.gha4j.expr.ContextPath;
import dev.gha4j.expr.Embedded;
import dev.gha4j.expr.Expr;
import dev.gha4j.expr.ExprSyntaxException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * The secrets a part of a workflow reads: every {@code secrets.NAME} in any {@code ${{ }}} of any
 * value below it, and in every {@code if:} (a bare expression). A computed name
 * ({@code secrets[inputs.name]}) counts as the secret {@code *}: it can be any of them.
 */
final class SecretReferences {
  private SecretReferences() {}

  /** Secret names read anywhere in {@code node}, sorted, compared without case as GitHub does. */
  static Set<String> in(JsonNode node) {
    Set<String> found = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    collect(node, false, found);
    return found;
  }

  /** Secret names read at the top of a workflow ({@code env}, {@code concurrency}, …): every job sees those. */
  static Set<String> outsideJobs(JsonNode workflow) {
    Set<String> found = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (Map.Entry<String, JsonNode> e : workflow.properties()) {
      if (!e.getKey().equals("jobs")) collect(e.getValue(), false, found);
    }
    return found;
  }

  private static void collect(JsonNode node, boolean isCondition, Set<String> found) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) collect(e.getValue(), e.getKey().equals("if"), found);
    } else if (node.isArray()) {
      for (JsonNode item : node.values()) collect(item, false, found);
    } else if (node.isString()) {
      String text = node.asString();
      // Most values hold no expression, or one that names no secret; only the rest are parsed.
      if ((!isCondition && !Embedded.hasExpression(text)) || !mentionsSecrets(text)) return;
      if (isCondition) {
        Condition c = Condition.read(text);
        if (c.expr() != null) add(c.expr(), found);
      }
      for (Embedded.Occurrence o : Embedded.find(text)) {
        try {
          add(o.parse(), found);
        } catch (ExprSyntaxException e) {
          // GitHub rejects such a workflow; there is no secret to report in text that is no expression.
        }
      }
    }
  }

  private static boolean mentionsSecrets(String text) {
    for (int i = 0; i + 7 <= text.length(); i++) if (text.regionMatches(true, i, "secrets", 0, 7)) return true;
    return false;
  }

  private static void add(Expr e, Set<String> found) {
    for (ContextPath path : ContextPath.readBy(e)) {
      if (path.isIn("secrets")) found.add(path.segment(1) == null ? ContextPath.ANY : path.segment(1));
    }
  }
}
