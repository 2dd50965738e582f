package dev.gha4j.validate;

import dev.gha4j.expr.Expr;
import java.util.List;

/**
 * Random expressions for the differential test. A careful workflow reads only contexts available
 * where the expression stands ({@link Level}), so that valid workflows use every context; a sloppy
 * one reads any context, also where GitHub does not provide it, names nothing declares, and calls
 * status functions anywhere.
 */
final class RandomExpr {
  /** Where an expression stands, for the careful choice of contexts. */
  enum Level {
    /** {@code run-name}, {@code concurrency}, workflow_call values: github, inputs, vars. */
    WORKFLOW,
    /** Workflow {@code env}: also secrets. */
    WORKFLOW_ENV,
    /** A job's keys: also needs, strategy, matrix. */
    JOB,
    /** A job's {@code if}: status functions too. */
    JOB_IF,
    /** A step's keys: everything but status functions. */
    STEP,
    /** A step's {@code if}: no secrets, status functions. */
    STEP_IF
  }

  /** Names a generated workflow may declare and read. */
  record Names(List<String> jobs, List<String> steps, List<String> matrix, List<String> inputs,
      List<String> outputs) {}

  private final Choices c;
  private final Names names;
  private final boolean careful;

  RandomExpr(Choices c, Names names, boolean careful) {
    this.c = c;
    this.names = names;
    this.careful = careful;
  }

  /** A value: a context read, a function call, a literal or an operator over those. */
  Expr value(Level at) {
    return switch (c.pick(8)) {
      case 0, 1, 2 -> read(at);
      case 3 -> literal();
      case 4 -> function(at);
      case 5 -> read(at).eq(c.maybe(30) ? read(at) : literal());
      case 6 -> read(at).and(value(at));
      default -> c.maybe(50) ? read(at).not() : read(at).or(literal());
    };
  }

  /** A condition for {@code if:} at {@code at}, status functions more likely. */
  Expr condition(Level at) {
    return switch (c.pick(4)) {
      case 0 -> read(at).eq(literal());
      case 1 -> status();
      case 2 -> status().and(value(at));
      default -> value(at);
    };
  }

  /** Text with one or two {@code ${{ }}} in it, or plain text. */
  String text(Level at) {
    return switch (c.pick(4)) {
      case 0 -> "plain";
      case 1 -> value(at).embed();
      case 2 -> "v-" + value(at).embed();
      default -> c.maybe(careful ? 2 : 25)
          ? c.oneOf("", " ", "${{", "${{ }}", "a ${{ github.sha", "${{ github.sha ==  }}")
          : value(at).embed() + "/" + value(at).embed();
    };
  }

  Expr read(Level at) {
    if (careful || !c.maybe(40)) return available(at);
    return switch (c.pick(16)) {
      case 0 -> Expr.github(c.oneOf("sha", "ref", "event_name", "event.pull_request.title", "run_id", "actor",
          "event.inputs.x", "workspace", "no_such_property", "sha.length"));
      case 1 -> Expr.env(c.oneOf("HOME_DIR", "PATH", "Token"));
      case 2 -> Expr.vars(c.oneOf("REGION", "region", "GITHUB_X"));
      case 3 -> Expr.secrets(c.oneOf("TOKEN", "GITHUB_TOKEN", "Deploy_Key"));
      case 4 -> member("inputs", pick(names.inputs(), "undeclared"));
      case 5 -> member("matrix", pick(names.matrix(), "os"));
      case 6 -> member("needs", pick(names.jobs(), "build")).dot("outputs").dot(pick(names.outputs(), "tag"));
      case 7 -> member("needs", pick(names.jobs(), "build")).dot("result");
      case 8 -> member("steps", pick(names.steps(), "meta")).dot("outputs").dot(pick(names.outputs(), "tag"));
      case 9 -> member("steps", pick(names.steps(), "meta")).dot(c.oneOf("outcome", "conclusion", "result"));
      case 10 -> Expr.job(c.oneOf("status", "container.id", "services", "no_such"));
      case 11 -> Expr.runner(c.oneOf("os", "temp", "arch", "no_such"));
      case 12 -> Expr.strategy(c.oneOf("job-index", "fail-fast", "job-total"));
      case 13 -> member("jobs", pick(names.jobs(), "build")).dot("outputs").dot(pick(names.outputs(), "tag"));
      case 14 -> Expr.github("event").dot(c.oneOf("number", "commits")).at(Expr.literal(0.0));
      default -> Expr.parse(c.oneOf("github", "env", "secrets", "matrix", "steps", "needs", "inputs"));
    };
  }

