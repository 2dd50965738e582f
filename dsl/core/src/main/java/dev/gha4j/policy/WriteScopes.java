package dev.gha4j.policy;

import dev.gha4j.model.Access;
import dev.gha4j.model.ActionScopes;
import dev.gha4j.model.Job;
import dev.gha4j.model.Permissions;
import dev.gha4j.model.Scope;
import dev.gha4j.model.Step;
import dev.gha4j.model.Workflow;
import java.util.List;
import java.util.Map;

/**
 * {@link Rule#UNNEEDED_WRITE}: a write scope granted to a job none of whose steps shows a use for
 * it. What each action uses comes from its manifest, carried by the typed binding's
 * {@link ActionScopes}; what scripts use is the small table of commands here ({@link #NEEDS}):
 * {@code git push}, {@code gh release create}, {@code npm publish} (npm's trusted publishing asks
 * for an OIDC token itself), {@code cosign sign} without a key, and {@code gh api} with a writing
 * method for every scope. Scopes outside the table are not judged.
 *
 * <p>A job with a step whose action gha4j has no manifest for (a raw {@code uses:}, a local or
 * docker action) may need the scope in a way gha4j cannot see: it gets a warning instead of an
 * error. A write scope at workflow level is reported when a job that inherits it (sets no
 * permissions of its own) does not need it, or when no job inherits it at all. Reusable-workflow
 * callers are not judged: the called workflow's needs are not visible here.
 */
final class WriteScopes {

  /** What shows a need for one scope in a script, and how a message names that need. */
  private record Need(String does, List<List<String>> commands, String mention) {}

  /** What a job shows for one scope. */
  private enum Evidence { NEEDED, UNKNOWN, UNUSED }

  private static final Map<Scope, Need> NEEDS = Map.of(
      Scope.CONTENTS, new Need("creates a release or pushes",
          List.of(List.of("git", "push"), List.of("gh", "release", "create"), List.of("gh", "release", "upload"),
              List.of("gh", "release", "edit"), List.of("gh", "release", "delete"), List.of("gh", "pr", "merge")),
          null),
      Scope.ID_TOKEN, new Need("requests an OIDC token",
          List.of(List.of("npm", "publish"), List.of("pnpm", "publish"), List.of("yarn", "npm", "publish"),
              List.of("bun", "publish"), List.of("uv", "publish"), List.of("cosign", "sign"), List.of("cosign", "attest"),
              List.of("cosign", "sign-blob"), List.of("cosign", "attest-blob")),
          "ACTIONS_ID_TOKEN_REQUEST_URL"),
      Scope.SECURITY_EVENTS, new Need("uploads code scanning results", List.of(), null),
      Scope.PULL_REQUESTS, new Need("comments on, labels or changes a pull request",
          gh("pr", "comment", "create", "edit", "merge", "review", "close", "reopen", "ready"), null),
      Scope.ISSUES, new Need("comments on or changes an issue",
          gh("issue", "comment", "create", "edit", "close", "reopen", "delete"), null),
      Scope.PAGES, new Need("deploys GitHub Pages", List.of(), null),
      Scope.ATTESTATIONS, new Need("creates an attestation", List.of(), null));

  private WriteScopes() {}

  private static List<List<String>> gh(String group, String... verbs) {
    return java.util.Arrays.stream(verbs).map(v -> List.of("gh", group, v)).toList();
  }

