package dev.gha4j.validate;

import dev.gha4j.emit.WorkflowYaml;
import dev.gha4j.expr.Expr;
import dev.gha4j.expr.Literal;
import dev.gha4j.source.SourceLocation;
import dev.gha4j.validate.GitHubSchema.Definition;
import dev.gha4j.validate.GitHubSchema.Kind;
import dev.gha4j.validate.GitHubSchema.Property;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads the workflow's tree as GitHub's parser reads the YAML (its template reader, driven by
 * {@link GitHubSchema}): keys that differ only in case, values of the wrong type, empty where GitHub
 * wants text, activity types an event does not have, expressions where none may stand, contexts
 * and functions not available at their key, and every key and value of an escape hatch.
 *
 * <p>The model checks report what the schema cannot see (ids, needs, scopes of expressions); what
 * it can see is reported here, for the mappings gha4j writes and for escape hatches alike.
 */
final class SchemaCheck {
  /** Keys GitHub accepts only behind a feature flag that the public service does not set. */
  private static final Set<String> BACKGROUND_STEP_KEYS = Set.of("background", "wait", "wait-all", "cancel");

  private final WorkflowYaml.Document doc;
  private final Elements elements;
  private final ParsedExpressions parsed;
  private final Findings found;
  private final List<String> path = new ArrayList<>();
  private final boolean hatches;
  private SourceLocation where = SourceLocation.UNKNOWN;
  private int base; // path segments before this index belong to the enclosing element
  private int index = -1; // the position of the list item being read, else -1

  SchemaCheck(Elements elements, WorkflowYaml.Document doc, ParsedExpressions parsed, Findings found) {
    this.elements = elements;
    this.doc = doc;
    this.parsed = parsed;
    this.found = found;
    this.hatches = !doc.escapeHatches().isEmpty();
  }

  void run() {
    value(doc.tree(), SchemaPosition.root(GitHubSchema.github()), false);
  }

  private void value(JsonNode node, SchemaPosition at, boolean escaped) {
    if (node.isMissingNode()) return; // an escape-hatch fragment that is not YAML, reported as such
    SourceLocation savedWhere = where;
    int savedBase = base;
    SourceLocation anchor = node.isObject() ? elements.at(path, index) : null;
    if (anchor != null) {
      where = anchor;
      if (isElementPath()) base = path.size();
    }
    boolean hatch = escaped || hatches && doc.escapeHatches().contains(node); // checked for YAML merge keys
    if (node.isObject()) mapping(node, at, hatch);
    else if (node.isArray()) sequence(node, at, hatch);
    else scalar(node, at);
    where = savedWhere;
    base = savedBase;
  }

  // Problems inside a job or step name the path from it ("env.ON"); inside triggers, from the top.
  private boolean isElementPath() {
    int n = path.size();
    return n == 2 && path.get(0).equals("jobs") || n >= 2 && path.get(n - 2).equals("steps");
  }

  private void sequence(JsonNode node, SchemaPosition at, boolean escaped) {
    List<Definition> sequences = at.ofKind(Kind.SEQUENCE);
    if (sequences.isEmpty()) {
      report(Check.VALUE, "a list is not allowed here; fix: write " + Expected.of(at));
      return;
    }
    SchemaPosition item = at.child(sequences.get(0).itemType());
    for (int i = 0; i < node.size(); i++) {
      path.add("[" + i + "]");
      index = i;
      value(node.get(i), item, escaped);
      index = -1;
      path.remove(path.size() - 1);
    }
  }

