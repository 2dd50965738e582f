package dev.gha4j.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * A context path an expression reads, such as {@code [github, event, pull_request, title]}. An
 * index that is not a string literal ({@code commits[0]}, {@code x[matrix.i]}) and the filter
 * {@code .*} are the wildcard {@link #ANY}. Segments keep the case they were written in; GitHub
 * ignores case in context and property names, so compare them with {@code equalsIgnoreCase}.
 *
 * @param segments the context name, then one segment per property or index
 * @param node     the expression node that is this path, for messages
 */
public record ContextPath(List<String> segments, Expr node) {
  /** A segment not known by name. */
  public static final String ANY = "*";

  /**
   * Copies the segments.
   *
   * @param segments the context name, then one segment per property or index; not empty
   * @param node     the expression node that is this path, for messages
   */
  public ContextPath {
    segments = List.copyOf(segments);
  }

  /** {@return the context: {@code github}, {@code needs}, …} */
  public String root() {
    return segments.get(0);
  }

  /** {@return the segments up to the first {@link #ANY}: the part of the path known by name} */
  public List<String> named() {
    int any = segments.indexOf(ANY);
    return any < 0 ? segments : segments.subList(0, any);
  }

  /**
   * {@return the segment at {@code i}, or null when the path is shorter}
   *
   * @param i the position, 0 being the context
   */
  public String segment(int i) {
    return i < segments.size() ? segments.get(i) : null;
  }

  /**
   * {@return whether the path starts with the context {@code name}}
   *
   * @param name a context such as {@code secrets}; compared ignoring case, as GitHub does
   */
  public boolean isIn(String name) {
    return root().equalsIgnoreCase(name);
  }

  /**
   * Every path {@code e} reads, in order: each longest context access chain, then the paths read
   * by the computed indexes inside it ({@code x[secrets.KEY]} reads {@code x.*} and
   * {@code secrets.KEY}).
   *
   * @param e any expression
   * @return the paths it reads; empty when it reads no context
   */
  public static List<ContextPath> readBy(Expr e) {
    Reader reader = new Reader();
    reader.scan(e);
    return reader.paths;
  }

  /**
   * {@return the path {@code e} is when it is a context access chain, else null}
   *
   * @param e any expression, e.g. {@code github.event.pull_request.title}
   */
  public static ContextPath of(Expr e) {
    Chain chain = new Chain();
    return e.accept(chain) ? new ContextPath(chain.segments, e) : null;
  }

  private static final class Reader extends ExprScanner {
    final List<ContextPath> paths = new ArrayList<>();

    @Override
    public Void visitContext(ContextRef context) {
      paths.add(of(context));
      return null;
    }

    @Override
    public Void visitProperty(Property property) {
      return readChain(property) ? null : super.visitProperty(property);
    }

    @Override
    public Void visitIndex(Index index) {
      return readChain(index) ? null : super.visitIndex(index);
    }

    private boolean readChain(Expr e) {
      Chain chain = new Chain();
      if (!e.accept(chain)) return false;
      paths.add(new ContextPath(chain.segments, e));
      chain.computedIndexes.forEach(this::scan);
      return true;
    }
  }

  /** Collects the segments of a context access chain; false for any other node. */
  private static final class Chain implements ExprVisitor<Boolean> {
    final List<String> segments = new ArrayList<>();
    final List<Expr> computedIndexes = new ArrayList<>();

    @Override
    public Boolean visitContext(ContextRef context) {
      segments.add(context.name());
      return true;
    }

    @Override
    public Boolean visitProperty(Property property) {
      if (!property.target().accept(this)) return false;
      segments.add(property.name());
      return true;
    }

    @Override
    public Boolean visitIndex(Index index) {
      if (!index.target().accept(this)) return false;
      if (index.index() instanceof Literal l && l.value() instanceof String name) {
        segments.add(name);
      } else {
        segments.add(ANY);
        computedIndexes.add(index.index());
      }
      return true;
    }

    @Override
    public Boolean visitLiteral(Literal literal) { return false; }

    @Override
    public Boolean visitCall(Call call) { return false; }

    @Override
    public Boolean visitNot(Not not) { return false; }

    @Override
    public Boolean visitBinary(Binary binary) { return false; }
  }
}
