package dev.gha4j.policy;

import static dev.gha4j.policy.Severity.ERROR;
import static dev.gha4j.policy.Severity.WARNING;

import dev.gha4j.model.RuleRef;

/**
 * The policy rules gha4j applies to every workflow before writing it, with stable ids that
 * pipeline code names when it suppresses one: {@code .allow(Rule.SILENT_FAILURE, "why")}.
 *
 * <p>Each rule reads the model (workflows, jobs, steps), never YAML text. {@code docs/policies.md}
 * has the same table, checked against this enum by a test.
 */
public enum Rule implements RuleRef {
  SILENT_FAILURE("GHA001", "silent-failure", ERROR, FailureChecks::silentFailure, FailureChecks::silentFailure,
      "`|| true`, `|| :`, `|| exit 0` or `set +e` in a script; `continue-on-error: true` on a job or step",
      "A step that cannot fail hides the error it was meant to catch.",
      "Remove it; if the failure really does not matter, say why with `.allow(Rule.SILENT_FAILURE, \"...\")`."),
  FIXED_SLEEP("GHA002", "fixed-sleep", ERROR, null, WaitChecks::fixedSleep,
      "`sleep` of 5 s or more that is not the delay of a retry loop",
      "A fixed wait is too short on a slow day and wasted time on a fast one.",
      "Wait for the condition itself (e.g. `aws ecs wait`), or poll it in a bounded retry loop."),
  UNPINNED_ACTION("GHA003", "unpinned-action", ERROR, ActionChecks::unpinned, ActionChecks::unpinned,
      "A raw `uses:` or reusable-workflow ref that is a branch, a tag or missing; a docker image without digest",
      "A branch or tag can be moved to other code after review; a commit SHA cannot.",
      "Use a typed binding, or `owner/repo@<40-hex sha>`; images as `docker://image@sha256:<digest>`."),
  DEPRECATED_ACTION("GHA004", "deprecated-action", ERROR, null, ActionChecks::deprecated,
      "An archived or nonexistent action, e.g. `actions/create-release`, `aws-actions/configure-aws`",
      "Archived actions get no fixes and run on removed runtimes; a nonexistent one fails the run.",
      "Use the replacement the message names."),
  MISSING_TIMEOUT("GHA005", "missing-timeout", ERROR, HygieneChecks::timeout, null,
      "A job without `timeout-minutes` (reusable-workflow callers excepted)",
      "A hung job holds a runner for GitHub's default of 6 hours.",
      "Add `.timeoutMinutes(n)` to the job."),
  MISSING_PERMISSIONS("GHA006", "missing-permissions", ERROR, HygieneChecks::topLevelPermissions, null,
      "A workflow without top-level `permissions`",
      "Jobs then get the repository's default token, which may write everything.",
      "Add `.permissions(Permissions.contents(Access.READ))`; widen it on the job that needs more."),
  WRITE_ALL("GHA007", "write-all", ERROR, HygieneChecks::writeAll, null,
      "`permissions: write-all` on the workflow or a job",
      "Every step gets write access to everything the token can reach.",
      "Grant only the scopes the job uses, e.g. `Permissions.contents(Access.WRITE)`."),
  UNNEEDED_WRITE("GHA008", "unneeded-write", ERROR, WriteScopes::check, null,
      "A write scope granted to a job none of whose steps uses it",
      "An unused write scope only widens what a compromised step can do.",
      "Remove the scope, or grant it only on the job that uses it."),
  SCRIPT_INJECTION("GHA009", "script-injection", ERROR, null, InjectionChecks::scriptInjection,
      "Untrusted event text (`github.event.pull_request.title`, `github.head_ref`, ...) in a script",
      "Outsiders choose that text; interpolated into a script, it runs as code.",
      "Pass it through `env:` and use `\"$VAR\"` in the script."),
  UNTRUSTED_CHECKOUT("GHA010", "untrusted-checkout", ERROR, CheckoutChecks::untrustedCheckout, null,
      "`actions/checkout` of the pull request's code in a `pull_request_target` or `workflow_run` workflow",
      "Those workflows have secrets and a write token; the checked-out code can use them.",
      "Check out the base commit, or build untrusted code in a `pull_request` workflow."),
  PERSISTED_CREDENTIALS("GHA011", "persisted-credentials", ERROR, null, CheckoutChecks::persistedCredentials,
      "`actions/checkout` without `persist-credentials: false`, followed by a `run` step",
      "The token stays in `.git/config`, readable by every later script and any uploaded workspace.",
      "Add `.with(\"persist-credentials\", false)` to the checkout."),
  SECRET_IN_CONDITION("GHA012", "secret-in-condition", ERROR, InjectionChecks::secretInCondition, InjectionChecks::secretInCondition,
      "`secrets.*` in a job's or step's `if:`",
      "GitHub does not provide secrets to `if:`; such a workflow is rejected when it runs.",
      "Map the secret to a job `env` value and test that in the step's `if:`."),
  HARDCODED_CREDENTIAL("GHA013", "hardcoded-credential", ERROR, CredentialChecks::check, CredentialChecks::check,
      "An AWS key id, private key, GitHub token or Slack webhook written into `env`, `with` or `run`",
      "Everyone who can read the repository can read the credential.",
      "Revoke it, store it as a secret, and use `Expr.secrets(\"NAME\")`."),
  UNBOUNDED_LOOP("GHA014", "unbounded-loop", ERROR, null, WaitChecks::unboundedLoop,
      "`while true`, `while :`, `for ((;;))`, or `while`/`until` without a counter or deadline",
      "When the awaited thing never happens, the loop spins until the job times out.",
      "Count the attempts (`for i in $(seq 1 10)`) and fail after the last."),
  LONG_SCRIPT("GHA015", "long-script", WARNING, null, HygieneChecks::longScript,
      "A `run` script of more than 30 lines of code (blank and comment lines do not count)",
      "A long inline script cannot be linted, tested or run locally.",
      "Move it to a script file in the repository and run that."),
  NON_FAILING_CHECK("GHA016", "non-failing-check", ERROR, null, FailureChecks::nonFailingCheck,
      "A check that always exits 0: `manage.py showmigrations`, any `--exit-zero`",
      "It passes whatever it finds, so it checks nothing.",
      "Use a form that fails: `makemigrations --check --dry-run`, `migrate --check`; drop `--exit-zero`."),
  PIPELINE_WITHOUT_PIPEFAIL("GHA017", "pipeline-without-pipefail", ERROR, null, FailureChecks::pipelineWithoutPipefail,
      "A pipeline (`a | b`) in a script that runs under GitHub's default shell, `bash -e {0}`",
      "The default shell has no `pipefail`: a failing command before `|` is ignored when the last one succeeds.",
      "Set `shell: bash` (`bash --noprofile --norc -eo pipefail {0}`) on the step, or `defaults.run.shell: bash` "
          + "on the workflow or job.");

