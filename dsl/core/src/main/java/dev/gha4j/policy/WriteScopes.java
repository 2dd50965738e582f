package dev.gha4j.policy;

import dev.gha4j.model.Access;
import dev.gha4j.model.Job;
import dev.gha4j.model.Permissions;
import dev.gha4j.model.Scope;
import dev.gha4j.model.Step;
import dev.gha4j.model.Workflow;
import java.util.List;
import java.util.Map;

/**
 * {@link Rule#UNNEEDED_WRITE}: a write scope granted to a job none of whose steps shows a use
 * for it. Evidence is a small, explicit table ({@link #NEEDS}) of actions and commands per scope;
 * {@code actions/github-script} and {@code gh api} with a writing method count for every scope.
 * Scopes outside the table are not judged. A job that needs a scope for a reason the table does
 * not know says so with {@code .allow(Rule.UNNEEDED_WRITE, "...")}.
 *
 * <p>A write scope at workflow level is reported when a job that inherits it (sets no permissions
 * of its own) does not need it, or when no job inherits it at all. Reusable-workflow callers are
 * not judged: the called workflow's needs are not visible here.
 */
final class WriteScopes {

  /** An action that shows a need; with {@code input}, only when that input is set ({@code absent}: not set). */
  private record ActionNeed(String action, String input, boolean absent) {
    boolean matches(Step step) {
      ActionUse use = ActionUse.of(step);
      if (use == null || !use.within(action)) return false;
      return input == null || step.with().containsKey(input) != absent;
    }
  }

  /** What shows a need for one scope, and how a message names that need. */
  private record Need(String does, List<ActionNeed> actions, List<List<String>> commands, String mention) {}

  private static final Map<Scope, Need> NEEDS = Map.of(
      Scope.CONTENTS, new Need("creates a release or pushes", List.of(
          any("softprops/action-gh-release"), any("ncipollo/release-action"),
          any("stefanzweifel/git-auto-commit-action"), any("peter-evans/create-pull-request"),
          any("googleapis/release-please-action")),
          List.of(List.of("git", "push"), List.of("gh", "release", "create"), List.of("gh", "release", "upload"),
              List.of("gh", "release", "edit"), List.of("gh", "release", "delete"), List.of("gh", "pr", "merge")),
          null),
      Scope.ID_TOKEN, new Need("requests an OIDC token", List.of(
          new ActionNeed("aws-actions/configure-aws-credentials", "role-to-assume", false),
          new ActionNeed("google-github-actions/auth", "workload_identity_provider", false),
          new ActionNeed("azure/login", "creds", true),
          new ActionNeed("pypa/gh-action-pypi-publish", "password", true),
          any("actions/attest-build-provenance"), any("actions/attest")),
          List.of(), "ACTIONS_ID_TOKEN_REQUEST_URL"),
      Scope.SECURITY_EVENTS, new Need("uploads code scanning results", List.of(any("github/codeql-action")), List.of(), null),
      Scope.PULL_REQUESTS, new Need("comments on, labels or changes a pull request", List.of(
          any("peter-evans/create-pull-request"), any("peter-evans/create-or-update-comment"),
          any("marocchino/sticky-pull-request-comment"), any("actions/labeler"),
          new ActionNeed("actions/dependency-review-action", "comment-summary-in-pr", false)),
          gh("pr", "comment", "create", "edit", "merge", "review", "close", "reopen", "ready"), null),
      Scope.ISSUES, new Need("comments on or changes an issue", List.of(
          any("actions/stale"), any("peter-evans/create-or-update-comment")),
          gh("issue", "comment", "create", "edit", "close", "reopen", "delete"), null),
      Scope.PAGES, new Need("deploys GitHub Pages", List.of(any("actions/deploy-pages")), List.of(), null),
      Scope.ATTESTATIONS, new Need("creates an attestation", List.of(
          any("actions/attest-build-provenance"), any("actions/attest")), List.of(), null));

  private WriteScopes() {}

  private static ActionNeed any(String action) {
    return new ActionNeed(action, null, false);
  }

  private static List<List<String>> gh(String group, String... verbs) {
    return java.util.Arrays.stream(verbs).map(v -> List.of("gh", group, v)).toList();
  }

  static void check(WorkflowView v, Reporter out) {
    Workflow w = v.workflow();
    for (Job job : w.jobs()) {
      Permissions p = job.permissions();
      if (job.isCaller() || p == null || p.kind() != Permissions.Kind.SCOPED) continue;
      for (Scope scope : written(p)) {
        if (needs(v, job, scope)) continue;
        out.job(job, p.location(), "job '" + job.id() + "' grants " + scope.wire() + ": write, but no step of it "
                + NEEDS.get(scope).does(),
            "remove " + scope.wire() + ": write; if a step needs it in a way gha4j does not know, say which with "
                + ".allow(Rule.UNNEEDED_WRITE, \"...\")");
      }
    }
    Permissions top = w.permissions();
    if (top == null || top.kind() != Permissions.Kind.SCOPED) return;
    List<Job> inheriting = w.jobs().stream().filter(j -> j.permissions() == null).toList();
    for (Scope scope : written(top)) {
      Job idle = inheriting.stream().filter(j -> !j.isCaller() && !needs(v, j, scope)).findFirst().orElse(null);
      String grant = scope.wire() + ": write";
      if (idle != null) {
        out.workflow(top.location(), "workflow '" + w.file() + "' grants " + grant + " to every job, but job '"
                + idle.id() + "' never " + NEEDS.get(scope).does(),
            "grant " + scope.wire() + ": read at the top and " + grant + " only on the job that " + NEEDS.get(scope).does());
      } else if (inheriting.isEmpty()) {
        out.workflow(top.location(), "workflow '" + w.file() + "' grants " + grant
            + ", but every job sets its own permissions, so none uses it", "remove it");
      }
    }
  }

  private static List<Scope> written(Permissions p) {
    return p.scopes().entrySet().stream()
        .filter(e -> e.getValue() == Access.WRITE && NEEDS.containsKey(e.getKey())).map(Map.Entry::getKey).toList();
  }

  private static boolean needs(WorkflowView v, Job job, Scope scope) {
    Need need = NEEDS.get(scope);
    for (Step step : job.steps()) {
      ActionUse use = ActionUse.of(step);
      if (use != null && use.is("actions/github-script")) return true;
      for (ActionNeed a : need.actions()) if (a.matches(step)) return true;
      if (step.run() == null) continue;
      if (need.mention() != null && step.run().contains(need.mention())) return true;
      for (ShellCommand c : v.script(step).commands()) {
        if (writingApiCall(c)) return true;
        for (List<String> command : need.commands()) if (runs(c, command)) return true;
      }
    }
    return false;
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
