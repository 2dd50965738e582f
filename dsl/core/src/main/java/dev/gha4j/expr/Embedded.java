package dev.gha4j.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the {@code ${{ … }}} expressions embedded in a text value (a script, a {@code with} value,
 * an environment value) and parses each one.
 */
public final class Embedded {
  private Embedded() {}

  /**
   * One {@code ${{ }}} occurrence: its expression text and where it starts in the value.
   *
   * @param source the text between the braces, stripped; to the end of the value when not closed
   * @param offset where {@code source} starts in the value (0-based), for messages
   * @param closed false when the value ends before <code>}}</code>
   */
  public record Occurrence(String source, int offset, boolean closed) {
    /**
     * Parses the expression; throws {@link ExprSyntaxException} when it is not valid, not closed or
     * empty. (GitHub's evaluator reads an empty expression as null, but its workflow parser refuses
     * an empty <code>${{ }}</code> in a workflow file: "An expression was expected".)
     *
     * @return the expression tree
     */
    public Expr parse() {
      if (!closed) throw new ExprSyntaxException(source, source.length(), "'${{' is never closed by '}}'");
      if (source.isEmpty()) throw new ExprSyntaxException(source, 0, "an expression was expected inside '${{ }}'");
      return Expr.parse(source);
    }
  }

  /**
   * Every {@code ${{ }}} in {@code text}, in order. A {@code }}} inside a quoted string literal
   * does not end the expression. An unclosed <code>${{</code> is reported as an occurrence that is
   * not {@code closed}, so parsing it fails with a useful message.
   *
   * @param text a value as it goes into the YAML, e.g. a {@code run:} script
   * @return the occurrences, in order; empty when there are none
   */
  public static List<Occurrence> find(String text) {
    List<Occurrence> found = new ArrayList<>();
    int from = 0;
    while (true) {
      int open = text.indexOf("${{", from);
      if (open < 0) return found;
      int start = open + 3;
      int close = closing(text, start);
      if (close < 0) {
        found.add(new Occurrence(text.substring(start), start, false));
        return found;
      }
      found.add(new Occurrence(text.substring(start, close).strip(), start, true));
      from = close + 2;
    }
  }

  /**
   * {@return whether the text may hold an expression} That is, it contains <code>${{</code>: a cheap
   * test before {@link #find}.
   *
   * @param text a value as it goes into the YAML
   */
  public static boolean hasExpression(String text) {
    return text.contains("${{");
  }

  private static int closing(String text, int from) {
    boolean quoted = false;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') quoted = !quoted;
      else if (!quoted && c == '}' && i + 1 < text.length() && text.charAt(i + 1) == '}') return i;
    }
    return -1;
  }
}
