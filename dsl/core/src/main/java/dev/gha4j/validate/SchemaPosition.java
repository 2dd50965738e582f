package dev.gha4j.validate;

import dev.gha4j.validate.GitHubSchema.Definition;
import dev.gha4j.validate.GitHubSchema.Kind;
import dev.gha4j.validate.GitHubSchema.Property;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a value sits in GitHub's schema: its definition, and the contexts and functions an
 * expression there may use, which are those of the definition added to those of every enclosing
 * key (GitHub's {@code DefinitionInfo}). Positions are made once and shared: a workflow of
 * thousands of jobs visits the same few hundred.
 */
final class SchemaPosition {
  private static final Map<GitHubSchema, SchemaPosition> ROOTS = new ConcurrentHashMap<>();
  private static final Map<String, List<String>> REQUIRED = new ConcurrentHashMap<>();

  private final GitHubSchema schema;
  private final Definition def;
  private final List<String> allowed;
  private final Set<String> contexts;
  private final boolean condition;
  private final Map<String, SchemaPosition> children = new ConcurrentHashMap<>();
  private final Map<Kind, List<Definition>> byKind = new ConcurrentHashMap<>();
  // Worked out on first use; volatile, as positions are shared between threads.
  private volatile List<Definition> scalars;
  private volatile Map<String, Property[]> properties;

  private SchemaPosition(GitHubSchema schema, Definition def, List<String> allowed) {
    this.schema = schema;
    this.def = def;
    this.allowed = allowed;
    Set<String> names = new HashSet<>();
    for (String c : allowed) if (c.indexOf('(') < 0) names.add(c.toLowerCase(Locale.ROOT));
    this.contexts = Set.copyOf(names);
    this.condition = def.name().endsWith("-if");
  }

  /** The workflow file as a whole. */
  static SchemaPosition root(GitHubSchema schema) {
    return ROOTS.computeIfAbsent(schema, s -> new SchemaPosition(s, s.definition(GitHubSchema.ROOT), List.of()));
  }

  /** The definition of the value here. */
  Definition def() {
    return def;
  }

  /** Named contexts and functions ({@code hashFiles(1,255)}) allowed here; empty: no expression at all. */
  List<String> allowed() {
    return allowed;
  }

  /** The position of a value of definition {@code type} below this one. */
  SchemaPosition child(String type) {
    SchemaPosition known = children.get(type);
    if (known != null) return known;
    Definition d = schema.definition(type);
    List<String> merged = allowed;
    if (!d.context().isEmpty()) {
      merged = new ArrayList<>(allowed);
      Set<String> seen = new HashSet<>();
      for (String c : allowed) seen.add(c.toUpperCase(Locale.ROOT));
      for (String c : d.context()) if (seen.add(c.toUpperCase(Locale.ROOT))) merged.add(c);
      merged = List.copyOf(merged);
    }
    SchemaPosition made = new SchemaPosition(schema, d, merged);
    children.putIfAbsent(type, made);
    return children.get(type);
  }

  /** The definitions of {@code kind} this one is or stands for (a one-of lists several). */
  List<Definition> ofKind(Kind kind) {
    return byKind.computeIfAbsent(kind, k -> {
      if (def.kind() == k) return List.of(def);
      List<Definition> found = new ArrayList<>();
      if (def.kind() == Kind.ONE_OF) {
        for (String name : def.oneOf()) {
          Definition nested = schema.definition(name);
          if (nested.kind() == k) found.add(nested);
        }
      }
      return List.copyOf(found);
    });
  }

  /** Every scalar definition this one is or stands for, one-ofs expanded. */
  List<Definition> scalars() {
    if (scalars == null) {
      List<Definition> found = new ArrayList<>();
      scalars(def, found);
      scalars = List.copyOf(found);
    }
    return scalars;
  }

  private void scalars(Definition d, List<Definition> found) {
    switch (d.kind()) {
      case NULL, BOOLEAN, NUMBER, STRING -> found.add(d);
      case ONE_OF -> d.oneOf().forEach(n -> scalars(schema.definition(n), found));
      default -> { }
    }
  }

  /** The required properties of mapping {@code d}, worked out once per definition. */
  static List<String> required(Definition d) {
    return REQUIRED.computeIfAbsent(d.name(), name -> d.properties().entrySet().stream()
        .filter(e -> e.getValue().required()).map(Map.Entry::getKey).toList());
  }

  /** True when an expression may stand here. */
  boolean allowsExpressions() {
    return !allowed.isEmpty();
  }

  /** The named contexts allowed here, lower case. */
  Set<String> contexts() {
    return contexts;
  }

  /** The function {@code name} (any case) as allowed here, e.g. {@code hashFiles(1,255)}, or null. */
  String function(String name) {
    for (String c : allowed) {
      int paren = c.indexOf('(');
      if (paren > 0 && c.regionMatches(true, 0, name, 0, paren) && name.length() == paren) return c;
    }
    return null;
  }

  /**
   * The property {@code key} of each kind of mapping this is or stands for, indexed as
   * {@code ofKind(MAPPING)}; null when none has it.
   */
  Property[] property(String key) {
    if (properties == null) {
      List<Definition> mappings = ofKind(Kind.MAPPING);
      Map<String, Property[]> all = new HashMap<>();
      for (int i = 0; i < mappings.size(); i++) {
        for (Map.Entry<String, Property> p : mappings.get(i).properties().entrySet()) {
          all.computeIfAbsent(p.getKey(), k -> new Property[mappings.size()])[i] = p.getValue();
        }
      }
      properties = Map.copyOf(all);
    }
    return properties.get(key);
  }

  /** The YAML keys a mapping here may have, sorted. */
  Set<String> propertyNames() {
    Set<String> names = new TreeSet<>();
    for (Definition m : ofKind(Kind.MAPPING)) names.addAll(m.properties().keySet());
    return names;
  }

  /** True for an {@code if:} condition, whose text without {@code ${{ }}} is an expression too. */
  boolean isCondition() {
    return condition;
  }
}
