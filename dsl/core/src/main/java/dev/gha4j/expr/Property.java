package dev.gha4j.expr;

import java.util.regex.Pattern;

/**
 * {@code target.name}, or {@code target.*} for a filter over an object's values.
 *
 * @param target the expression whose property is read
 * @param name   the property name, or {@link #WILDCARD}
 */
public record Property(Expr target, String name) implements Expr {
  /** The name of the filter {@code .*} (also written {@code [*]}): every element or value of the target. */
  public static final String WILDCARD = "*";

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*|\\*");

  /**
   * Checks the name.
   *
   * @param target the expression whose property is read
   * @param name   letters, digits, {@code _} and {@code -}, not starting with a digit or {@code -},
   *     or {@link #WILDCARD}; anything else throws {@link IllegalArgumentException}
   */
  public Property {
    if (!IDENTIFIER.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "'" + name + "' is not a property name (letters, digits, '_' and '-'); use at(literal(...))");
    }
  }

  /** {@return whether this is the filter {@code target.*}} */
  public boolean isWildcard() { return name.equals(WILDCARD); }

  @Override
  public String text() { return Binary.wrap(target, precedence()) + "." + name; }

  @Override
  public int precedence() { return Integer.MAX_VALUE; }

  @Override
  public <R> R accept(ExprVisitor<R> visitor) { return visitor.visitProperty(this); }

  @Override
  public String toString() { return embed(); }
}
