package dev.gha4j.validate;

import dev.gha4j.expr.Binary;
import dev.gha4j.expr.Call;
import dev.gha4j.expr.ContextRef;
import dev.gha4j.expr.Expr;
import dev.gha4j.expr.Index;
import dev.gha4j.expr.Literal;
import dev.gha4j.expr.Not;
import dev.gha4j.expr.Property;
import java.util.ArrayList;
import java.util.List;

/**
 * The context paths an expression reads, e.g. {@code [needs, deploy, outputs, arn]}. A path
 * stops at the first part that is not a plain name (a computed index or {@code *}).
 */
final class References {
  private References() {}

  static List<List<String>> of(Expr e) {
    List<List<String>> paths = new ArrayList<>();
    collect(e, paths);
    return paths;
  }

  private static void collect(Expr e, List<List<String>> paths) {
    List<String> path = path(e);
    if (path != null) {
      paths.add(path);
      if (e instanceof Index i) collect(i.index(), paths);
      return;
    }
    if (e instanceof Property p) collect(p.target(), paths);
    else if (e instanceof Index i) {
      collect(i.target(), paths);
      collect(i.index(), paths);
    } else if (e instanceof Call c) c.args().forEach(a -> collect(a, paths));
    else if (e instanceof Not n) collect(n.operand(), paths);
    else if (e instanceof Binary b) {
      collect(b.left(), paths);
      collect(b.right(), paths);
    }
  }

  /** The longest plain-name path this expression is, or null when it is not rooted at a context. */
  private static List<String> path(Expr e) {
    if (e instanceof ContextRef c) return new ArrayList<>(List.of(c.name()));
    if (e instanceof Property p) {
      List<String> base = path(p.target());
      if (base == null) return null;
      if (!p.name().equals("*") && base.size() == depth(p.target())) base.add(p.name());
      return base;
    }
    if (e instanceof Index i) {
      List<String> base = path(i.target());
      if (base == null) return null;
      if (i.index() instanceof Literal l && l.value() instanceof String s && base.size() == depth(i.target())) {
        base.add(s);
      }
      return base;
    }
    return null;
  }

  // How many parts a path has when nothing stops it early.
  private static int depth(Expr e) {
    if (e instanceof ContextRef) return 1;
    if (e instanceof Property p) return p.name().equals("*") ? Integer.MIN_VALUE : depth(p.target()) + 1;
    if (e instanceof Index i) {
      boolean plain = i.index() instanceof Literal l && l.value() instanceof String;
      return plain ? depth(i.target()) + 1 : Integer.MIN_VALUE;
    }
    return Integer.MIN_VALUE;
  }
}
