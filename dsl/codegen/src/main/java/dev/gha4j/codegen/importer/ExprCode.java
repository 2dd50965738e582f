package dev.gha4j.codegen.importer;

import static dev.gha4j.codegen.importer.Literals.string;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.gha4j.expr.Binary;
import dev.gha4j.expr.Call;
import dev.gha4j.expr.ContextRef;
import dev.gha4j.expr.Expr;
import dev.gha4j.expr.ExprScanner;
import dev.gha4j.expr.ExprVisitor;
import dev.gha4j.expr.Index;
import dev.gha4j.expr.Literal;
import dev.gha4j.expr.Not;
import dev.gha4j.expr.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Expressions as gha4j builder calls: {@code github.event_name == 'push'} becomes
 * {@code Expr.github("event_name").eq("push")}, {@code needs.build.outputs.tag} becomes
 * {@code build.output("tag")} when the job variable {@code build} is in scope. Long or exotic
 * expressions stay text, which reads better than a long chain.
 */
final class ExprCode {
  static final ClassName EXPR = ClassName.get("dev.gha4j.expr", "Expr");
  private static final int MAX_OPERATORS = 3;
  /** Longer builder code reads worse than the expression text. */
  private static final int MAX_WIDTH = 100;
  private static final Set<String> ONE_NAME_CONTEXTS = Set.of("env", "vars", "secrets", "inputs", "matrix", "runner", "strategy");

  private final Map<String, String> jobVariables;

  /** {@code jobVariables}: job id to the Java variable holding that job, for {@code needs.<id>}. */
  ExprCode(Map<String, String> jobVariables) {
    this.jobVariables = jobVariables;
  }

  /**
   * Builder code for a condition ({@code if:} text without {@code ${{ }}}), or null when text
   * reads better or the builder form would not render this exact text.
   */
  CodeBlock condition(String text) {
    Expr e = parse(text);
    return e != null && e.text().equals(text) ? nice(e) : null;
  }

  /** Builder code for a value that is exactly one {@code ${{ }}}, or null (see {@link #condition}). */
  CodeBlock value(String text) {
    Expr e = Expressions.whole(text);
    return e != null && e.embed().equals(text) ? nice(e) : null;
  }

  /**
   * Code for a place that takes an {@code Expr}: the builder form when it reads well, else
   * {@code Expr.parse("...")}. {@code text} is a whole {@code ${{ }}} value.
   */
  CodeBlock required(String text) {
    Expr e = Expressions.whole(text);
    if (e == null) throw new ImportException("internal: not an expression: " + text);
    return required(e);
  }

  /** Code for an expression: the builder form when it reads well, else {@code Expr.parse("...")}. */
  CodeBlock required(Expr e) {
    CodeBlock nice = nice(e);
    return nice != null ? nice : CodeBlock.of("$T.parse($L)", EXPR, string(e.text()));
  }

  private CodeBlock nice(Expr e) {
    if (operators(e) > MAX_OPERATORS) return null;
    CodeBlock code = code(e);
    return code == null || Layout.width(code) > MAX_WIDTH ? null : code;
  }

  private static Expr parse(String text) {
    try {
      return Expr.parse(text);
    } catch (RuntimeException e) {
      return null;
    }
  }

  // Operators and negations: a measure of how hard the builder chain would be to read.
  private static int operators(Expr e) {
    int[] count = {0};
    new ExprScanner() {
      @Override
      public Void visitBinary(Binary binary) {
        count[0]++;
        return super.visitBinary(binary);
      }

      @Override
      public Void visitNot(Not not) {
        count[0]++;
        return super.visitNot(not);
      }
    }.scan(e);
    return count[0];
  }

  /** The builder form, or null when some part has none. */
  private CodeBlock code(Expr e) {
    return e.accept(builderCode);
  }

  private final ExprVisitor<CodeBlock> builderCode = new ExprVisitor<>() {
    @Override
    public CodeBlock visitLiteral(Literal literal) { return literal(literal); }

    @Override
    public CodeBlock visitContext(ContextRef context) { return path(context); }

    @Override
    public CodeBlock visitProperty(Property property) { return path(property); }

    @Override
    public CodeBlock visitIndex(Index index) {
      CodeBlock target = code(index.target());
      CodeBlock at = code(index.index());
      return target == null || at == null ? null : CodeBlock.of("$L.at($L)", target, at);
    }

    @Override
    public CodeBlock visitCall(Call call) { return call(call); }

    @Override
    public CodeBlock visitNot(Not not) {
      CodeBlock inner = code(not.operand());
      return inner == null ? null : CodeBlock.of("$L.not()", inner);
    }

    @Override
    public CodeBlock visitBinary(Binary binary) { return binary(binary); }
  };

  private static CodeBlock literal(Literal l) {
    Object v = l.value();
    if (v == null) return CodeBlock.of("$T.nullLiteral()", EXPR);
    if (v instanceof String s) return CodeBlock.of("$T.literal($L)", EXPR, string(s));
    if (v instanceof Boolean b) return CodeBlock.of("$T.literal($L)", EXPR, b);
    double d = (Double) v;
    if (Double.isNaN(d) || Double.isInfinite(d)) return null;
    return CodeBlock.of("$T.literal($L)", EXPR, l.text());
  }

