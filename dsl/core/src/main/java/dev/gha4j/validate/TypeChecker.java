package dev.gha4j.validate;

import dev.gha4j.expr.Binary;
import dev.gha4j.expr.Call;
import dev.gha4j.expr.ContextRef;
import dev.gha4j.expr.Expr;
import dev.gha4j.expr.ExprVisitor;
import dev.gha4j.expr.Index;
import dev.gha4j.expr.Literal;
import dev.gha4j.expr.Not;
import dev.gha4j.expr.Property;
import dev.gha4j.validate.ExprType.Any;
import dev.gha4j.validate.ExprType.Arr;
import dev.gha4j.validate.ExprType.Obj;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Infers the type of an expression and reports what actionlint's type checker reports (its
 * {@code expr_sema.go}, MIT, rhysd/actionlint v1.7.7): a property a context does not have, a
 * property of something that is not an object, comparisons that are always false, arguments of
 * the wrong type, {@code format()} placeholders without arguments, broken JSON in {@code fromJSON()}.
 */
final class TypeChecker implements ExprVisitor<ExprType> {
  /** One finding: the check it belongs to and what is wrong. */
  record Finding(Check check, String message) {}

  private final Map<String, ExprType> contexts;
  private final List<Finding> found = new ArrayList<>();

  private TypeChecker(Map<String, ExprType> contexts) {
    this.contexts = contexts;
  }

  /** The type of {@code e} where the contexts have {@code contexts}' types, and what is wrong in it. */
  static Result check(Expr e, Map<String, ExprType> contexts) {
    TypeChecker checker = new TypeChecker(contexts);
    ExprType type = e.accept(checker);
    return new Result(type, checker.found);
  }

  /** An expression's type and the problems found in it. */
  record Result(ExprType type, List<Finding> findings) {}

  @Override
  public ExprType visitLiteral(Literal literal) {
    Object v = literal.value();
    if (v == null) return ExprType.NULL;
    if (v instanceof Boolean) return ExprType.BOOL;
    return v instanceof String ? ExprType.STRING : ExprType.NUMBER;
  }

  @Override
  public ExprType visitContext(ContextRef context) {
    return contexts.getOrDefault(context.name().toLowerCase(Locale.ROOT), ExprType.ANY);
  }

  @Override
  public ExprType visitProperty(Property property) {
    ExprType target = property.target().accept(this);
    if (property.name().equals("*")) return filter(property, target);
    return member(property, target, property.name());
  }

  // `x.name` and `x['name']`.
  private ExprType member(Expr at, ExprType target, String name) {
    Expr receiver = at instanceof Property p ? p.target() : ((Index) at).target();
    String key = name.toLowerCase(Locale.ROOT);
    if (target instanceof Any) return ExprType.ANY;
    if (target instanceof Obj o) {
      ExprType t = o.props().get(key);
      if (t != null) return t;
      if (o.mapped() != null) return o.mapped();
      if (o.strict()) missing(receiver, name, o);
      return ExprType.ANY;
    }
    if (target instanceof Arr a && a.deref()) {
      if (a.elem() instanceof Any) return a;
      if (a.elem() instanceof Obj o) {
        ExprType t = o.props().get(key);
        if (t == null && o.mapped() != null) t = o.mapped();
        if (t == null && o.strict()) missing(receiver, name, o);
        return new Arr(t == null ? ExprType.ANY : t, true);
      }
    }
    add(Check.EXPRESSION_TYPES, receiver.text() + " is " + article(target) + ", so it has no property '" + name
        + "'; fix: read a property of an object");
    return ExprType.ANY;
  }

  private void missing(Expr receiver, String name, Obj o) {
    String root = root(receiver);
    if (root.equals("inputs") && receiver instanceof ContextRef) {
      add(Check.UNDECLARED_INPUT, "inputs." + name + " is not an input of this workflow (declared: "
          + names(o) + "); fix: declare it with .input(...) on Trigger.workflowDispatch() or Trigger.workflowCall()");
    } else if (root.equals("secrets") && receiver instanceof ContextRef) {
      add(Check.UNDECLARED_INPUT, "secrets." + name + " is not a secret that workflow_call declares (declared: "
          + names(o) + "); fix: declare it with .secret(\"" + name + "\", ...) on Trigger.workflowCall()");
    } else {
      // actionlint leaves strategy open; GitHub documents exactly these four properties.
      Check check = root.equals("strategy") && receiver instanceof ContextRef ? Check.STRATEGY_PROPERTY
          : Check.EXPRESSION_TYPES;
      add(check, receiver.text() + " has no property '" + name + "' (it has: " + names(o) + ")");
    }
  }