  // A read of a context GitHub provides at `at`, of a name that needs no declaration.
  private Expr available(Level at) {
    return switch (c.pick(7)) {
      case 0, 1 -> Expr.github(c.oneOf("sha", "ref", "event_name", "run_id", "actor"));
      case 2 -> Expr.vars(c.oneOf("REGION", "region"));
      case 3 -> at == Level.WORKFLOW || at == Level.JOB_IF || at == Level.STEP_IF || at == Level.JOB
          ? Expr.github("repository") : Expr.secrets(c.oneOf("TOKEN", "Deploy_Key"));
      case 4 -> at.compareTo(Level.STEP) >= 0 ? Expr.env(c.oneOf("HOME_DIR", "Token")) : Expr.github("workflow");
      case 5 -> at.compareTo(Level.STEP) >= 0 ? Expr.runner(c.oneOf("os", "temp")) : Expr.vars("REGION");
      default -> at == Level.JOB || at.compareTo(Level.STEP) >= 0 ? Expr.strategy(c.oneOf("job-index", "job-total"))
          : Expr.github("sha");
    };
  }

  // context.name where the name is an identifier, else context['name'].
  private static Expr member(String context, String name) {
    Expr root = Expr.parse(context);
    return name.matches("[A-Za-z_][A-Za-z0-9_-]*") ? root.dot(name) : root.at(Expr.literal(name));
  }

  /** A value of type bool: a comparison. */
  Expr bool(Level at) {
    return careful ? read(at).eq(literal()) : value(at);
  }

  /** A value of type number, or of unknown type. */
  Expr number(Level at) {
    return careful ? Expr.fromJson(read(at)) : value(at);
  }

  private Expr literal() {
    if (careful) return c.oneOf(Expr.literal("main"), Expr.literal(true), Expr.literal(1.0), Expr.literal(""));
    return switch (c.pick(5)) {
      case 0 -> Expr.literal("main");
      case 1 -> Expr.literal(true);
      case 2 -> Expr.literal(1.0);
      case 3 -> Expr.nullLiteral();
      default -> Expr.literal("");
    };
  }

  private Expr status() {
    return c.oneOf(Expr.success(), Expr.failure(), Expr.always(), Expr.cancelled());
  }

  private Expr function(Level at) {
    boolean anywhere = !careful && c.maybe(30);
    return switch (c.pick(7)) {
      case 0 -> Expr.format("{0}-x", read(at));
      case 1 -> Expr.toJson(read(at));
      case 2 -> Expr.contains(read(at), Expr.literal("a"));
      case 3 -> Expr.startsWith(read(at), Expr.literal("v"));
      case 4 -> at.compareTo(Level.STEP) >= 0 || anywhere ? Expr.hashFiles("**/pom.xml") : Expr.toJson(read(at));
      case 5 -> careful ? Expr.format("{0}{1}", read(at), read(at)) : Expr.join(read(at), ",");
      default -> at == Level.JOB_IF || at == Level.STEP_IF || anywhere ? status() : Expr.fromJson(read(at));
    };
  }

  private String pick(List<String> declared, String fallback) {
    if (declared.isEmpty() || c.maybe(15)) return c.oneOf(fallback, "missing", "Missing");
    return declared.get(c.pick(declared.size()));
  }
}