  private CodeBlock binary(Binary b) {
    CodeBlock left = code(b.left());
    if (left == null) return null;
    String method = b.op().name().toLowerCase(Locale.ROOT);
    boolean textArgument = (b.op() == Binary.Op.EQ || b.op() == Binary.Op.NE)
        && b.right() instanceof Literal l && l.value() instanceof String;
    CodeBlock right = textArgument ? string((String) ((Literal) b.right()).value()) : code(b.right());
    return right == null ? null : CodeBlock.of("$L.$L($L)", left, method, right);
  }

  private CodeBlock call(Call c) {
    List<Expr> args = c.args();
    switch (c.function()) {
      case "success", "failure", "always", "cancelled":
        return CodeBlock.of("$T.$L()", EXPR, c.function());
      case "contains", "startsWith", "endsWith", "toJSON", "fromJSON":
        return factory(c.function().replace("JSON", "Json"), args);
      case "format":
        if (!(args.get(0) instanceof Literal t && t.value() instanceof String template)) return null;
        List<CodeBlock> rest = codes(args.subList(1, args.size()));
        if (rest == null) return null;
        rest.add(0, string(template));
        return CodeBlock.of("$T.format($L)", EXPR, CodeBlock.join(rest, ", "));
      case "join":
        if (args.size() != 2 || !(args.get(1) instanceof Literal s && s.value() instanceof String separator)) return null;
        CodeBlock array = code(args.get(0));
        return array == null ? null : CodeBlock.of("$T.join($L, $L)", EXPR, array, string(separator));
      case "case":
        List<CodeBlock> cases = codes(args);
        return cases == null ? null : CodeBlock.of("$T.caseOf($L)", EXPR, CodeBlock.join(cases, ", "));
      case "hashFiles":
        List<CodeBlock> patterns = new ArrayList<>();
        for (Expr a : args) {
          if (!(a instanceof Literal p && p.value() instanceof String pattern)) return null;
          patterns.add(string(pattern));
        }
        return CodeBlock.of("$T.hashFiles($L)", EXPR, CodeBlock.join(patterns, ", "));
      default:
        return null;
    }
  }

  private CodeBlock factory(String name, List<Expr> args) {
    List<CodeBlock> codes = codes(args);
    return codes == null ? null : CodeBlock.of("$T.$L($L)", EXPR, name, CodeBlock.join(codes, ", "));
  }

  private List<CodeBlock> codes(List<Expr> exprs) {
    List<CodeBlock> codes = new ArrayList<>();
    for (Expr a : exprs) {
      CodeBlock code = code(a);
      if (code == null) return null;
      codes.add(code);
    }
    return codes;
  }

  /** {@code context.a.b}: the context's factory, then {@code .dot(...)} for what is left. */
  private CodeBlock path(Expr e) {
    List<String> names = new ArrayList<>();
    Expr at = e;
    while (at instanceof Property p) {
      names.add(0, p.name());
      at = p.target();
    }
    if (!(at instanceof ContextRef root)) {
      CodeBlock target = code(at);
      if (target == null) return null;
      CodeBlock.Builder b = CodeBlock.builder().add(target);
      for (String n : names) b.add(".dot($L)", string(n));
      return b.build();
    }
    if (names.isEmpty()) return null;
    String context = root.name();
    int used;
    CodeBlock start;
    if (context.equals("github") || context.equals("job")) {
      start = CodeBlock.of("$T.$L($L)", EXPR, context, string(String.join(".", names)));
      used = names.size();
    } else if (ONE_NAME_CONTEXTS.contains(context)) {
      start = CodeBlock.of("$T.$L($L)", EXPR, context, string(names.get(0)));
      used = 1;
    } else if (context.equals("steps") && names.size() >= 3 && names.get(1).equals("outputs")) {
      start = CodeBlock.of("$T.stepOutput($L, $L)", EXPR, string(names.get(0)), string(names.get(2)));
      used = 3;
    } else if (context.equals("steps") && names.size() >= 2) {
      start = CodeBlock.of("$T.step($L, $L)", EXPR, string(names.get(0)), string(names.get(1)));
      used = 2;
    } else if (context.equals("needs") && names.size() >= 3 && names.get(1).equals("outputs")) {
      String variable = jobVariables.get(names.get(0));
      start = variable != null ? CodeBlock.of("$L.output($L)", variable, string(names.get(2)))
          : CodeBlock.of("$T.needsOutput($L, $L)", EXPR, string(names.get(0)), string(names.get(2)));
      used = 3;
    } else if (context.equals("needs") && names.size() == 2 && names.get(1).equals("result")) {
      String variable = jobVariables.get(names.get(0));
      start = variable != null ? CodeBlock.of("$L.result()", variable)
          : CodeBlock.of("$T.needsResult($L)", EXPR, string(names.get(0)));
      used = 2;
    } else {
      return null;
    }
    CodeBlock.Builder b = CodeBlock.builder().add(start);
    for (String n : names.subList(used, names.size())) b.add(".dot($L)", string(n));
    return b.build();
  }
}
