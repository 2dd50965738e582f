package dev.gha4j.validate;

import static dev.gha4j.validate.RandomExpr.Level.JOB;
import static dev.gha4j.validate.RandomExpr.Level.JOB_IF;
import static dev.gha4j.validate.RandomExpr.Level.STEP;
import static dev.gha4j.validate.RandomExpr.Level.STEP_IF;
import static dev.gha4j.validate.RandomExpr.Level.WORKFLOW;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.Combination;
import dev.gha4j.model.Concurrency;
import dev.gha4j.model.Container;
import dev.gha4j.model.Credentials;
import dev.gha4j.model.Environment;
import dev.gha4j.model.Job;
import dev.gha4j.model.Matrix;
import dev.gha4j.model.Raw;
import dev.gha4j.model.RunsOn;
import dev.gha4j.model.Step;
import dev.gha4j.model.Strategy;
import java.util.ArrayList;
import java.util.List;

/** The jobs and steps of a {@link RandomWorkflow}: runner jobs and reusable-workflow calls. */
final class RandomJob {
  private static final String[] LABELS = {"ubuntu-latest", "windows-latest", "macos-14", "ubuntu-24.04", "my-runner"};
  private static final String[] BAD_LABELS = {"ubuntu-20.04", "macos-12", "ubuntu-lates", "", "Ubuntu-Latest",
      "windows-2019"};
  private static final String[] WITH = {"node-version", "path"};
  private static final String[] BAD_WITH = {"Node-Version", "Path"};

  private final Choices c;
  private final Sloppiness s;
  private final RandomExpr expr;
  private final RandomExpr.Names names;

  RandomJob(Choices c, Sloppiness s, RandomExpr expr, RandomExpr.Names names) {
    this.c = c;
    this.s = s;
    this.expr = expr;
    this.names = names;
  }

  /** One job per declared id, each needing some of the jobs before it (or one that is not there). */
  List<Job> jobs() {
    List<Job> made = new ArrayList<>();
    for (String id : names.jobs()) {
      Job.Builder job = c.maybe(10) ? caller(id) : runner(id);
      for (Job earlier : made) if (c.maybe(30)) job.needs(earlier);
      if (s.slip()) job.needs(Job.builder(c.oneOf("ghost", id)).build());
      common(job);
      made.add(job.build());
    }
    return made;
  }

  private Job.Builder caller(String id) {
    Job.Builder job = Job.calling(id, s.pick(new String[] {"./.github/workflows/build.yml",
        "octo/repo/.github/workflows/build.yml@v1"}, "octo/repo/build.yml", "./build.yml@v1", ""));
    int with = c.count(2);
    for (int i = 0; i < with; i++) job.with(s.pick(new String[] {"tag", "debug"}, "Tag"), expr.text(JOB));
    if (c.maybe(30)) job.secretsInherit();
    else if (c.maybe(30)) job.secret(s.pick(new String[] {"TOKEN"}, "token"), Expr.secrets("TOKEN"));
    if (s.slip()) job.env("X", "y");
    return job;
  }

  private Job.Builder runner(String id) {
    Job.Builder job = Job.builder(id).runsOn(runsOn());
    if (c.maybe(25)) job.strategy(matrix());
    if (c.maybe(15)) job.container(container());
    if (c.maybe(10)) job.service(s.pick(new String[] {"db", "cache"}, "DB"), container())
        .service(s.pick(new String[] {"redis"}, "Db", "db"), container());
    if (c.maybe(15)) {
      job.environment(new Environment(c.maybe(70) ? "prod" : expr.text(JOB), c.maybe(50) ? url() : null));
    }
    int outputs = c.count(2);
    for (int i = 0; i < outputs; i++) job.output(c.oneOf(names.outputs().toArray(String[]::new)), expr.value(JOB));
    if (c.maybe(15)) job.timeoutMinutes(s.pick(new Integer[] {10, 30}, 0, -1));
    if (c.maybe(8)) job.timeoutMinutes(expr.number(JOB));
    if (c.maybe(8)) job.continueOnError(expr.bool(JOB));
    job.steps(steps());
    if (s.slip()) job.escapeHatch(c.oneOf("snapshot", "x-custom", "Steps", "snapshot"),
        Raw.yaml(c.oneOf("my-image", "{image-name: my-image}", "{version: 2}", "''", "{<<: {a: 1}, image-name: x}")));
    return job;
  }

  // GitHub Pages' own pattern reads a step output here.
  private String url() {
    return c.maybe(50) ? "https://example.com/" + expr.value(JOB).embed() : "${{ steps.meta.outputs.page_url }}";
  }

  private void common(Job.Builder job) {
    if (c.maybe(20)) job.name(expr.text(JOB));
    if (c.maybe(30)) job.when(c.maybe(50) ? expr.condition(JOB_IF) : Expr.parse(expr.condition(JOB_IF).text()));
    if (c.maybe(10)) job.when(expr.text(JOB_IF));
    int env = c.count(2);
    for (int i = 0; i < env; i++) {
      String name = s.pick(RandomWorkflow.ENV_NAMES, RandomWorkflow.BAD_ENV_NAMES);
      if (c.maybe(50)) job.env(name, expr.value(JOB));
      else job.env(name, expr.text(JOB));
    }
    if (s.slip()) job.env(c.oneOf("${{ github.sha }}", "X_${{ matrix.os }}"), "x");
    if (c.maybe(10)) job.concurrency(Concurrency.group(expr.text(JOB)).cancelInProgress(c.maybe(50)));
  }

