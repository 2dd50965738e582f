package dev.gha4j.validate;

import static dev.gha4j.validate.RandomExpr.Level.WORKFLOW;
import static dev.gha4j.validate.RandomExpr.Level.WORKFLOW_ENV;

import dev.gha4j.model.Access;
import dev.gha4j.model.CallTrigger;
import dev.gha4j.model.Concurrency;
import dev.gha4j.model.Defaults;
import dev.gha4j.model.DispatchTrigger;
import dev.gha4j.model.Input;
import dev.gha4j.model.Permissions;
import dev.gha4j.model.Raw;
import dev.gha4j.model.Scope;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import java.util.ArrayList;
import java.util.List;

/**
 * A random workflow made through gha4j's model, for the differential test: triggers with their
 * filters, activity types and inputs, permissions, env, and jobs from {@link RandomJob}. Names come
 * in mixed case, expressions stand in every position, and a sloppy workflow ({@link Sloppiness})
 * has mistakes everywhere; which parts are made is decided by {@link Choices}, so a failing
 * workflow shrinks.
 */
final class RandomWorkflow {
  private static final String[] JOB_IDS = {"build", "test", "deploy", "lint", "_x"};
  private static final String[] BAD_JOB_IDS = {"BUILD", "Test", "1st", "a.b"};
  private static final String[] STEP_IDS = {"meta", "build", "deploy-step"};
  private static final String[] BAD_STEP_IDS = {"META", "9", "a b"};
  static final String[] AXES = {"os", "node", "version"};
  private static final String[] INPUTS = {"tag", "debug", "level"};
  private static final String[] BAD_INPUTS = {"Tag", "a b", "9x"};
  private static final String[] OUTPUTS = {"tag", "image"};
  static final String[] ENV_NAMES = {"HOME_DIR", "PATH", "Token"};
  static final String[] BAD_ENV_NAMES = {"home_dir", "ON", "on", "path"};

  private final Choices c;
  private final Sloppiness s;
  private final RandomExpr expr;
  private final RandomExpr.Names names;

  private RandomWorkflow(Choices c) {
    this.c = c;
    this.s = new Sloppiness(c);
    this.names = new RandomExpr.Names(some(JOB_IDS, BAD_JOB_IDS, 4), some(STEP_IDS, BAD_STEP_IDS, 3),
        some(AXES, new String[] {"OS"}, 2), some(INPUTS, BAD_INPUTS, 2),
        some(OUTPUTS, new String[] {"TAG"}, 2));
    this.expr = new RandomExpr(c, names, s.careful());
  }

  /** The workflow {@code choices} describe. */
  static Workflow make(Choices choices) {
    return new RandomWorkflow(choices).workflow();
  }

  private List<String> some(String[] pool, String[] bad, int max) {
    List<String> picked = new ArrayList<>();
    int n = 1 + c.count(max - 1);
    for (int i = 0; i < n; i++) {
      String name = s.pick(pool, bad);
      if (!picked.contains(name)) picked.add(name);
    }
    return picked;
  }

  private Workflow workflow() {
    Workflow.Builder w = Workflow.builder("w");
    if (c.maybe(30)) w.name(s.pick(new String[] {"CI", "Release"}, expr.text(WORKFLOW)));
    if (c.maybe(25)) w.runName(expr.text(WORKFLOW));
    w.on(triggers());
    if (c.maybe(30)) w.permissions(permissions());
    int env = c.count(2);
    for (int i = 0; i < env; i++) {
      String name = s.pick(ENV_NAMES, BAD_ENV_NAMES);
      if (c.maybe(50)) w.env(name, expr.value(WORKFLOW_ENV));
      else w.env(name, expr.text(WORKFLOW_ENV));
    }
    if (s.slip()) w.env(c.oneOf("${{ github.sha }}", "A${{ env.X }}"), "x");
    if (c.maybe(15)) w.concurrency(Concurrency.group(expr.text(WORKFLOW)));
    if (c.maybe(10)) w.defaults(Defaults.run().shell(s.pick(new String[] {"bash", "pwsh"}, "", "${{ matrix.shell }}")));
    if (s.slip()) w.escapeHatch(c.oneOf("NAME", "x-custom", "Jobs", "description"), Raw.yaml(c.oneOf("x", "{a: 1}")));
    w.jobs(new RandomJob(c, s, expr, names).jobs());
    return w.build();
  }

  private Trigger[] triggers() {
    List<Trigger> on = new ArrayList<>();
    on.add(trigger());
    int more = c.count(2);
    for (int i = 0; i < more; i++) on.add(trigger());
    return on.toArray(Trigger[]::new);
  }

