package dev.gha4j.emit;

import dev.gha4j.expr.Expr;
import dev.gha4j.source.Gha4jException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What the validator needs to know about a tree besides its values, by node identity: the
 * expression a text node was written from, and which values came from an escape hatch. Only kept
 * when the tree is built for the validator; rendering passes none.
 */
final class Trace {

  final Map<JsonNode, Expr> expressions = new IdentityHashMap<>();
  final Set<JsonNode> escapeHatches = Collections.newSetFromMap(new IdentityHashMap<>());
  /** Escape-hatch fragments that are not YAML; the tree leaves them out. */
  final List<Gha4jException> broken = new ArrayList<>();
}
