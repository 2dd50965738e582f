package dev.gha4j.expr;

import dev.gha4j.expr.ExprLexer.Kind;
import dev.gha4j.expr.ExprLexer.Token;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Recursive-descent parser for GitHub's expression grammar: {@code || && == != < <= > >= !},
 * property access ({@code a.b}, {@code a['b']}, {@code a.*}, {@code a[*]}), calls, parentheses
 * and literals. Tokens come from {@link ExprLexer}, which refuses what GitHub's lexer refuses;
 * the limits are GitHub's: 21,000 characters, 50 levels of nesting.
 */
final class ExprParser {
  /** GitHub's {@code ExpressionConstants.MaxLength}. */
  static final int MAX_LENGTH = 21_000;
  /** GitHub's {@code ExpressionConstants.MaxDepth}: the height of the tree, with chains of && or || as one node. */
  static final int MAX_DEPTH = 50;
  // Redundant parentheses nest the parser without deepening the tree; past this, give up early
  // instead of overflowing the stack.
  private static final int MAX_PARSER_NESTING = 200;

  private final String text;
  private final Collection<String> contexts;
  private final ExprLexer lexer;
  private Token token;
  private Token previous;
  private int nesting;

  ExprParser(String text, Collection<String> contexts) {
    this.text = text;
    this.contexts = contexts;
    this.lexer = new ExprLexer(text);
  }

  Expr parseAll() {
    if (text.length() > MAX_LENGTH) throw error(0, "longer than GitHub's limit of " + MAX_LENGTH + " characters");
    advance();
    if (token.kind() == Kind.END) return new Literal(null); // GitHub evaluates an empty expression to null
    Expr e = or();
    if (token.kind() != Kind.END) throw unexpected();
    if (ExprDepth.of(e) > MAX_DEPTH) throw error(0, "nested more than GitHub's limit of " + MAX_DEPTH + " levels");
    return e;
  }

  private Expr or() {
    if (++nesting > MAX_PARSER_NESTING) throw error(token.index(), "nested more than " + MAX_PARSER_NESTING + " levels");
    Expr e = and();
    while (takeOperator("||")) e = new Binary(Binary.Op.OR, e, and());
    nesting--;
    return e;
  }

  private Expr and() {
    Expr e = equality();
    while (takeOperator("&&")) e = new Binary(Binary.Op.AND, e, equality());
    return e;
  }

  private Expr equality() {
    Expr e = comparison();
    while (true) {
      if (takeOperator("==")) e = new Binary(Binary.Op.EQ, e, comparison());
      else if (takeOperator("!=")) e = new Binary(Binary.Op.NE, e, comparison());
      else return e;
    }
  }

  private Expr comparison() {
    Expr e = unary();
    while (true) {
      if (takeOperator("<=")) e = new Binary(Binary.Op.LE, e, unary());
      else if (takeOperator(">=")) e = new Binary(Binary.Op.GE, e, unary());
      else if (takeOperator("<")) e = new Binary(Binary.Op.LT, e, unary());
      else if (takeOperator(">")) e = new Binary(Binary.Op.GT, e, unary());
      else return e;
    }
  }

  private Expr unary() {
    if (takeOperator("!")) return new Not(unary());
    return postfix(primary());
  }

  private Expr postfix(Expr e) {
    while (true) {
      if (take(Kind.DEREFERENCE)) {
        if (take(Kind.WILDCARD)) e = new Property(e, Property.WILDCARD);
        else e = new Property(e, expect(Kind.PROPERTY_NAME).raw());
      } else if (take(Kind.START_INDEX)) {
        if (take(Kind.WILDCARD)) {
          e = new Property(e, Property.WILDCARD); // x[*] is x.*
        } else {
          e = new Index(e, or());
        }
        expect(Kind.END_INDEX);
      } else {
        return e;
      }
    }
  }

  private Expr primary() {
    Token t = token;
    switch (t.kind()) {
      case NULL, BOOLEAN, NUMBER, STRING -> {
        advance();
        return new Literal(t.value());
      }
      case START_GROUP -> {
        advance();
        Expr inner = or();
        expect(Kind.END_GROUP);
        return inner;
      }
      case FUNCTION -> {
        return call();
      }
      case NAMED_VALUE -> {
        advance();
        return new ContextRef(context(t));
      }
      default -> throw unexpected();
    }
  }

  private String context(Token t) {
    for (String known : contexts) if (known.equalsIgnoreCase(t.raw())) return known;
    throw error(t.index(), "unknown context '" + t.raw() + "' (known: " + String.join(", ", contexts.stream().sorted().toList()) + ")");
  }

  private Expr call() {
    Token name = token;
    String canonical = canonicalFunction(name.raw());
    if (canonical == null) throw error(name.index(), "unknown function '" + name.raw() + "'");
    advance();
    expect(Kind.START_PARAMETERS);
    List<Expr> args = new ArrayList<>();
    if (!take(Kind.END_PARAMETERS)) {
      do {
        args.add(or());
      } while (take(Kind.SEPARATOR));
      expect(Kind.END_PARAMETERS);
    }
    int[] arity = Call.ARITY.get(canonical);
    if (args.size() < arity[0] || args.size() > arity[1]) {
      throw error(name.index(), canonical + "() takes " + arity(arity[0], arity[1]) + ", not " + args.size());
    }
    if (canonical.equals(Call.CASE) && args.size() % 2 == 0) {
      throw error(name.index(), "case() takes an odd number of arguments (condition, value pairs, then the default), not "
          + args.size());
    }
    return new Call(canonical, args);
  }

  // "2 arguments", "1 or 2 arguments" (join), "1 or more arguments" (format, hashFiles).
  private static String arity(int min, int max) {
    String count = min == max ? String.valueOf(min)
        : max == Call.MANY ? min + " or more" : min + (max == min + 1 ? " or " : " to ") + max;
    return count + (min == max && min == 1 ? " argument" : " arguments");
  }

  // Function names are case-insensitive in GitHub; we render GitHub's documented spelling.
  private static String canonicalFunction(String name) {
    for (String known : Call.ARITY.keySet()) if (known.equalsIgnoreCase(name)) return known;
    return null;
  }

  private void advance() {
    previous = token;
    token = lexer.next();
  }

  private boolean take(Kind kind) {
    if (token.kind() != kind) return false;
    advance();
    return true;
  }

  private boolean takeOperator(String symbol) {
    if (token.kind() != Kind.OPERATOR || !token.raw().equals(symbol)) return false;
    advance();
    return true;
  }

  private Token expect(Kind kind) {
    Token t = token;
    if (!take(kind)) throw unexpected();
    return t;
  }

  /** The current token cannot stand here: GitHub's "Unexpected symbol" or "Unexpected end of expression". */
  private ExprSyntaxException unexpected() {
    if (token.kind() == Kind.END) {
      return error(previous.index(), "expression ends too early after '" + previous.raw() + "'");
    }
    String raw = token.raw();
    boolean malformed = token.kind() == Kind.UNEXPECTED && token.misplaced() == null;
    if (malformed && raw.startsWith("'")) return error(token.index(), "string literal is not closed");
    if (malformed && "0123456789+-.".indexOf(raw.charAt(0)) >= 0) return error(token.index(), "'" + raw + "' is not a number");
    boolean string = token.kind() == Kind.STRING || token.misplaced() == Kind.STRING;
    return error(token.index(), "unexpected " + (string ? "string " + raw : "'" + raw + "'"));
  }

  private ExprSyntaxException error(int column, String problem) {
    return new ExprSyntaxException(text, column, problem);
  }
}