  static void check(WorkflowView v, Reporter out) {
    Workflow w = v.workflow();
    for (Job job : w.jobs()) {
      Permissions p = job.permissions();
      if (job.isCaller() || p == null || p.kind() != Permissions.Kind.SCOPED) continue;
      for (Scope scope : written(p)) {
        Evidence e = evidence(v, job, scope);
        if (e == Evidence.UNUSED) {
          String what = "job '" + job.id() + "' grants " + scope.wire() + ": write, but no step of it " + NEEDS.get(scope).does();
          out.job(job, p.location(), what, "remove " + scope.wire() + ": write; if a step needs it in a way gha4j does not "
              + "know, say which with .allow(Rule.UNNEEDED_WRITE, \"...\")");
        } else if (e == Evidence.UNKNOWN) {
          String unknown = unknownAction(job);
          out.jobWarning(job, p.location(), "job '" + job.id() + "' grants " + scope.wire() + ": write, and no step gha4j knows "
                  + NEEDS.get(scope).does() + ", but " + unknown + " has no manifest and may",
              "remove " + scope.wire() + ": write if " + unknown + " does not need it; if it does, say so with "
                  + ".allow(Rule.UNNEEDED_WRITE, \"" + unknown + " ...\")");
        }
      }
    }
    Permissions top = w.permissions();
    if (top == null || top.kind() != Permissions.Kind.SCOPED) return;
    List<Job> inheriting = w.jobs().stream().filter(j -> j.permissions() == null && !j.isCaller()).toList();
    for (Scope scope : written(top)) {
      String grant = scope.wire() + ": write";
      Job idle = inheriting.stream().filter(j -> evidence(v, j, scope) == Evidence.UNUSED).findFirst().orElse(null);
      Job unsure = inheriting.stream().filter(j -> evidence(v, j, scope) == Evidence.UNKNOWN).findFirst().orElse(null);
      String fix = "grant " + scope.wire() + ": read at the top and " + grant + " only on the job that " + NEEDS.get(scope).does();
      if (idle != null) {
        out.workflow(top.location(), "workflow '" + w.file() + "' grants " + grant + " to every job, but job '"
            + idle.id() + "' never " + NEEDS.get(scope).does(), fix);
      } else if (unsure != null) {
        out.workflowWarning(top.location(), "workflow '" + w.file() + "' grants " + grant + " to every job, but job '"
            + unsure.id() + "' shows no use for it (" + unknownAction(unsure) + " has no manifest, so it may)", fix);
      } else if (w.jobs().stream().noneMatch(j -> j.permissions() == null)) {
        out.workflow(top.location(), "workflow '" + w.file() + "' grants " + grant
            + ", but every job sets its own permissions, so none uses it", "remove it");
      }
    }
  }

  private static List<Scope> written(Permissions p) {
    return p.scopes().entrySet().stream()
        .filter(e -> e.getValue() == Access.WRITE && NEEDS.containsKey(e.getKey())).map(Map.Entry::getKey).toList();
  }

  private static Evidence evidence(WorkflowView v, Job job, Scope scope) {
    Need need = NEEDS.get(scope);
    boolean unknown = false;
    for (Step step : job.steps()) {
      ActionUse use = ActionUse.of(step);
      if (use != null) {
        ActionScopes declared = step.action() != null ? step.action().scopes() : ActionScopes.unknown();
        if (!declared.known()) unknown = true;
        else if (declared.used(step.with()).contains(scope)) return Evidence.NEEDED;
      }
      if (step.run() == null) continue;
      if (need.mention() != null && step.run().contains(need.mention())) return Evidence.NEEDED;
      for (ShellCommand c : v.script(step).commands()) {
        if (writingApiCall(c)) return Evidence.NEEDED;
        for (List<String> command : need.commands()) if (runs(c, command) && !keyed(c)) return Evidence.NEEDED;
      }
    }
    return unknown ? Evidence.UNKNOWN : Evidence.UNUSED;
  }

  // cosign with --key signs with a key of its own, not keylessly with an OIDC token.
  private static boolean keyed(ShellCommand c) {
    return c.name().equals("cosign") && c.args().stream().anyMatch(a -> a.equals("--key") || a.startsWith("--key="));
  }

  /** How a message names the first step of a job whose action gha4j has no manifest for. */
  private static String unknownAction(Job job) {
    for (Step step : job.steps()) {
      ActionUse use = ActionUse.of(step);
      if (use != null && (step.action() == null || !step.action().scopes().known())) return use.repository();
    }
    return "an action";
  }

  // `git -C dir push` runs git push: the name, then the other words in order, anywhere after it.
  private static boolean runs(ShellCommand c, List<String> command) {
    if (!c.name().equals(command.get(0))) return false;
    int next = 1;
    for (String arg : c.args()) if (next < command.size() && arg.equals(command.get(next))) next++;
    return next == command.size();
  }

  private static boolean writingApiCall(ShellCommand c) {
    if (!c.name().equals("gh") || c.args().isEmpty() || !c.args().get(0).equals("api")) return false;
    List<String> args = c.args();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (List.of("-f", "-F", "--field", "--raw-field", "--input").contains(a)) return true;
      if ((a.equals("-X") || a.equals("--method")) && i + 1 < args.size() && !args.get(i + 1).equalsIgnoreCase("GET")) {
        return true;
      }
      if (a.matches("(-X|--method=)(POST|PUT|PATCH|DELETE)")) return true;
    }
    return false;
  }
}