  private RunsOn runsOn() {
    return switch (c.pick(5)) {
      case 0, 1 -> RunsOn.label(s.pick(LABELS, BAD_LABELS));
      case 2 -> RunsOn.label(expr.text(JOB));
      case 3 -> c.maybe(80) ? RunsOn.labels("self-hosted", s.pick(new String[] {"linux", "x64"}, "ubuntu-latest", "windows"))
          : RunsOn.labels(s.pick(new String[] {"ubuntu-latest"}, "ubuntu-22.04"), s.pick(new String[] {"linux"},
              "windows-latest", "ubuntu-24.04", "macos"));
      default -> RunsOn.group(s.pick(new String[] {"runners"}, ""), c.oneOf("linux", "ubuntu-latest"));
    };
  }

  private Strategy matrix() {
    Matrix m = Matrix.empty();
    for (String axis : names.matrix()) {
      m = switch (c.pick(4)) {
        case 0 -> m.and(axis, "a", "b");
        case 1 -> s.slip() ? m.and(axis, c.oneOf(new String[0], new String[] {"a", "a"})) : m.and(axis, 1, 2);
        case 2 -> m.and(axis, Expr.fromJson(expr.read(WORKFLOW)));
        default -> m.and(axis, Raw.yaml(s.pick(new String[] {"[x, y]", "[{a: 1}]"}, "[]", "[x, '${{ always() }}']")));
      };
    }
    if (c.maybe(30)) m = m.include(Combination.of(c.oneOf(RandomWorkflow.AXES), c.oneOf("a", "${{ github.sha }}")));
    if (c.maybe(30)) {
      m = m.exclude(Combination.of(s.pick(names.matrix().toArray(String[]::new), "nope"), s.pick(new String[] {"a"}, "zz")));
    }
    if (c.maybe(5)) m = Matrix.fromExpression(Expr.fromJson(expr.value(JOB)));
    Strategy strategy = Strategy.matrix(m);
    if (c.maybe(20)) strategy = strategy.maxParallel(s.pick(new Integer[] {2, 4}, 0));
    if (c.maybe(20)) strategy = strategy.failFast(c.maybe(50));
    return strategy;
  }

  private Container container() {
    Container image = Container.image(s.pick(new String[] {"node:20", expr.text(JOB)}, ""));
    if (c.maybe(30)) image = image.env(s.pick(RandomWorkflow.ENV_NAMES, RandomWorkflow.BAD_ENV_NAMES), expr.value(STEP));
    if (c.maybe(20)) image = image.credentials(Credentials.of(expr.value(JOB), Expr.secrets("PASSWORD")));
    if (c.maybe(20)) image = image.options(expr.text(JOB));
    return image;
  }

  private List<Step> steps() {
    List<Step> steps = new ArrayList<>();
    int n = 1 + c.count(2);
    for (int i = 0; i < n; i++) steps.add(step());
    return steps;
  }

  private Step step() {
    boolean uses = c.maybe(40);
    Step.Builder b = uses
        ? Step.uses(c.oneOf("actions/checkout@v4", "./local", "docker://alpine:3", "actions/setup-node@v4"))
        : Step.run(c.maybe(60) ? s.pick(new String[] {"make"}, "echo \"::set-output name=x::1\"",
            "echo ::add-path::/opt/bin") : expr.text(STEP));
    if (c.maybe(35)) b.id(names.steps().get(c.pick(names.steps().size())));
    if (c.maybe(20)) b.name(expr.text(STEP));
    if (c.maybe(25)) b.when(c.maybe(50) ? expr.condition(STEP_IF) : Expr.parse(expr.condition(STEP_IF).text()));
    if (c.maybe(8)) b.when(expr.text(STEP_IF));
    if (uses || s.slip()) {
      int with = c.count(2);
      for (int i = 0; i < with; i++) b.with(s.pick(WITH, BAD_WITH), expr.text(STEP));
    }
    int env = c.count(2);
    for (int i = 0; i < env; i++) {
      b.env(s.pick(RandomWorkflow.ENV_NAMES, RandomWorkflow.BAD_ENV_NAMES), c.maybe(50) ? expr.text(STEP)
          : expr.value(STEP).embed());
    }
    if (!uses || s.slip()) {
      if (c.maybe(10)) b.shell(s.pick(new String[] {"bash", "pwsh"}, "", expr.text(STEP)));
      if (c.maybe(10)) b.workingDirectory(s.pick(new String[] {"app", expr.text(STEP)}, ""));
    }
    if (c.maybe(8)) b.timeoutMinutes(expr.number(STEP));
    if (c.maybe(8)) b.continueOnError(expr.bool(STEP));
    if (s.slip()) b.escapeHatch(c.oneOf("x-custom", "Run", "background"), Raw.yaml("true"));
    return b.build();
  }
}
