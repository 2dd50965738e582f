package dev.gha4j.sim;

import dev.gha4j.expr.Binary;
import dev.gha4j.expr.Call;
import dev.gha4j.expr.ContextRef;
import dev.gha4j.expr.Expr;
import dev.gha4j.expr.ExprVisitor;
import dev.gha4j.expr.Index;
import dev.gha4j.expr.Literal;
import dev.gha4j.expr.Not;
import dev.gha4j.expr.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One evaluation of one expression: the visitor that gives each node its {@link Value}, with
 * GitHub's semantics (the runner's {@code Expressions2} operators and functions) and its memory
 * limit. {@code &&} and {@code ||} and {@code case} evaluate only what they need.
 */
final class Evaluation implements ExprVisitor<Value> {
  private final Value.Dictionary contexts;
  private final Status status;
  private final Function<List<String>, String> hashFiles;
  private final EvaluationMemory memory = new EvaluationMemory();
  private int level = -1;

  Evaluation(Value.Dictionary contexts, Status status, Function<List<String>, String> hashFiles) {
    this.contexts = contexts;
    this.status = status;
    this.hashFiles = hashFiles;
  }

  Value eval(Expr e) {
    level++;
    try {
      Value v = e.accept(this);
      memory.add(level, v);
      return v;
    } finally {
      level--;
    }
  }

  @Override
  public Value visitLiteral(Literal literal) {
    Object v = literal.value();
    if (v instanceof String s) return Value.of(s);
    if (v instanceof Double d) return Value.of(d);
    if (v instanceof Boolean b) return Value.of(b);
    return Value.NULL;
  }

  @Override
  public Value visitContext(ContextRef context) {
    return contexts.member(context.name());
  }

  @Override
  public Value visitProperty(Property property) {
    Value target = eval(property.target());
    return property.isWildcard() ? Indexing.wildcard(target) : Indexing.index(target, Value.of(property.name()));
  }

  @Override
  public Value visitIndex(Index index) {
    Value target = eval(index.target());
    return Indexing.index(target, eval(index.index()));
  }

  @Override
  public Value visitNot(Not not) {
    return Value.of(!eval(not.operand()).truthy());
  }

  @Override
  public Value visitBinary(Binary b) {
    Value left = eval(b.left());
    switch (b.op()) {
      case AND: return left.truthy() ? eval(b.right()) : left;
      case OR: return left.truthy() ? left : eval(b.right());
      default: break;
    }
    Value right = eval(b.right());
    boolean equal = Coercion.looseEquals(left, right);
    Integer sign = Coercion.compare(left, right);
    boolean less = sign != null && sign < 0;
    boolean greater = sign != null && sign > 0;
    return Value.of(switch (b.op()) {
      case EQ -> equal;
      case NE -> !equal;
      case LT -> less;
      case LE -> equal || less;
      case GT -> greater;
      default -> equal || greater;
    });
  }

  @Override
  public Value visitCall(Call call) {
    switch (call.function()) {
      case "success": return Value.of(status.success());
      case "failure": return Value.of(status.failure());
      case "cancelled": return Value.of(status.cancelled());
      case "always": return Value.of(true);
      case "case": return caseOf(call.args());
      default: break;
    }
    List<Value> args = new ArrayList<>();
    for (Expr arg : call.args()) args.add(eval(arg));
    if (call.function().equals("hashFiles")) return Value.of(hashFiles.apply(args.stream().map(Value::asText).toList()));
    return Functions.call(call.function(), args);
  }

  // "case(pred1, val1, pred2, val2, ..., default)": predicates must be booleans; like the runner,
  // only the predicates up to the first true one and the chosen value are evaluated.
  private Value caseOf(List<Expr> args) {
    for (int i = 0; i + 1 < args.size(); i += 2) {
      Value predicate = eval(args.get(i));
      if (!(predicate instanceof Value.Bool b)) {
        throw new EvaluationException("case: the condition '" + args.get(i).text() + "' is " + predicate.kind().gitHubName()
            + ", not a boolean; compare it, e.g. " + args.get(i).text() + " == 'value'");
      }
      if (b.value()) return eval(args.get(i + 1));
    }
    return eval(args.get(args.size() - 1));
  }
}
