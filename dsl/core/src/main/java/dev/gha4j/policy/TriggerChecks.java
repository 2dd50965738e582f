package dev.gha4j.policy;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.Access;
import dev.gha4j.model.Container;
import dev.gha4j.model.Job;
import dev.gha4j.model.Permissions;
import dev.gha4j.model.Scalar;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rules about what a workflow's triggers let outsiders do: {@link Rule#DANGEROUS_TRIGGER} (a
 * {@code pull_request_target} or {@code workflow_run} workflow that holds secrets or a write token)
 * and {@link Rule#SELF_HOSTED_RUNNER} (a self-hosted runner that runs for events from forks).
 */
final class TriggerChecks {
  static final List<String> PRIVILEGED = List.of("pull_request_target", "workflow_run");
  // Events anyone who can fork the repository or comment on it can cause.
  private static final Set<String> FROM_OUTSIDERS = Set.of("pull_request", "pull_request_target",
      "pull_request_review", "pull_request_review_comment", "issue_comment", "issues", "discussion",
      "discussion_comment", "fork", "watch", "workflow_run");

  private TriggerChecks() {}

  /** The first privileged trigger of the workflow, or null. */
  static String privileged(Workflow w) {
    for (Trigger t : w.triggers()) if (PRIVILEGED.contains(t.event())) return t.event();
    return null;
  }

  static void dangerousTrigger(WorkflowView v, Reporter out) {
    Workflow w = v.workflow();
    String trigger = privileged(w);
    if (trigger == null) return;
    String secret = null;
    String writer = null;
    for (Job job : w.jobs()) {
      if (secret == null) secret = secretRead(job);
      if (writer == null && writes(job.permissions() != null ? job.permissions() : w.permissions())) writer = job.id();
      if (writer == null && job.isCaller() && job.secretsInherit()) secret = "secrets: inherit";
    }
    if (secret == null && writer == null) return;
    String holds = secret != null ? "reads " + secret : "gives job '" + writer + "' a token that can write";
    Trigger t = w.triggers().stream().filter(x -> x.event().equals(trigger)).findFirst().orElseThrow();
    out.workflow(t.location(), "workflow '" + w.file() + "' runs on " + trigger + " for code and text from forks and "
            + holds + ", so one injection or checkout of the fork's code gives that away",
        "run untrusted work in a pull_request workflow without secrets and hand results over as artifacts; "
            + "keep " + trigger + " jobs to permissions: {} and no secrets");
  }

  // null without a write token; no permissions at all means the repository default, which may write.
  private static boolean writes(Permissions p) {
    if (p == null) return true;
    return p.kind() == Permissions.Kind.WRITE_ALL || p.scopes().containsValue(Access.WRITE);
  }

  /** The first {@code secrets.X} (other than {@code GITHUB_TOKEN}) a job reads anywhere, or null. */
  private static String secretRead(Job job) {
    String found = secretIn(job.env(), job.with(), job.secrets());
    if (found != null) return found;
    if (job.container() != null) found = secretIn(containerValues(job.container()));
    for (Container service : job.services().values()) if (found == null) found = secretIn(containerValues(service));
    for (Step step : job.steps()) {
      if (found != null) return found;
      found = secretIn(step.env(), step.with());
      if (found == null && step.run() != null) found = secretIn(Map.of("run", Scalar.of(step.run())));
    }
    return found;
  }

  private static Map<String, Scalar> containerValues(Container c) {
    Map<String, Scalar> all = new java.util.HashMap<>(c.env());
    if (c.credentials() != null && c.credentials().password() != null) all.put("password", c.credentials().password());
    return all;
  }

  @SafeVarargs
  private static String secretIn(Map<String, Scalar>... maps) {
    for (Map<String, Scalar> values : maps) {
      for (Scalar value : values.values()) {
        for (Expr e : ExprPaths.embedded(value)) {
          for (ExprPaths.Path p : ExprPaths.read(e)) {
            List<String> s = p.segments();
            if (s.get(0).equals("secrets") && !(s.size() > 1 && s.get(1).equals("github_token"))) return p.node().text();
          }
        }
      }
    }
    return null;
  }

  static void selfHostedRunner(WorkflowView v, Reporter out) {
    Workflow w = v.workflow();
    String event = w.triggers().stream().map(Trigger::event).filter(FROM_OUTSIDERS::contains).findFirst().orElse(null);
    if (event == null) return;
    for (Job job : w.jobs()) {
      if (job.runsOn() == null || job.runsOn().labels().stream().noneMatch(l -> l.equalsIgnoreCase("self-hosted"))) continue;
      out.job(job, job.location(), "job '" + job.id() + "' runs on a self-hosted runner in a workflow that runs on "
              + event + ", so code or text from a fork runs on a machine that outlives the job",
          "use a GitHub-hosted runner for " + event + ", or an ephemeral self-hosted runner restricted to private "
              + "repositories and approved workflows");
    }
  }
}