  private Trigger trigger() {
    return switch (c.pick(10)) {
      case 0 -> c.maybe(40) ? Trigger.push().branches(pattern()).tags(s.pick(new String[] {"v*"}, "v 1", "v1/"))
          : s.slip() ? Trigger.push().branches("main").branchesIgnore("dev") : Trigger.push();
      case 1 -> Trigger.pullRequest().types(s.pick(new String[] {"opened", "synchronize", "closed"}, "created"));
      case 2 -> c.maybe(50) ? Trigger.pullRequestTarget().paths(s.pick(new String[] {"src/**", "*.md"}, " x", "a[z-a]"))
          : Trigger.pullRequestTarget();
      case 3 -> Trigger.schedule(s.pick(new String[] {"0 3 * * *", "*/5 * * * *", "30 1 * * 1-5", "0,1 * * * *"},
          "*/2 * * * *", "0 25 * * *", "* * * *", "* * * * *", "0-3 * * * *"));
      case 4 -> dispatch();
      case 5 -> call();
      case 6 -> Trigger.workflowRun(s.pick(new String[] {"CI"}, "")).types(s.pick(new String[] {"completed"}, "opened"))
          .branches(pattern());
      case 7 -> Trigger.release(s.pick(new String[] {"published", "created"}, "opened", "Published"));
      case 8 -> c.maybe(50) ? Trigger.mergeGroup().types(s.pick(new String[] {"checks_requested"}, "opened"))
          : Trigger.mergeGroup();
      default -> c.maybe(50) ? Trigger.event(s.pick(new String[] {"issues", "create", "fork"}, "Issues"))
          : Trigger.event(s.pick(new String[] {"issues", "watch"})).types(s.pick(new String[] {"opened"}, "started", "created"));
    };
  }

  private String pattern() {
    return s.pick(new String[] {"main", "releases/**", "v[0-9]+", "!main", "feature/*"}, "${{ github.ref }}", "",
        "a b", "x[]", "**/x/", "a[z-a]", "?x", "[a]", "a~b");
  }

  private DispatchTrigger dispatch() {
    DispatchTrigger d = Trigger.workflowDispatch();
    for (String name : names.inputs()) if (c.maybe(70)) d = d.input(input(name, true));
    return d;
  }

  private CallTrigger call() {
    CallTrigger t = Trigger.workflowCall();
    for (String name : names.inputs()) if (c.maybe(70)) t = t.input(input(name, false));
    if (c.maybe(50)) {
      String job = names.jobs().get(c.pick(names.jobs().size()));
      t = c.maybe(50) ? t.output(c.oneOf(OUTPUTS), "out", "${{ jobs." + job + ".outputs.tag }}")
          : t.output(c.oneOf(OUTPUTS), "out", expr.value(WORKFLOW));
    }
    if (c.maybe(30)) t = t.secret(s.pick(new String[] {"TOKEN", "KEY"}, "token"), "a secret", c.maybe(50));
    return t;
  }

  private Input input(String name, boolean dispatch) {
    Input i = switch (c.pick(dispatch ? 5 : 3)) {
      case 0 -> Input.string(name);
      case 1 -> Input.bool(name);
      case 2 -> Input.number(name);
      case 3 -> s.slip() ? Input.choice(name) : Input.choice(name, "a", "b");
      default -> Input.environment(name);
    };
    if (c.maybe(20)) i = i.required();
    if (c.maybe(40)) {
      boolean fits = !s.slip();
      i = switch (fits ? i.type() : c.oneOf(Input.Type.values())) {
        case BOOLEAN -> i.defaultValue(c.maybe(50));
        case NUMBER -> i.defaultValue(3L);
        case CHOICE -> i.defaultValue(s.pick(new String[] {"a", "b"}, "z"));
        default -> c.maybe(70) ? i.defaultValue("a") : i.defaultValue(expr.text(WORKFLOW));
      };
    }
    return i;
  }

  private Permissions permissions() {
    if (c.maybe(20)) return c.oneOf(Permissions.readAll(), Permissions.none(), Permissions.writeAll());
    Permissions p = Permissions.contents(Access.READ);
    int more = c.count(2);
    for (int i = 0; i < more; i++) {
      Scope scope = Scope.values()[c.pick(Scope.values().length)];
      Access level = Access.values()[c.pick(Access.values().length)];
      p = p.and(scope, scope.allows(level) || s.slip() ? level : Access.NONE);
    }
    return p;
  }
}
