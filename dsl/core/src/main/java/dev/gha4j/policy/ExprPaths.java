package dev.gha4j.policy;

import dev.gha4j.expr.Binary;
import dev.gha4j.expr.Call;
import dev.gha4j.expr.ContextRef;
import dev.gha4j.expr.Embedded;
import dev.gha4j.expr.Expr;
import dev.gha4j.expr.ExprSyntaxException;
import dev.gha4j.expr.Index;
import dev.gha4j.expr.Literal;
import dev.gha4j.expr.Not;
import dev.gha4j.expr.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The context paths an expression reads, from its syntax tree. Segments are lower case (GitHub
 * ignores case in property names); {@code *} and any index that is not a string literal
 * ({@code commits[0]}, {@code x[matrix.i]}) become the wildcard {@code *}.
 */
final class ExprPaths {
  private static final Set<String> PASS_THROUGH = Set.of("format", "join", "fromJSON");

  /**
   * One path.
   *
   * @param segments e.g. {@code [github, event, pull_request, title]}
   * @param node     the expression node, for messages
   * @param whole    true when the whole object is rendered ({@code toJSON(github.event)}), so every
   *                 path below it is part of the value too
   */
  record Path(List<String> segments, Expr node, boolean whole) {}

  private ExprPaths() {}

  /** The expressions embedded in a text; text that does not parse is the validator's business. */
  static List<Expr> embedded(String text) {
    List<Expr> all = new ArrayList<>();
    if (text == null) return all;
    for (Embedded.Occurrence o : Embedded.find(text)) {
      try {
        all.add(o.parse());
      } catch (ExprSyntaxException e) {
        // reported by the validator with its own message
      }
    }
    return all;
  }

  /** A bare {@code if:} condition, or null when it does not parse. */
  static Expr condition(String text) {
    try {
      return text == null ? null : Expr.parse(text);
    } catch (ExprSyntaxException e) {
      return null;
    }
  }

  /** Every path the expression reads, wherever it is used. */
  static List<Path> read(Expr e) {
    List<Path> out = new ArrayList<>();
    read(e, out);
    return out;
  }

  /**
   * The paths whose text can become the expression's value, and so the text interpolated into a
   * script: {@code a || b} and {@code format(...)} pass their operands through, while
   * {@code contains(...)}, {@code a == b} and {@code !a} yield only true or false.
   */
  static List<Path> flowing(Expr e) {
    List<Path> out = new ArrayList<>();
    flow(e, false, out);
    return out;
  }

  private static void read(Expr e, List<Path> out) {
    List<String> p = segments(e);
    if (p != null) {
      out.add(new Path(p, e, false));
      indexes(e, out);
    } else if (e instanceof Property prop) read(prop.target(), out);
    else if (e instanceof Index i) {
      read(i.target(), out);
      read(i.index(), out);
    } else if (e instanceof Call c) c.args().forEach(a -> read(a, out));
    else if (e instanceof Not n) read(n.operand(), out);
    else if (e instanceof Binary b) {
      read(b.left(), out);
      read(b.right(), out);
    }
  }

  // A computed index inside a path reads paths of its own: x[secrets.KEY].
  private static void indexes(Expr e, List<Path> out) {
    if (e instanceof Property p) indexes(p.target(), out);
    else if (e instanceof Index i) {
      indexes(i.target(), out);
      read(i.index(), out);
    }
  }

  private static void flow(Expr e, boolean whole, List<Path> out) {
    List<String> p = segments(e);
    if (p != null) out.add(new Path(p, e, whole));
    else if (e instanceof Property prop) flow(prop.target(), whole, out);
    else if (e instanceof Index i) flow(i.target(), whole, out);
    else if (e instanceof Call c && c.function().equals("toJSON")) flow(c.args().get(0), true, out);
    else if (e instanceof Call c && PASS_THROUGH.contains(c.function())) c.args().forEach(a -> flow(a, whole, out));
    else if (e instanceof Binary b && (b.op() == Binary.Op.AND || b.op() == Binary.Op.OR)) {
      flow(b.left(), whole, out);
      flow(b.right(), whole, out);
    }
  }

  /** The path of a context access chain, or null when {@code e} is not one. */
  private static List<String> segments(Expr e) {
    if (e instanceof ContextRef c) return new ArrayList<>(List.of(c.name().toLowerCase(Locale.ROOT)));
    if (e instanceof Property p) {
      List<String> base = segments(p.target());
      if (base != null) base.add(p.name().toLowerCase(Locale.ROOT));
      return base;
    }
    if (e instanceof Index i) {
      List<String> base = segments(i.target());
      if (base != null) {
        boolean named = i.index() instanceof Literal l && l.value() instanceof String;
        base.add(named ? ((String) ((Literal) i.index()).value()).toLowerCase(Locale.ROOT) : "*");
      }
      return base;
    }
    return null;
  }
}
