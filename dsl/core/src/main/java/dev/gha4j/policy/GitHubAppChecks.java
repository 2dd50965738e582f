package dev.gha4j.policy;

import dev.gha4j.model.Scalar;
import dev.gha4j.model.Step;
import java.util.List;
import java.util.Map;

/**
 * {@link Rule#GITHUB_APP_TOKEN}: a GitHub App token ({@code actions/create-github-app-token}) made
 * wider or longer-lived than the job needs: without {@code permission-*} inputs it has every
 * permission the app has; with {@code owner} but no {@code repositories} it reaches every
 * repository the app is installed on; with {@code skip-token-revoke} it stays valid for an hour
 * after the job.
 */
final class GitHubAppChecks {
  // Permissions that concern the organisation, not its repositories: no repositories: is needed for them.
  private static final List<String> ORGANISATION = List.of("permission-members", "permission-organization-");

  private GitHubAppChecks() {}

  static void appToken(StepView v, Reporter out) {
    ActionUse use = v.use();
    if (use == null || !(use.is("actions/create-github-app-token") || use.is("tibdex/github-app-token"))) return;
    Step step = v.step();
    Map<String, Scalar> with = step.with();
    String name = "step '" + step.displayName() + "'";
    Scalar skip = with.get("skip-token-revoke");
    if (skip != null && !PublishingChecks.isFalse(skip)) {
      out.step(v.job(), step, name + " sets skip-token-revoke, so its app token stays valid for up to an hour after the job",
          "remove skip-token-revoke; the action revokes the token when the job ends");
    }
    List<String> permissions = with.keySet().stream().filter(k -> k.startsWith("permission-")).toList();
    if (permissions.isEmpty()) {
      out.step(v.job(), step, name + " asks for an app token with no permission-* input, so it gets every permission the "
          + "app has", "ask for the permissions the job uses, e.g. .with(\"permission-contents\", \"read\")");
    }
    boolean repositoryScoped = permissions.stream().anyMatch(k -> ORGANISATION.stream().noneMatch(k::startsWith));
    if (with.containsKey("owner") && !with.containsKey("repositories") && (permissions.isEmpty() || repositoryScoped)) {
      out.step(v.job(), step, name + " names owner: without repositories:, so its token reaches every repository the app is "
          + "installed on", "list the repositories the job needs: .with(\"repositories\", \"repo-a,repo-b\")");
    }
  }
}
