package dev.gha4j.validate;

import dev.gha4j.expr.Embedded;
import dev.gha4j.expr.Expr;
import dev.gha4j.expr.ExprSyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The expressions in text values, parsed once per validation: the schema check and the scope
 * checks both read them.
 */
final class ParsedExpressions {
  /** The expressions of one text, or the syntax error that stopped parsing it. */
  record Parsed(List<Expr> expressions, String error) {}

  private static final Parsed NONE = new Parsed(List.of(), null);

  private final Map<String, Parsed> embedded = new HashMap<>();
  private final Map<String, Parsed> conditions = new HashMap<>();

  /**
   * The expressions {@code text} holds: each {@code ${{ }}}, or for a {@code condition} without
   * one, the whole text, which GitHub reads as an expression.
   */
  Parsed of(String text, boolean condition) {
    boolean embeds = Embedded.hasExpression(text);
    if (!condition && !embeds) return NONE; // most text (every script without ${{ }}) is not cached
    boolean whole = condition && !embeds;
    Map<String, Parsed> cache = whole ? conditions : embedded;
    Parsed known = cache.get(text);
    if (known == null) {
      known = parse(text, whole);
      cache.put(text, known);
    }
    return known;
  }

  private static Parsed parse(String text, boolean whole) {
    List<Expr> found = new ArrayList<>();
    if (whole && text.isBlank()) return new Parsed(List.of(), null); // GitHub reads it as success()
    try {
      if (whole) found.add(Expr.parse(text));
      else for (Embedded.Occurrence o : Embedded.find(text)) found.add(o.parse());
      return new Parsed(List.copyOf(found), null);
    } catch (ExprSyntaxException e) {
      return new Parsed(List.copyOf(found), e.getMessage());
    }
  }
}