  /** More lines of code than this (blank and comment lines aside) make {@link #LONG_SCRIPT} suggest a script file. */
  public static final int MAX_SCRIPT_LINES = 30;

  private final String id;
  private final String title;
  private final Severity severity;
  private final RuleCheck whole;
  private final StepCheck perStep;
  private final String what;
  private final String why;
  private final String fix;

  Rule(String id, String title, Severity severity, RuleCheck whole, StepCheck perStep, String what, String why,
      String fix) {
    this.id = id;
    this.title = title;
    this.severity = severity;
    this.whole = whole;
    this.perStep = perStep;
    this.what = what;
    this.why = why;
    this.fix = fix;
  }

  /** The stable id, {@code GHA001}…; messages start with it in brackets. */
  @Override
  public String id() { return id; }

  /** A short kebab-case name, e.g. {@code silent-failure}. */
  public String title() { return title; }

  /** Whether a finding stops generation. */
  public Severity severity() { return severity; }

  /** What the rule finds (Markdown). */
  public String what() { return what; }

  /** Why it matters, in one line (Markdown). */
  public String why() { return why; }

  /** The general fix (Markdown); each message gives one specific to its finding. */
  public String fix() { return fix; }

  /** The rule with this id, or null. */
  public static Rule byId(String id) {
    for (Rule r : values()) if (r.id.equals(id)) return r;
    return null;
  }

  /** The part of the rule that reads the workflow and its jobs as a whole; most rules have one. */
  void checkWorkflow(WorkflowView workflow, Reporter reporter) {
    if (whole != null) whole.check(workflow, reporter);
  }

  /** Whether the rule reads steps one at a time, in {@link Policies}' single pass over them. */
  boolean readsSteps() {
    return perStep != null;
  }

  /** The part of the rule that reads one step (and its parsed script) on its own. */
  void checkStep(StepView step, Reporter reporter) {
    perStep.check(step, reporter);
  }

  /** The code of one rule that reads the workflow as a whole, reports findings. */
  @FunctionalInterface
  interface RuleCheck {
    void check(WorkflowView workflow, Reporter reporter);
  }

  /** The code of one rule for one step; see {@link StepView}. */
  @FunctionalInterface
  interface StepCheck {
    void check(StepView step, Reporter reporter);
  }
}