  private void mapping(JsonNode node, SchemaPosition at, boolean escaped) {
    List<Definition> mappings = at.ofKind(Kind.MAPPING);
    if (mappings.isEmpty()) {
      report(Check.VALUE, "a mapping is not allowed here; fix: write " + Expected.of(at));
      return;
    }
    Definition first = mappings.get(0);
    boolean looseOnly = mappings.size() == 1 && first.properties().isEmpty() && first.looseKey() != null;
    int[] candidates = {(1 << mappings.size()) - 1}; // which kinds of mapping this still may be
    // Keys told apart without case: pairwise for the usual few keys, hashed for thousands of jobs.
    Map<String, String> seen = node.size() > 8 ? new HashMap<>(node.size() * 2) : null;
    List<String> earlier = new ArrayList<>(node.size());
    boolean expressionKey = false;
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      String key = entry.getKey();
      if (!escaped && WorkflowYaml.isPlaceholderKey(key)) continue; // a comment the writer puts there
      JsonNode v = entry.getValue();
      path.add(key);
      index = -1;
      if (key.indexOf('\u0000') >= 0) nul();
      boolean keyEscaped = escaped || hatches && doc.escapeHatches().contains(v);
      String same = sameKey(seen, earlier, key);
      if (keyEscaped && key.equals("<<")) {
        report(Check.ESCAPE_HATCH_YAML, "a YAML merge key ('<<'), which GitHub does not read as a merge; fix:"
            + " write the keys themselves");
      } else if (key.contains("${{")) {
        expressionKey = true;
        expressionKey(key, v, at, looseOnly ? first.looseValue() : "any", keyEscaped);
      } else if (same != null) {
        duplicate(key, same, v);
      } else {
        entry(key, v, at, looseOnly, candidates, keyEscaped, earlier);
        earlier.add(key);
      }
      path.remove(path.size() - 1);
    }
    required(node, at, candidates[0], expressionKey);
  }

  // An earlier key equal to `key` but for case, or null; records `key` in `seen` when it is used.
  private static String sameKey(Map<String, String> seen, List<String> earlier, String key) {
    if (seen != null) return seen.putIfAbsent(key.toUpperCase(Locale.ROOT), key);
    return Names.find(earlier, key);
  }

  // The first earlier key that no kind of mapping here has together with `key`, or null.
  private static String conflict(SchemaPosition at, String key, List<String> earlier) {
    for (String k : earlier) {
      boolean together = false;
      for (Definition d : at.ofKind(Kind.MAPPING)) {
        if (d.properties().containsKey(key) && d.properties().containsKey(k)) together = true;
      }
      if (!together) return k;
    }
    return null;
  }

  private void entry(String key, JsonNode v, SchemaPosition at, boolean looseOnly, int[] candidates,
      boolean escaped, List<String> earlier) {
    if (!looseOnly) {
      Property p = match(at, candidates, key);
      if (p != null && !BACKGROUND_STEP_KEYS.contains(key)) {
        value(v, at.child(p.type()), escaped);
        return;
      }
    }
    Definition first = at.ofKind(Kind.MAPPING).get(0);
    if (first.looseKey() != null) {
      String problem = literal(at.child(first.looseKey()), JsonNodeFactory.instance.stringNode(key));
      if (problem != null) report(Check.VALUE, "the key '" + key + "' " + problem);
      value(v, at.child(first.looseValue()), escaped);
    } else if (at.propertyNames().contains(key) && !BACKGROUND_STEP_KEYS.contains(key)
        && conflict(at, key, earlier) != null) {
      reportAt(v, Check.UNKNOWN_KEY, "'" + key + "' cannot be used together with '" + conflict(at, key, earlier)
          + "'; fix: " + Hints.of(at.def().name()));
    } else {
      Set<String> known = at.propertyNames();
      known.removeAll(BACKGROUND_STEP_KEYS);
      reportAt(v, Check.UNKNOWN_KEY, "GitHub does not know the key '" + key + "' here; fix: "
          + Hints.closest(key, known) + " (keys are case-sensitive; known: " + Hints.list(known) + ")");
    }
  }

  // GitHub's matchPropertyAndFilter: a property some candidates have narrows the candidates to
  // those, and the last of them gives its type. Candidates are bits, one per kind of mapping.
  private static Property match(SchemaPosition at, int[] candidates, String key) {
    Property[] byKind = at.property(key);
    if (byKind == null) return null;
    Property found = null;
    int having = 0;
    for (int i = 0; i < byKind.length; i++) {
      if (byKind[i] != null && (candidates[0] & 1 << i) != 0) {
        found = byKind[i];
        having |= 1 << i;
      }
    }
    if (found != null) candidates[0] = having;
    return found;
  }

  private void expressionKey(String key, JsonNode v, SchemaPosition at, String valueType, boolean escaped) {
    if (!at.allowsExpressions()) {
      report(Check.EXPRESSION_NOT_ALLOWED, "a key may not be an expression here ('" + key + "'); fix: write the key itself");
      return;
    }
    expressions(key, null, at, false);
    report(Check.NAME_EXPRESSION, "a key that is an expression ('" + key + "'): gha4j refuses names that are only known"
        + " when the workflow runs; fix: write the name itself, and put the expression in the value");
    value(v, at.child(valueType), escaped);
  }

  private void duplicate(String key, String first, JsonNode v) {
    SourceLocation own = v.isObject() ? elements.at(path, -1) : null;
    path.set(path.size() - 1, "");
    SourceLocation saved = where;
    if (own != null) where = own;
    report(Check.DUPLICATE_KEY, "'" + first + "' and '" + key + "' differ only in case, and GitHub reads keys"
        + " without case, so they are the same key; fix: rename one");
    where = saved;
    path.set(path.size() - 1, key);
  }

  // About a key: at the line of the element its value was made for, when it has one (a job, a trigger).
  private void reportAt(JsonNode value, Check check, String message) {
    SourceLocation own = value.isObject() ? elements.at(path, -1) : null;
    SourceLocation saved = where;
    if (own != null) where = own;
    report(check, message);
    where = saved;
  }

  private void required(JsonNode node, SchemaPosition at, int candidates, boolean expressionKey) {
    List<Definition> mappings = at.ofKind(Kind.MAPPING);
    if (Integer.bitCount(candidates) > 1) {
      Map<String, Integer> hits = new java.util.TreeMap<>();
      for (int i = 0; i < mappings.size(); i++) {
        if ((candidates & 1 << i) == 0) continue;
        for (String k : mappings.get(i).properties().keySet()) hits.merge(k, 1, Integer::sum);
      }
      List<String> distinctive = new ArrayList<>();
      hits.forEach((k, n) -> {
        if (n == 1 && !BACKGROUND_STEP_KEYS.contains(k)) distinctive.add(k);
      });
      report(Check.REQUIRED_KEY, "GitHub cannot tell what kind of " + Hints.noun(at.def().name()) + " this is: it has"
          + " none of " + String.join(", ", distinctive) + "; fix: " + Hints.of(at.def().name()));
    } else if (!expressionKey) {
      for (String key : SchemaPosition.required(mappings.get(Integer.numberOfTrailingZeros(candidates)))) {
        if (!hasKeyIgnoringCase(node, key)) {
          report(Check.REQUIRED_KEY, "the required key '" + key + "' is missing; fix: " + Hints.required(key));
        }
      }
    }
  }

  private static boolean hasKeyIgnoringCase(JsonNode node, String key) {
    return Names.find(node.propertyNames(), key) != null;
  }

  private void scalar(JsonNode node, SchemaPosition at) {
    JsonNode value = node;
    if (node.isString()) {
      String text = node.stringValue();
      if (text.indexOf('\u0000') >= 0) nul();
      Expr given = doc.expressions().get(node);
      if (given != null || text.contains("${{")) {
        // ${{ 'text' }} alone is that text to GitHub's parser, even where expressions are not
        // allowed, and checked as such; any other expression may be anything.
        String literal = onlyStringLiteral(text, given);
        if (literal == null) {
          if (at.allowsExpressions()) expressions(text, given, at, false);
          else report(Check.EXPRESSION_NOT_ALLOWED, "expressions are not allowed here ('" + text + "'); fix: write the value itself");
          return;
        }
        value = JsonNodeFactory.instance.stringNode(literal);
      } else if (at.isCondition() && at.allowsExpressions()) {
        expressions(text, null, at, true);
      }
    }
    String problem = literal(at, value);
    if (problem != null) report(Check.VALUE, problem);
  }

  private String onlyStringLiteral(String text, Expr given) {
    if (!text.startsWith("${{") || !text.endsWith("}}")) return null;
    Expr only = given;
    if (only == null) {
      List<Expr> all = parsed.of(text, false).expressions();
      if (all.size() != 1 || dev.gha4j.expr.Embedded.find(text).size() != 1) return null;
      only = all.get(0);
    }
    return only instanceof Literal l && l.value() instanceof String s ? s : null;
  }

  // YAML carries it, but the runner hands values on as C strings (environment, arguments), which end there.
  private void nul() {
    report(Check.NUL_CHARACTER, "text contains a NUL character (U+0000), which the runner cannot pass on: values"
        + " reach scripts as C strings, which end at NUL; fix: remove it");
  }

  // Null when some scalar definition here takes the value (a non-string also as its text), as GitHub's validate().
  private static String literal(SchemaPosition at, JsonNode node) {
    List<Definition> scalars = at.scalars();
    for (Definition d : scalars) if (Expected.matches(d, node, false)) return null;
    if (!node.isString()) for (Definition d : scalars) if (Expected.matches(d, node, true)) return null;
    return "'" + Expected.display(node) + "' is not allowed here; fix: write " + Expected.of(at);
  }

  private void expressions(String text, Expr given, SchemaPosition at, boolean condition) {
    List<Expr> all;
    if (given != null) {
      all = List.of(given);
    } else {
      ParsedExpressions.Parsed p = parsed.of(text, condition);
      if (p.error() != null) report(Check.EXPRESSION_SYNTAX, p.error());
      all = p.expressions();
    }
    for (Expr e : all) {
      for (String problem : ContextAvailability.problems(e, at)) {
        String path = relativePath();
        found.add(Check.CONTEXT_AVAILABILITY, where, (path.isEmpty() ? "the value" : path) + " " + problem);
      }
    }
  }

  /** {@code path: message}, or {@code job 'build': message} about the element itself. */
  private void report(Check check, String message) {
    String at = relativePath();
    found.add(check, where, (at.isEmpty() ? element() : at) + ": " + message);
  }

  private String element() {
    if (base >= 2 && path.get(base - 2).equals("steps")) {
      String index = path.get(base - 1);
      return "step " + (Integer.parseInt(index.substring(1, index.length() - 1)) + 1) + " of job '" + path.get(1) + "'";
    }
    return base == 2 && path.get(0).equals("jobs") ? "job '" + path.get(1) + "'" : "the workflow";
  }

  private String relativePath() {
    StringBuilder sb = new StringBuilder();
    for (int i = base; i < path.size(); i++) {
      String segment = path.get(i);
      if (segment.isEmpty()) continue;
      if (sb.length() > 0 && !segment.startsWith("[")) sb.append('.');
      sb.append(segment);
    }
    return sb.toString();
  }
}
