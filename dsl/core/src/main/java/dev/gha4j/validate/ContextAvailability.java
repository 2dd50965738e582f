package dev.gha4j.validate;

import dev.gha4j.expr.Call;
import dev.gha4j.expr.ContextRef;
import dev.gha4j.expr.Expr;
import dev.gha4j.expr.ExprScanner;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether the contexts and functions an expression uses are available where it stands, by GitHub's
 * schema: {@code env} is not available in {@code jobs.<id>.env}, {@code hashFiles()} only in a
 * step, {@code always()} only in an {@code if:}.
 */
final class ContextAvailability {
  /** Functions GitHub's expression parser knows everywhere (lower case). */
  private static final Set<String> EVERYWHERE =
      Set.of("contains", "startswith", "endswith", "format", "join", "tojson", "fromjson", "case");

  private ContextAvailability() {}

  /** What is wrong with {@code e} at {@code at}, one message per use; empty when all is available. */
  static List<String> problems(Expr e, SchemaPosition at) {
    List<String> found = new ArrayList<>();
    new ExprScanner() {
      @Override
      public Void visitContext(ContextRef context) {
        if (!at.contexts().contains(context.name().toLowerCase(Locale.ROOT))) {
          found.add("reads '" + context.name() + "', which GitHub does not provide here (available: "
              + available(at) + "); fix: " + fix(context.name(), at));
        }
        return null;
      }

      @Override
      public Void visitCall(Call call) {
        String problem = function(call, at);
        if (problem != null) found.add(problem);
        return super.visitCall(call);
      }
    }.scan(e);
    return found;
  }

  private static String function(Call call, SchemaPosition at) {
    String name = call.function();
    if (EVERYWHERE.contains(name.toLowerCase(Locale.ROOT))) return null;
    String allowed = at.function(name);
    if (allowed == null) {
      return "calls " + name + "(), which GitHub does not provide here (" + where(name) + ")";
    }
    String[] bounds = allowed.substring(allowed.indexOf('(') + 1, allowed.length() - 1).split(",");
    int min = Integer.parseInt(bounds[0]);
    int max = bounds[1].equals("MAX") ? Integer.MAX_VALUE : Integer.parseInt(bounds[1]);
    int n = call.args().size();
    if (n < min || n > max) {
      return "calls " + name + "() with " + n + " arguments; here it takes " + min
          + (max == Integer.MAX_VALUE ? " or more" : max == min ? "" : " to " + max);
    }
    return null;
  }

  private static String available(SchemaPosition at) {
    Set<String> names = new TreeSet<>(at.contexts());
    return names.isEmpty() ? "no context" : String.join(", ", names);
  }

  private static String where(String function) {
    return switch (function.toLowerCase(Locale.ROOT)) {
      case "hashfiles" -> "it is available in a step's keys only; fix: compute the hash in a step and pass it on"
          + " as an output";
      case "success", "failure", "always", "cancelled" -> "status functions are available in if: only;"
          + " fix: move the test into the job's or step's .when(...)";
      default -> "fix: remove the call";
    };
  }

  private static String fix(String context, SchemaPosition at) {
    String name = context.toLowerCase(Locale.ROOT);
    if (name.equals("secrets") && at.isCondition()) {
      return at.contexts().contains("env")
          ? "map it to an env variable of the job, e.g. .env(\"HAS_KEY\", Expr.secrets(\"KEY\").ne(\"\")), and test"
              + " Expr.env(\"HAS_KEY\").eq(\"true\")"
          : "test a configuration variable (Expr.vars(\"...\")) instead, or move the test into a step";
    }
    return switch (name) {
      case "env" -> "write the value itself, or read it from vars, inputs or github; env is only readable"
          + " inside a job's steps";
      case "steps" -> "read step outputs in a later step or in the job's outputs";
      case "secrets" -> "map the secret to an env value of the job or step and read that";
      case "matrix", "strategy", "needs" -> "read " + context + " only inside the job that has it";
      default -> "use only the contexts available here";
    };
  }
}
