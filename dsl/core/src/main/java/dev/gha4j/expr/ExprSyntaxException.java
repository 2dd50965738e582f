package dev.gha4j.expr;

/** Expression text that is not valid GitHub expression syntax; the message names the column. */
public final class ExprSyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Where the problem is, counted from 1 over the whole text. */
  private final int column;

  /**
   * @param text    the expression text
   * @param offset  where in {@code text} the problem is (0-based)
   * @param problem what is wrong
   */
  public ExprSyntaxException(String text, int offset, String problem) {
    super("invalid expression '" + text + "' at column " + (offset + 1) + ": " + problem);
    this.column = offset + 1;
  }

  /** {@return where the problem is, counted from 1 over the whole text (GitHub's "position")} */
  public int column() {
    return column;
  }
}
