package dev.gha4j.policy;

import dev.gha4j.expr.Binary;
import dev.gha4j.expr.Call;
import dev.gha4j.expr.ContextPath;
import dev.gha4j.expr.ContextRef;
import dev.gha4j.expr.Embedded;
import dev.gha4j.expr.Expr;
import dev.gha4j.expr.ExprSyntaxException;
import dev.gha4j.expr.ExprVisitor;
import dev.gha4j.expr.Index;
import dev.gha4j.expr.Literal;
import dev.gha4j.expr.Not;
import dev.gha4j.expr.Property;
import dev.gha4j.model.Scalar;
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

  /** The expressions of a value: the tree itself when one was given, else those its text embeds. */
  static List<Expr> embedded(Scalar value) {
    if (value instanceof Scalar.Expression e) return List.of(e.expr());
    return value instanceof Scalar.Text t ? embedded(t.value()) : List.of();
  }

  /** The expressions of an {@code if:}: its tree, its bare text parsed, or what a template embeds. */
  static List<Expr> condition(Scalar condition) {
    if (!(condition instanceof Scalar.Text t) || Embedded.hasExpression(t.value())) return embedded(condition);
    try {
      return List.of(Expr.parse(t.value()));
    } catch (ExprSyntaxException e) {
      return List.of();
    }
  }

  /** Every path the expression reads, wherever it is used. */
  static List<Path> read(Expr e) {
    List<Path> out = new ArrayList<>();
    for (ContextPath p : ContextPath.readBy(e)) out.add(lowerCase(p, false));
    return out;
  }

  /**
   * The paths whose text can become the expression's value, and so the text interpolated into a
   * script: {@code a || b} and {@code format(...)} pass their operands through, while
   * {@code contains(...)}, {@code a == b} and {@code !a} yield only true or false.
   */
  static List<Path> flowing(Expr e) {
    Flow flow = new Flow(false);
    e.accept(flow);
    return flow.out;
  }

  private static Path lowerCase(ContextPath p, boolean whole) {
    List<String> segments = p.segments().stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    return new Path(segments, p.node(), whole);
  }

  /** The paths whose value the visited node passes on; {@code whole} below {@code toJSON(...)}. */
  private static final class Flow implements ExprVisitor<Void> {
    final List<Path> out;
    final boolean whole;

    Flow(boolean whole) {
      this(whole, new ArrayList<>());
    }

    private Flow(boolean whole, List<Path> out) {
      this.whole = whole;
      this.out = out;
    }

    private Void path(Expr e) {
      ContextPath p = ContextPath.of(e);
      if (p != null) out.add(lowerCase(p, whole));
      return null;
    }

    @Override
    public Void visitContext(ContextRef context) { return path(context); }

    @Override
    public Void visitProperty(Property property) {
      return ContextPath.of(property) != null ? path(property) : property.target().accept(this);
    }

    @Override
    public Void visitIndex(Index index) {
      return ContextPath.of(index) != null ? path(index) : index.target().accept(this);
    }

    @Override
    public Void visitCall(Call call) {
      if (call.function().equals("toJSON")) return call.args().get(0).accept(new Flow(true, out));
      if (PASS_THROUGH.contains(call.function())) call.args().forEach(a -> a.accept(this));
      return null;
    }

    @Override
    public Void visitBinary(Binary binary) {
      if (binary.op() == Binary.Op.AND || binary.op() == Binary.Op.OR) {
        binary.left().accept(this);
        binary.right().accept(this);
      }
      return null;
    }

    @Override
    public Void visitLiteral(Literal literal) { return null; }

    @Override
    public Void visitNot(Not not) { return null; }
  }
}
