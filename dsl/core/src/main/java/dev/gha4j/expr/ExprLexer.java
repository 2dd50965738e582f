package dev.gha4j.expr;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Splits expression text into tokens exactly as GitHub's runner does
 * ({@code GitHub.DistributedTask.Expressions2.Tokens.LexicalAnalyzer}): a token that may not
 * follow the one before it ({@code 1 2}, {@code > 1}, {@code a.1}) or a closing bracket without its
 * opening one comes out as {@link Kind#UNEXPECTED}, so the parser reports it at the same column
 * GitHub does.
 */
final class ExprLexer {

  enum Kind {
    START_GROUP, START_INDEX, START_PARAMETERS, END_GROUP, END_INDEX, END_PARAMETERS, SEPARATOR, DEREFERENCE,
    WILDCARD, OPERATOR, NULL, BOOLEAN, NUMBER, STRING, PROPERTY_NAME, FUNCTION, NAMED_VALUE, UNEXPECTED, END
  }

  /**
   * A token: its kind, its text as written, where it starts, and its value for literals. An
   * {@link Kind#UNEXPECTED} token that is well formed but out of place keeps its kind as
   * {@code misplaced}; a malformed one (an unclosed string, a bad number) has none.
   */
  record Token(Kind kind, String raw, int index, Object value, Kind misplaced) {
    Token(Kind kind, String raw, int index, Object value) {
      this(kind, raw, index, value, null);
    }
  }

  private static final Set<Kind> VALUE_END = EnumSet.of(Kind.END_GROUP, Kind.END_PARAMETERS,
      Kind.END_INDEX, Kind.WILDCARD, Kind.PROPERTY_NAME, Kind.NAMED_VALUE);
  private static final Set<Kind> OPERAND_END = union(VALUE_END,
      EnumSet.of(Kind.NULL, Kind.BOOLEAN, Kind.NUMBER, Kind.STRING));
  // null stands for "first token".
  private static final Set<Kind> OPERAND_START = EnumSet.of(Kind.SEPARATOR, Kind.START_GROUP,
      Kind.START_PARAMETERS, Kind.START_INDEX, Kind.OPERATOR);

  private final String text;
  private final Deque<Token> unclosed = new ArrayDeque<>();
  private int pos;
  private Token last;

  ExprLexer(String text) {
    this.text = text;
  }

  /** The next token; {@link Kind#END} at the end of the text. */
  Token next() {
    while (pos < text.length() && isWhitespace(text.charAt(pos))) pos++;
    if (pos >= text.length()) return new Token(Kind.END, "", text.length(), null);
    char c = text.charAt(pos);
    Token token = switch (c) {
      case '(' -> single(last != null && last.kind() == Kind.FUNCTION ? Kind.START_PARAMETERS : Kind.START_GROUP);
      case '[' -> single(Kind.START_INDEX);
      case ')' -> single(!unclosed.isEmpty() && unclosed.peek().kind() == Kind.START_PARAMETERS
          ? Kind.END_PARAMETERS : Kind.END_GROUP);
      case ']' -> single(Kind.END_INDEX);
      case ',' -> single(Kind.SEPARATOR);
      case '*' -> single(Kind.WILDCARD);
      case '\'' -> string();
      case '!', '>', '<', '=', '&', '|' -> operator();
      default -> {
        if (c == '.' && (last == null || OPERAND_START.contains(last.kind()))) yield number();
        if (c == '.') yield single(Kind.DEREFERENCE);
        if (c == '-' || c == '+' || (c >= '0' && c <= '9')) yield number();
        yield keyword();
      }
    };
    last = token;
    return token;
  }

  private Token single(Kind kind) {
    int start = pos++;
    return create(kind, text.substring(start, pos), start, null);
  }

  private Token number() {
    int start = pos++;
    while (pos < text.length() && (!isBoundary(text.charAt(pos)) || text.charAt(pos) == '.')) pos++;
    String raw = text.substring(start, pos);
    double value = ExprNumbers.parse(raw);
    if (Double.isNaN(value)) return new Token(Kind.UNEXPECTED, raw, start, null);
    return create(Kind.NUMBER, raw, start, value);
  }

  private Token keyword() {
    int start = pos++;
    while (pos < text.length() && !isBoundary(text.charAt(pos))) pos++;
    String raw = text.substring(start, pos);
    if (!isLegalKeyword(raw)) return new Token(Kind.UNEXPECTED, raw, start, null);
    if (last != null && last.kind() == Kind.DEREFERENCE) return create(Kind.PROPERTY_NAME, raw, start, null);
    switch (raw) {
      case "null": return create(Kind.NULL, raw, start, null);
      case "true": return create(Kind.BOOLEAN, raw, start, Boolean.TRUE);
      case "false": return create(Kind.BOOLEAN, raw, start, Boolean.FALSE);
      case "NaN": return create(Kind.NUMBER, raw, start, Double.NaN);
      case "Infinity": return create(Kind.NUMBER, raw, start, Double.POSITIVE_INFINITY);
      default: break;
    }
    int ahead = pos;
    while (ahead < text.length() && isWhitespace(text.charAt(ahead))) ahead++;
    boolean call = ahead < text.length() && text.charAt(ahead) == '(';
    return create(call ? Kind.FUNCTION : Kind.NAMED_VALUE, raw, start, null);
  }

  private Token string() {
    int start = pos++;
    StringBuilder value = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '\'') {
        if (pos >= text.length() || text.charAt(pos) != '\'') return create(Kind.STRING, text.substring(start, pos), start,
            value.toString());
        pos++; // '' is one quote
      }
      value.append(c);
    }
    return new Token(Kind.UNEXPECTED, text.substring(start), start, null);
  }

  private Token operator() {
    int start = pos;
    if (pos + 1 < text.length()) {
      String two = text.substring(pos, pos + 2);
      if (List.of("!=", ">=", "<=", "==", "&&", "||").contains(two)) {
        pos += 2;
        return create(Kind.OPERATOR, two, start, null);
      }
    }
    char c = text.charAt(pos++);
    if (c == '!' || c == '>' || c == '<') return create(Kind.OPERATOR, String.valueOf(c), start, null);
    while (pos < text.length() && !isBoundary(text.charAt(pos))) pos++;
    return new Token(Kind.UNEXPECTED, text.substring(start, pos), start, null);
  }

  /** The token, or {@link Kind#UNEXPECTED} when it may not follow the previous token here. */
  private Token create(Kind kind, String raw, int index, Object value) {
    Kind before = last == null ? null : last.kind();
    boolean legal = switch (kind) {
      case START_GROUP, NULL, BOOLEAN, NUMBER, STRING, FUNCTION, NAMED_VALUE -> before == null || OPERAND_START.contains(before);
      case START_INDEX, DEREFERENCE -> VALUE_END.contains(before);
      case START_PARAMETERS -> before == Kind.FUNCTION;
      case END_GROUP, END_INDEX, SEPARATOR -> OPERAND_END.contains(before);
      case END_PARAMETERS -> before == Kind.START_PARAMETERS || OPERAND_END.contains(before);
      case WILDCARD -> before == Kind.START_INDEX || before == Kind.DEREFERENCE;
      case PROPERTY_NAME -> before == Kind.DEREFERENCE;
      case OPERATOR -> raw.equals("!") ? before == null || OPERAND_START.contains(before) : OPERAND_END.contains(before);
      default -> false;
    };
    if (!legal) return new Token(Kind.UNEXPECTED, raw, index, null, kind);
    Token token = new Token(kind, raw, index, value);
    switch (kind) {
      case START_GROUP, START_INDEX, START_PARAMETERS -> unclosed.push(token);
      case END_GROUP -> { if (!close(Kind.START_GROUP)) return new Token(Kind.UNEXPECTED, raw, index, null, kind); }
      case END_INDEX -> { if (!close(Kind.START_INDEX)) return new Token(Kind.UNEXPECTED, raw, index, null, kind); }
      case END_PARAMETERS -> { if (!close(Kind.START_PARAMETERS)) return new Token(Kind.UNEXPECTED, raw, index, null, kind); }
      case SEPARATOR -> {
        if (unclosed.isEmpty() || unclosed.peek().kind() != Kind.START_PARAMETERS) {
          return new Token(Kind.UNEXPECTED, raw, index, null, kind);
        }
      }
      default -> { }
    }
    return token;
  }

  private boolean close(Kind opening) {
    if (unclosed.isEmpty() || unclosed.peek().kind() != opening) return false;
    unclosed.pop();
    return true;
  }

  /** Letters, digits, {@code _} and {@code -}, not starting with a digit or {@code -} (ASCII only, as GitHub). */
  static boolean isLegalKeyword(String s) {
    if (s.isEmpty() || !(isAsciiLetter(s.charAt(0)) || s.charAt(0) == '_')) return false;
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '-')) return false;
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isBoundary(char c) {
    return "([)],.!><=&|".indexOf(c) >= 0 || isWhitespace(c);
  }

  /** .NET's {@code Char.IsWhiteSpace}: Java's white space plus the no-break spaces. */
  static boolean isWhitespace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  private static <T extends Enum<T>> Set<T> union(Set<T> a, Set<T> b) {
    Set<T> all = EnumSet.copyOf(a);
    all.addAll(b);
    return all;
  }
}
