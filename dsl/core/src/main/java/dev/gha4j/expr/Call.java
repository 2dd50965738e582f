package dev.gha4j.expr;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A function call: {@code contains(a, b)}, {@code success()}, …
 *
 * @param function the function name as GitHub spells it, e.g. {@code fromJSON}
 * @param args     the arguments, in order
 */
public record Call(String function, List<Expr> args) implements Expr {

  /** {@code case(condition, value, …, default)}, added by GitHub in December 2025. */
  static final String CASE = "case";
  /** GitHub's most arguments for a function that takes "any number" ({@code Byte.MaxValue}). */
  static final int MANY = 255;

  /** Function name (as GitHub spells it) to allowed argument counts {min, max}. */
  static final Map<String, int[]> ARITY = Map.ofEntries(
      Map.entry(CASE, new int[] {3, MANY}),
      Map.entry("contains", new int[] {2, 2}),
      Map.entry("startsWith", new int[] {2, 2}),
      Map.entry("endsWith", new int[] {2, 2}),
      Map.entry("format", new int[] {1, MANY}),
      Map.entry("join", new int[] {1, 2}),
      Map.entry("toJSON", new int[] {1, 1}),
      Map.entry("fromJSON", new int[] {1, 1}),
      Map.entry("hashFiles", new int[] {1, MANY}),
      Map.entry("success", new int[] {0, 0}),
      Map.entry("failure", new int[] {0, 0}),
      Map.entry("always", new int[] {0, 0}),
      Map.entry("cancelled", new int[] {0, 0}));

  /**
   * Copies the arguments. The parser checks the function name and argument count; this does not.
   *
   * @param function the function name as GitHub spells it, e.g. {@code fromJSON}
   * @param args     the arguments, in order
   */
  public Call {
    args = List.copyOf(args);
  }

  /**
   * {@return whether this is {@code success()}, {@code failure()}, {@code always()} or
   * {@code cancelled()}, the functions that change when a job or step runs}
   */
  public boolean isStatusFunction() {
    return args.isEmpty() && ARITY.containsKey(function);
  }

  @Override
  public String text() {
    return function + args.stream().map(Expr::text).collect(Collectors.joining(", ", "(", ")"));
  }

  @Override
  public int precedence() { return Integer.MAX_VALUE; }

  @Override
  public <R> R accept(ExprVisitor<R> visitor) { return visitor.visitCall(this); }

  @Override
  public String toString() { return embed(); }
}