  private ExprType filter(Property at, ExprType target) {
    if (target instanceof Any) return new Arr(ExprType.ANY, true);
    if (target instanceof Arr a) return new Arr(a.elem(), true);
    if (target instanceof Obj o) {
      if (o.mapped() != null) {
        if (o.mapped() instanceof Any) return new Arr(ExprType.ANY, true);
        if (o.mapped() instanceof Obj) return new Arr(o.mapped(), true);
        add(Check.EXPRESSION_TYPES, at.text() + " filters " + at.target().text() + ", whose values are "
            + article(o.mapped()) + ", not objects");
        return ExprType.ANY;
      }
      if (o.props().values().stream().noneMatch(t -> t instanceof Obj)) {
        add(Check.EXPRESSION_TYPES, at.text() + " filters " + at.target().text() + ", which has no object values");
        return ExprType.ANY;
      }
      return new Arr(ExprType.ANY, true);
    }
    add(Check.EXPRESSION_TYPES, at.text() + " filters " + at.target().text() + ", which is " + article(target)
        + "; fix: filter an array or an object");
    return ExprType.ANY;
  }

  @Override
  public ExprType visitIndex(Index index) {
    ExprType idx = index.index().accept(this);
    ExprType target = index.target().accept(this);
    if (target instanceof Any) return ExprType.ANY;
    if (target instanceof Arr a) {
      if (idx instanceof Any || idx instanceof ExprType.Num) return a.elem();
      add(Check.EXPRESSION_TYPES, index.text() + " indexes an array with " + article(idx) + "; fix: use a number");
      return ExprType.ANY;
    }
    if (target instanceof Obj o) {
      if (idx instanceof Any) return ExprType.ANY;
      if (idx instanceof ExprType.Str) {
        if (index.index() instanceof Literal l && l.value() instanceof String name) {
          return member(index, target, name);
        }
        return o.mapped() != null ? o.mapped() : ExprType.ANY;
      }
      add(Check.EXPRESSION_TYPES, index.text() + " reads a property of an object by " + article(idx)
          + "; fix: use a string");
      return ExprType.ANY;
    }
    add(Check.EXPRESSION_TYPES, index.text() + " indexes " + article(target) + "; fix: index an array or an object");
    return ExprType.ANY;
  }

  @Override
  public ExprType visitCall(Call call) {
    List<ExprType> args = new ArrayList<>();
    for (Expr a : call.args()) args.add(a.accept(this));
    return Functions.check(call, args, found);
  }

  @Override
  public ExprType visitNot(Not not) {
    not.operand().accept(this);
    return ExprType.BOOL;
  }

  @Override
  public ExprType visitBinary(Binary b) {
    switch (b.op()) {
      case AND:
        return narrowed(b.left(), false).merge(b.right().accept(this));
      case OR:
        return narrowed(b.left(), true).merge(b.right().accept(this));
      default:
        ExprType l = b.left().accept(this);
        ExprType r = b.right().accept(this);
        if (!comparable(b.op(), l, r)) {
          add(Check.EXPRESSION_TYPES, b.text() + " compares " + article(l) + " with " + article(r) + " by "
              + b.op().symbol() + ", which is never what is meant; fix: compare values of the same kind");
        }
        return ExprType.BOOL;
    }
  }

  // actionlint's type narrowing: where `l && r` is true its type is r's, where `l || r` is false, r's.
  private ExprType narrowed(Expr e, boolean truthy) {
    if (e instanceof Binary b && (b.op() == Binary.Op.AND && truthy || b.op() == Binary.Op.OR && !truthy)) {
      b.left().accept(this);
      return b.right().accept(this);
    }
    if (e instanceof Not n) return narrowed(n.operand(), !truthy);
    return e.accept(this);
  }

  private static boolean comparable(Binary.Op op, ExprType l, ExprType r) {
    boolean compound = r instanceof Obj || r instanceof Arr;
    if (op == Binary.Op.EQ || op == Binary.Op.NE) {
      if (l instanceof Any || l instanceof ExprType.Null) return true;
      if (l instanceof Obj) return r instanceof Obj || r instanceof ExprType.Null || r instanceof Any;
      if (l instanceof Arr a) {
        return r instanceof Arr b ? comparable(op, a.elem(), b.elem()) : r instanceof ExprType.Null || r instanceof Any;
      }
      return !compound;
    }
    if (!(l instanceof Any || l instanceof ExprType.Num || l instanceof ExprType.Str)) return false;
    return !(compound || r instanceof ExprType.Null || r instanceof ExprType.Bool);
  }

  private void add(Check check, String message) {
    found.add(new Finding(check, message));
  }

  private static String root(Expr e) {
    Expr at = e;
    while (true) {
      if (at instanceof ContextRef c) return c.name().toLowerCase(Locale.ROOT);
      if (at instanceof Property p) at = p.target();
      else if (at instanceof Index i) at = i.target();
      else return "";
    }
  }

  private static String names(Obj o) {
    return o.props().isEmpty() ? "none" : String.join(", ", new java.util.TreeSet<>(o.props().keySet()));
  }

  static String article(ExprType t) {
    if (t instanceof Obj) return "an object";
    if (t instanceof Arr) return "an array";
    if (t instanceof ExprType.Null) return "null";
    return "a " + t;
  }
}
