package dev.gha4j.expr;

/** Expression text that is not valid GitHub expression syntax; the message names the column. */
public final class ExprSyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public ExprSyntaxException(String text, int column, String problem) {
    super("invalid expression '" + text + "' at column " + (column + 1) + ": " + problem);
  }
}
