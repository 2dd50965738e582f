package dev.gha4j.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for GitHub's expression grammar: {@code || && == != < <= > >= !},
 * property access ({@code a.b}, {@code a['b']}, {@code a.*}), calls, parentheses and literals.
 */
final class ExprParser {
  private final String text;
  private int pos;

  ExprParser(String text) {
    this.text = text;
  }

  Expr parseAll() {
    Expr e = or();
    skipSpace();
    if (pos < text.length()) throw error("unexpected '" + text.charAt(pos) + "'");
    return e;
  }

  private Expr or() {
    Expr e = and();
    while (take("||")) e = new Binary(Binary.Op.OR, e, and());
    return e;
  }

  private Expr and() {
    Expr e = equality();
    while (take("&&")) e = new Binary(Binary.Op.AND, e, equality());
    return e;
  }

  private Expr equality() {
    Expr e = comparison();
    while (true) {
      if (take("==")) e = new Binary(Binary.Op.EQ, e, comparison());
      else if (take("!=")) e = new Binary(Binary.Op.NE, e, comparison());
      else return e;
    }
  }

  private Expr comparison() {
    Expr e = unary();
    while (true) {
      if (take("<=")) e = new Binary(Binary.Op.LE, e, unary());
      else if (take(">=")) e = new Binary(Binary.Op.GE, e, unary());
      else if (take("<")) e = new Binary(Binary.Op.LT, e, unary());
      else if (take(">")) e = new Binary(Binary.Op.GT, e, unary());
      else return e;
    }
  }

  private Expr unary() {
    skipSpace();
    if (peek('!') && !text.startsWith("!=", pos)) {
      pos++;
      return new Not(unary());
    }
    return postfix(primary());
  }

  private Expr postfix(Expr e) {
    while (true) {
      skipSpace();
      if (peek('.')) {
        pos++;
        if (peek('*')) {
          pos++;
          e = new Property(e, "*");
        } else {
          e = new Property(e, identifier());
        }
      } else if (peek('[')) {
        pos++;
        Expr index = or();
        expect("]");
        e = new Index(e, index);
      } else {
        return e;
      }
    }
  }

  private Expr primary() {
    skipSpace();
    if (pos >= text.length()) throw error("expression ends too early");
    char c = text.charAt(pos);
    if (c == '(') {
      pos++;
      Expr inner = or();
      expect(")");
      return inner;
    }
    if (c == '\'') return new Literal(string());
    if (Character.isDigit(c) || c == '-' || c == '+' || (c == '.' && pos + 1 < text.length()
        && Character.isDigit(text.charAt(pos + 1)))) {
      return new Literal(number());
    }
    int start = pos;
    String name = identifier();
    skipSpace();
    if (peek('(')) return call(name, start);
    switch (name) {
      case "true": return new Literal(Boolean.TRUE);
      case "false": return new Literal(Boolean.FALSE);
      case "null": return new Literal(null);
      case "NaN": return new Literal(Double.NaN);
      case "Infinity": return new Literal(Double.POSITIVE_INFINITY);
      default:
        if (!ContextRef.KNOWN.contains(name)) {
          pos = start;
          throw error("unknown context '" + name + "' (known: " + String.join(", ", ContextRef.KNOWN.stream().sorted().toList()) + ")");
        }
        return new ContextRef(name);
    }
  }

  private Expr call(String name, int start) {
    String canonical = canonicalFunction(name);
    if (canonical == null) {
      pos = start;
      throw error("unknown function '" + name + "'");
    }
    pos++; // '('
    List<Expr> args = new ArrayList<>();
    skipSpace();
    if (!peek(')')) {
      do {
        args.add(or());
      } while (take(","));
    }
    expect(")");
    int[] arity = Call.ARITY.get(canonical);
    if (args.size() < arity[0] || args.size() > arity[1]) {
      pos = start;
      throw error(canonical + "() takes " + arity(arity[0], arity[1]) + ", not " + args.size());
    }
    return new Call(canonical, args);
  }

  // "2 arguments", "1 or 2 arguments" (join), "1 or more arguments" (format, hashFiles).
  private static String arity(int min, int max) {
    String count = min == max ? String.valueOf(min)
        : max == Integer.MAX_VALUE ? min + " or more" : min + (max == min + 1 ? " or " : " to ") + max;
    return count + (min == max && min == 1 ? " argument" : " arguments");
  }

  // Function names are case-insensitive in GitHub; we render GitHub's documented spelling.
  private static String canonicalFunction(String name) {
    for (String known : Call.ARITY.keySet()) if (known.equalsIgnoreCase(name)) return known;
    return null;
  }

  private String string() {
    StringBuilder sb = new StringBuilder();
    pos++; // opening quote
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '\'') {
        if (peek('\'')) {
          sb.append('\'');
          pos++;
        } else {
          return sb.toString();
        }
      } else {
        sb.append(c);
      }
    }
    throw error("string literal is not closed");
  }

  private double number() {
    int start = pos;
    while (pos < text.length() && "+-0123456789.xXabcdefABCDEFoO".indexOf(text.charAt(pos)) >= 0) pos++;
    String literal = text.substring(start, pos);
    try {
      String body = literal.replaceFirst("^[+-]", "");
      double sign = literal.startsWith("-") ? -1 : 1;
      if (body.startsWith("0x") || body.startsWith("0X")) return sign * Long.parseLong(body.substring(2), 16);
      if (body.startsWith("0o") || body.startsWith("0O")) return sign * Long.parseLong(body.substring(2), 8);
      return Double.parseDouble(literal);
    } catch (NumberFormatException e) {
      pos = start;
      throw error("'" + literal + "' is not a number");
    }
  }

  private String identifier() {
    skipSpace();
    int start = pos;
    // ASCII only, as GitHub's grammar and Property's pattern: Character.isLetter would accept 'é'
    // here and make Property throw a plain IllegalArgumentException instead of a syntax error.
    if (pos < text.length() && (isAsciiLetter(text.charAt(pos)) || text.charAt(pos) == '_')) {
      pos++;
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '-') pos++;
        else break;
      }
      return text.substring(start, pos);
    }
    throw error("expected a name");
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private boolean take(String token) {
    skipSpace();
    if (text.startsWith(token, pos)) {
      pos += token.length();
      return true;
    }
    return false;
  }

  private void expect(String token) {
    if (!take(token)) throw error("expected '" + token + "'");
  }

  private boolean peek(char c) {
    return pos < text.length() && text.charAt(pos) == c;
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
  }

  private ExprSyntaxException error(String problem) {
    return new ExprSyntaxException(text, pos, problem);
  }
}
