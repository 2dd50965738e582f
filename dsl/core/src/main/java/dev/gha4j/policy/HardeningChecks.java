package dev.gha4j.policy;

import dev.gha4j.model.Job;
import dev.gha4j.model.Scalar;
import dev.gha4j.model.Step;
import dev.gha4j.model.Workflow;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Settings that weaken the runner: {@link Rule#INSECURE_COMMANDS} ({@code
 * ACTIONS_ALLOW_UNSECURE_COMMANDS}, which lets any log line set environment variables),
 * {@link Rule#MISFEATURE} ({@code shell: cmd}, {@code pip-install} of setup-python) and
 * {@link Rule#ADHOC_PACKAGES} (packages installed by name, outside a lock file).
 */
final class HardeningChecks {
  private static final String UNSECURE = "ACTIONS_ALLOW_UNSECURE_COMMANDS";

  private HardeningChecks() {}

  static void insecureCommands(WorkflowView v, Reporter out) {
    Workflow w = v.workflow();
    if (enables(w.env())) out.workflow(w.location(), insecure("workflow '" + w.file() + "'"), INSECURE_FIX);
    for (Job job : w.jobs()) {
      if (enables(job.env())) out.job(job, job.location(), insecure("job '" + job.id() + "'"), INSECURE_FIX);
    }
  }

  static void insecureCommands(StepView v, Reporter out) {
    if (enables(v.step().env())) out.step(v.job(), v.step(), insecure("step '" + v.step().displayName() + "'"), INSECURE_FIX);
  }

  private static final String INSECURE_FIX = "remove it; write to $GITHUB_ENV and $GITHUB_PATH instead of ::set-env and ::add-path";

  private static String insecure(String element) {
    return element + " sets " + UNSECURE + ", so any line a step prints (a test name, a file from a pull request) can set "
        + "environment variables and PATH with ::set-env and ::add-path";
  }

  private static boolean enables(Map<String, Scalar> env) {
    Scalar value = env.get(UNSECURE);
    return value != null && !PublishingChecks.isFalse(value);
  }

  static void misfeature(WorkflowView v, Reporter out) {
    Workflow w = v.workflow();
    if (w.defaults() != null && cmd(w.defaults().shell())) {
      out.workflow(w.location(), "workflow '" + w.file() + "' defaults to shell: cmd, which has no grammar a tool can check "
          + "and has not been Windows' default since 2019", "use pwsh (or bash)");
    }
    for (Job job : w.jobs()) {
      if (job.defaults() != null && cmd(job.defaults().shell())) {
        out.job(job, job.location(), "job '" + job.id() + "' defaults to shell: cmd, which has no grammar a tool can check",
            "use pwsh (or bash)");
      }
    }
  }

  static void misfeature(StepView v, Reporter out) {
    Step step = v.step();
    if (cmd(step.shell())) {
      out.step(v.job(), step, "step '" + step.displayName() + "' runs in shell: cmd, which has no grammar a tool can check",
          "use pwsh (or bash)");
    }
    ActionUse use = v.use();
    if (use != null && use.is("actions/setup-python") && step.with().containsKey("pip-install")) {
      out.step(v.job(), step, "actions/setup-python with pip-install: installs packages into the global Python, unlocked "
          + "and out of sight of the project's dependency files", "install in a later step from a lock file "
          + "(pip install -r requirements.txt --require-hashes, uv sync --locked)");
    }
  }

  private static boolean cmd(String shell) {
    return shell != null && shell.strip().toLowerCase(Locale.ROOT).split("\\s+")[0].equals("cmd");
  }

  // Words after the install command that are options, not packages.
  static void adhocPackages(StepView v, Reporter out) {
    for (ShellCommand c : v.commands()) {
      String name = c.name();
      if (!INSTALLERS.contains(name)) continue;
      String what = adhoc(name, c.args());
      if (what == null) continue;
      out.step(v.job(), v.step(), "`" + c.source().replace("GHA4J_EXPRESSION", "${{ … }}") + "` installs " + what + " by name, outside a lock file, so each run may "
              + "get a different (or compromised) release and dependencies",
          "add it to the project's manifest and install from the lock file (bundle install, npm ci)");
    }
  }

  private static final java.util.Set<String> INSTALLERS = java.util.Set.of("gem", "npm", "yarn", "pnpm", "bundle");

  private static String adhoc(String name, List<String> args) {
    if (!INSTALLERS.contains(name) || args.isEmpty()) return null;
    String sub = args.get(0);
    List<String> rest = args.subList(1, args.size());
    boolean packages = rest.stream().anyMatch(a -> !a.startsWith("-"));
    switch (name) {
      case "gem":
        return (sub.equals("install") || sub.equals("i")) && packages && !rest.contains("--help") ? "gems" : null;
      case "npm":
        return List.of("install", "i", "add").contains(sub) && packages ? "npm packages" : null;
      case "yarn": case "pnpm": case "bundle":
        return sub.equals("add") && packages ? "packages" : null;
      default:
        return null;
    }
  }
}
