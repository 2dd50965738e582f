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
  /** GHA001: a step or job that cannot fail ({@code || true}, {@code set +e}, {@code continue-on-error}). */
  SILENT_FAILURE("GHA001", "silent-failure", ERROR, FailureChecks::silentFailure, FailureChecks::silentFailure,
      "`|| true`, `|| :`, `|| exit 0` or `set +e` in a script; `continue-on-error: true` on a job or step (not on a "
          + "step whose `outcome` a later step reads)",
      "A step that cannot fail hides the error it was meant to catch.",
      "Remove it; if the failure really does not matter, say why with `.allow(Rule.SILENT_FAILURE, \"...\")`."),
  /** GHA002: a {@code sleep} of 5 s or more that waits a fixed time instead of for a condition. */
  FIXED_SLEEP("GHA002", "fixed-sleep", ERROR, null, WaitChecks::fixedSleep,
      "`sleep` of 5 s or more that is not the delay of a retry loop",
      "A fixed wait is too short on a slow day and wasted time on a fast one.",
      "Wait for the condition itself (e.g. `aws ecs wait`), or poll it in a bounded retry loop."),
  /** GHA003: an action, reusable workflow or container image not pinned to a commit SHA or digest. */
  UNPINNED_ACTION("GHA003", "unpinned-action", ERROR, ActionChecks::unpinned, ActionChecks::unpinned,
      "A raw `uses:` or reusable-workflow ref that is a branch, a tag or missing; a docker, container or service "
          + "image without digest (a warning when it has a tag other than `latest`)",
      "A branch or tag can be moved to other code after review; a commit SHA cannot.",
      "Use a typed binding, or `owner/repo@<40-hex sha>`; images as `docker://image@sha256:<digest>`."),
  /** GHA004: an archived or nonexistent action or reusable workflow; the message names its replacement. */
  DEPRECATED_ACTION("GHA004", "deprecated-action", ERROR, ActionChecks::deprecated, ActionChecks::deprecated,
      "An archived or nonexistent action or reusable workflow, e.g. `actions/create-release`, `aws-actions/configure-aws`, "
          + "`actions-rs/toolchain` (lists with their date in `deprecated-actions.yml` and `archived-actions.yml`)",
      "Archived actions get no fixes and run on removed runtimes; a nonexistent one fails the run.",
      "Use the replacement the message names."),
  /** GHA005: a job without {@code timeout-minutes}, which GitHub lets run for 6 hours. */
  MISSING_TIMEOUT("GHA005", "missing-timeout", ERROR, HygieneChecks::timeout, null,
      "A job without `timeout-minutes` (reusable-workflow callers excepted)",
      "A hung job holds a runner for GitHub's default of 6 hours.",
      "Add `.timeoutMinutes(n)` to the job."),
  /** GHA006: a workflow or job without {@code permissions}, so it gets the repository's default token. */
  MISSING_PERMISSIONS("GHA006", "missing-permissions", ERROR, HygieneChecks::topLevelPermissions, null,
      "A workflow without top-level `permissions`, and each job without its own in it (a reusable-only workflow: "
          + "its jobs that call another)",
      "Jobs then get the repository's default token, which may write everything.",
      "Add `.permissions(Permissions.contents(Access.READ))`; widen it on the job that needs more."),
  /** GHA007: {@code permissions: write-all} or {@code read-all} on a workflow or job. */
  WRITE_ALL("GHA007", "write-all", ERROR, HygieneChecks::writeAll, null,
      "`permissions: write-all` or `read-all` on the workflow or a job",
      "Every step gets access to everything the token can reach.",
      "Grant only the scopes the job uses, e.g. `Permissions.contents(Access.WRITE)`."),
  /** GHA008: a write scope granted to a job none of whose steps uses it. */
  UNNEEDED_WRITE("GHA008", "unneeded-write", ERROR, WriteScopes::check, null,
      "A write scope granted to a job none of whose steps uses it (a warning when a step uses an action gha4j does "
          + "not know)",
      "An unused write scope only widens what a compromised step can do.",
      "Remove the scope, or grant it only on the job that uses it."),
  /** GHA009: text an outsider chooses (a pull request title, a branch name) in a script or an input run as code. */
  SCRIPT_INJECTION("GHA009", "script-injection", ERROR, null, InjectionChecks::scriptInjection,
      "Untrusted text (`github.event.pull_request.title`, `github.head_ref`, string `inputs.*`, and env values, step "
          + "and job outputs made from them) in a script or in an action input that runs as code",
      "Outsiders choose that text; interpolated into a script, it runs as code.",
      "Pass it through `env:` and use `\"$VAR\"` in the script."),
  /** GHA010: the pull request's code checked out in a {@code pull_request_target} or {@code workflow_run} workflow. */
  UNTRUSTED_CHECKOUT("GHA010", "untrusted-checkout", ERROR, CheckoutChecks::untrustedCheckout, null,
      "`actions/checkout`, `git fetch .../pull/N/head` or `gh pr checkout` of the pull request's code in a "
          + "`pull_request_target` or `workflow_run` workflow",
      "Those workflows have secrets and a write token; the checked-out code can use them.",
      "Check out the base commit, or build untrusted code in a `pull_request` workflow."),
  /** GHA011: {@code actions/checkout} that leaves its token in {@code .git/config} for later steps to read. */
  PERSISTED_CREDENTIALS("GHA011", "persisted-credentials", ERROR, null, CheckoutChecks::persistedCredentials,
      "`actions/checkout` without `persist-credentials: false`, followed by a `run` step or an upload of the workspace",
      "The token stays in `.git/config`, readable by every later script and any uploaded workspace.",
      "Add `.with(\"persist-credentials\", false)` to the checkout."),
  /** GHA013: a key, token, webhook or password written into the workflow instead of read from a secret. */
  HARDCODED_CREDENTIAL("GHA013", "hardcoded-credential", ERROR, CredentialChecks::check, CredentialChecks::check,
      "An AWS key id, private key, GitHub token or Slack webhook written into `env`, `with` or `run`; a container "
          + "registry password written as text",
      "Everyone who can read the repository can read the credential.",
      "Revoke it, store it as a secret, and use `Expr.secrets(\"NAME\")`."),
  /** GHA014: a shell loop with no counter or deadline, which spins until the job times out. */
  UNBOUNDED_LOOP("GHA014", "unbounded-loop", ERROR, null, WaitChecks::unboundedLoop,
      "`while true`, `while :`, `for ((;;))`, or `while`/`until` without a counter or deadline",
      "When the awaited thing never happens, the loop spins until the job times out.",
      "Count the attempts (`for i in $(seq 1 10)`) and fail after the last."),
  /** GHA015 (warning): a {@code run} script of more than {@value #MAX_SCRIPT_LINES} lines of code. */
  LONG_SCRIPT("GHA015", "long-script", WARNING, null, HygieneChecks::longScript,
      "A `run` script of more than 30 lines of code (blank and comment lines do not count)",
      "A long inline script cannot be linted, tested or run locally.",
      "Move it to a script file in the repository and run that."),
  /** GHA016: a check command that always exits 0, such as {@code manage.py showmigrations} or {@code --exit-zero}. */
  NON_FAILING_CHECK("GHA016", "non-failing-check", ERROR, null, FailureChecks::nonFailingCheck,
      "A check that always exits 0: `manage.py showmigrations`, any `--exit-zero`",
      "It passes whatever it finds, so it checks nothing.",
      "Use a form that fails: `makemigrations --check --dry-run`, `migrate --check`; drop `--exit-zero`."),
  /** GHA017: a shell pipeline under GitHub's default shell, which ignores a failure before the last {@code |}. */
  PIPELINE_WITHOUT_PIPEFAIL("GHA017", "pipeline-without-pipefail", ERROR, null, FailureChecks::pipelineWithoutPipefail,
      "A pipeline (`a | b`) in a script that runs under GitHub's default shell, `bash -e {0}`",
      "The default shell has no `pipefail`: a failing command before `|` is ignored when the last one succeeds.",
      "Set `shell: bash` (`bash --noprofile --norc -eo pipefail {0}`) on the step, or `defaults.run.shell: bash` "
          + "on the workflow or job."),
  /** GHA018: untrusted text written to {@code $GITHUB_ENV} or {@code $GITHUB_PATH}, the later steps' environment. */
  GITHUB_ENV("GHA018", "github-env", ERROR, null, EnvFileChecks::githubEnv,
      "A script that writes untrusted text to `$GITHUB_ENV` or `$GITHUB_PATH`",
      "What it writes sets variables (`LD_PRELOAD`, `NODE_OPTIONS`) or `PATH` for every later step: text becomes code.",
      "Hand the value to later steps as a step output read through `env:`, never through the environment files."),
  /** GHA019: a {@code pull_request_target} or {@code workflow_run} workflow that reads secrets or can write. */
  DANGEROUS_TRIGGER("GHA019", "dangerous-trigger", ERROR, TriggerChecks::dangerousTrigger, null,
      "A `pull_request_target` or `workflow_run` workflow that reads secrets or has a token that can write",
      "It runs for forks' pull requests with the base repository's privileges: one injection gives them away.",
      "Do the untrusted part in a `pull_request` workflow without secrets; keep the privileged one to `permissions: {}`."),
  /** GHA020: a job on a self-hosted runner in a workflow that outsiders' events start. */
  SELF_HOSTED_RUNNER("GHA020", "self-hosted-runner", ERROR, TriggerChecks::selfHostedRunner, null,
      "A job on a `self-hosted` runner in a workflow that runs for pull requests, comments or other events from outsiders",
      "A fork's code runs on a machine that outlives the job and may reach the internal network.",
      "Use GitHub-hosted runners for those events, or ephemeral self-hosted runners for private repositories."),
  /** GHA021: a reusable-workflow call with {@code secrets: inherit}, which hands over every secret. */
  SECRETS_INHERIT("GHA021", "secrets-inherit", ERROR, SecretChecks::secretsInherit, null,
      "A reusable-workflow call with `secrets: inherit`",
      "The called workflow gets every secret of the repository and organisation, not the ones it needs.",
      "Pass each secret it declares by name: `.secret(\"NAME\", Expr.secrets(\"NAME\"))`."),
  /** GHA022: the whole {@code secrets} context in a value, as in {@code toJSON(secrets)}. */
  ALL_SECRETS("GHA022", "all-secrets", ERROR, SecretChecks::allSecrets, SecretChecks::allSecrets,
      "The whole `secrets` context in a value: `toJSON(secrets)`, `secrets[expr]`",
      "Whatever reads the value holds every secret of the repository.",
      "Read each secret by name: `Expr.secrets(\"NAME\")`."),
  /** GHA023: a field parsed out of a secret with {@code fromJSON}, which GitHub does not mask in logs. */
  UNREDACTED_SECRET("GHA023", "unredacted-secret", ERROR, SecretChecks::unredacted, SecretChecks::unredacted,
      "`fromJSON(secrets.X)`: a field parsed out of a secret",
      "GitHub masks a secret's whole text in logs, not the fields parsed out of it.",
      "Store each field as a secret of its own."),
  /** GHA024: an {@code if:} that trusts {@code github.actor} to be a bot, which an attacker can make true. */
  BOT_CONDITION("GHA024", "bot-condition", ERROR, ConditionChecks::botCondition, ConditionChecks::botCondition,
      "An `if:` that tests `github.actor` (or `actor_id`) against a bot, e.g. `github.actor == 'dependabot[bot]'`",
      "The actor is whoever last acted on the run; an attacker can make the test true.",
      "Test `github.event.pull_request.user.login` (who opened the pull request) and what it changes."),
  /** GHA025: an {@code if:} with {@code contains('a b c', ...)}, a substring test that any part of the text passes. */
  UNSOUND_CONTAINS("GHA025", "unsound-contains", ERROR, ConditionChecks::unsoundContains, ConditionChecks::unsoundContains,
      "An `if:` with `contains('a b c', context)`: a substring test on text",
      "Any part of the text passes: a branch named `mai` matches `'main develop'`.",
      "Test a list: `contains(fromJSON('[\"main\", \"develop\"]'), github.ref_name)`, or use `==`."),
  /** GHA026: an {@code if:} with text outside its {@code ${{ }}}, which GitHub reads as always true. */
  UNSOUND_CONDITION("GHA026", "unsound-condition", ERROR, ConditionChecks::unsoundCondition, ConditionChecks::unsoundCondition,
      "An `if:` with text outside its `${{ }}` (a space, a line break of a YAML block, other words)",
      "GitHub reads it as a non-empty string, which is always true.",
      "Make the whole condition one expression: `.when(Expr...)`."),
  /** GHA027: {@code cond && <falsy> || other} used as if-then-else, which always yields {@code other}. */
  UNSOUND_TERNARY("GHA027", "unsound-ternary", ERROR, ConditionChecks::unsoundTernary, ConditionChecks::unsoundTernary,
      "`cond && <falsy> || other` used as if-then-else, e.g. `foo && '' || 'bar'`",
      "With a falsy middle value the result is always the fallback.",
      "Use `case(cond, value, fallback)`."),
  /** GHA028: a {@code uses:} path or an expression written so that it reads as something other than what runs. */
  OBFUSCATION("GHA028", "obfuscation", ERROR, ObfuscationChecks::obfuscation, ObfuscationChecks::obfuscation,
      "A `uses:` path with `//`, `/./`, `/../` or a trailing `/`; an expression that reads no context, e.g. `format('{0}', 'a')`",
      "It makes a reviewer read something other than what runs.",
      "Write the action's plain path, or the constant itself."),
  /** GHA029: a package published with a long-lived registry token instead of trusted publishing (OIDC). */
  TRUSTED_PUBLISHING("GHA029", "trusted-publishing", ERROR, null, PublishingChecks::trustedPublishing,
      "A package published to PyPI, npm, crates.io, RubyGems or NuGet with a long-lived token, in a job without "
          + "`id-token: write`",
      "A stolen token publishes for as long as it lives; an OIDC token lives minutes and only in this job.",
      "Use the registry's trusted publishing: `id-token: write`, the registry's publisher settings, no token."),
  /** GHA030: a cache restored in a release or publishing workflow, where any other workflow may have written it. */
  CACHE_POISONING("GHA030", "cache-poisoning", ERROR, null, CacheChecks::cachePoisoning,
      "A cache restored (`actions/cache`, `setup-*` with caching, ...) in a workflow for tags, releases or release "
          + "branches, or in a job that publishes",
      "Any workflow of the repository, a pull request's too, can write the cache the release restores.",
      "Turn caching off in publishing jobs, or build the release in a job without caches."),
  /** GHA031: an action whose owner is one typing slip away from a popular action's. */
  TYPOSQUAT("GHA031", "typosquat", ERROR, null, SupplyChainChecks::typosquat,
      "An action one typing slip away from a popular one (`action/checkout`, `dokcer/login-action`), under another owner",
      "Whoever registers the misspelt owner runs their code in the job.",
      "Use the action the name was meant to be."),
  /** GHA032: a setup action that fetches the newest release of its tool ({@code version} missing or {@code latest}). */
  UNPINNED_TOOL("GHA032", "unpinned-tool", ERROR, null, SupplyChainChecks::unpinnedTool,
      "`aquasecurity/setup-trivy` or `1password/load-secrets-action` without `version:` or with `version: latest`",
      "The action downloads whatever release of its tool is newest when the job runs.",
      "Set `version:` to a release."),
  /** GHA033: an action at a version with a published security advisory. */
  VULNERABLE_ACTION("GHA033", "vulnerable-action", ERROR, null, SupplyChainChecks::vulnerable,
      "An action at a version with a published advisory (`vulnerable-actions.yml`, with its date)",
      "The advisory says what an attacker can do with it.",
      "Use the fixed version the message names."),
  /** GHA034 (warning): a local action or workflow written {@code ./path}, which runs whatever the workspace holds. */
  SELF_REPOSITORY("GHA034", "self-repository", WARNING, SupplyChainChecks::selfRepository, SupplyChainChecks::selfRepository,
      "A local action or workflow written `./path`",
      "`./path` runs whatever the workspace holds there when the step starts, possibly a file an earlier step wrote.",
      "Write `$/path`, GitHub's form for this repository at the workflow's commit."),
  /** GHA035: {@code ACTIONS_ALLOW_UNSECURE_COMMANDS}, which lets any printed line set environment variables. */
  INSECURE_COMMANDS("GHA035", "insecure-commands", ERROR, HardeningChecks::insecureCommands, HardeningChecks::insecureCommands,
      "`ACTIONS_ALLOW_UNSECURE_COMMANDS` in `env`",
      "Any line a step prints can then set environment variables and `PATH` (`::set-env`, `::add-path`).",
      "Remove it; write to `$GITHUB_ENV` and `$GITHUB_PATH`."),
  /** GHA036: {@code create-github-app-token} asking for every permission or repository, or not revoking the token. */
  GITHUB_APP_TOKEN("GHA036", "github-app-token", ERROR, null, GitHubAppChecks::appToken,
      "`actions/create-github-app-token` without `permission-*` inputs, with `owner` but no `repositories`, or with "
          + "`skip-token-revoke`",
      "The token gets every permission and repository of the app, and may outlive the job.",
      "Ask for the permissions and repositories the job uses, and let the action revoke the token."),
  /** GHA037 (warning): a feature with a safer alternative: {@code shell: cmd}, {@code setup-python}'s pip-install. */
  MISFEATURE("GHA037", "misfeature", WARNING, HardeningChecks::misfeature, HardeningChecks::misfeature,
      "`shell: cmd`; `pip-install` of `actions/setup-python`",
      "cmd has no grammar a tool can check; pip-install installs unlocked packages into the global Python.",
      "Use pwsh or bash; install from a lock file in a step of its own."),
  /** GHA038 (warning): a package installed by name ({@code npm install x}) instead of from a lock file. */
  ADHOC_PACKAGES("GHA038", "adhoc-packages", WARNING, null, HardeningChecks::adhocPackages,
      "`gem install <gem>`, `npm install <package>`, `yarn add`, `pnpm add`, `bundle add`",
      "A package installed by name, outside a lock file, may be a different (or compromised) release each run.",
      "Add it to the project's manifest and install from the lock file (`bundle install`, `npm ci`).");

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

  /** {@return the stable id, such as {@code GHA001}; messages start with it in brackets; never reused} */
  @Override
  public String id() { return id; }

  /** {@return a short kebab-case name, unique among the rules, such as {@code silent-failure}} */
  public String title() { return title; }

  /**
   * {@return whether a finding stops generation} A single finding may still be lowered to a
   * warning where the rule gives the benefit of the doubt; see {@link Finding#severity}.
   */
  public Severity severity() { return severity; }

  /** {@return what the rule finds, in Markdown: the "What it finds" column of {@code docs/policies.md}} */
  public String what() { return what; }

  /** {@return why a finding matters, one Markdown sentence: the "Why" column of {@code docs/policies.md}} */
  public String why() { return why; }

  /**
   * {@return the general fix, in Markdown: the "Fix" column of {@code docs/policies.md}} Each
   * message gives a fix specific to its finding.
   */
  public String fix() { return fix; }

  /**
   * Looks a rule up by the id an allowance or an imported {@code # gha4j allows GHA0xx: ...}
   * comment names.
   *
   * @param id the exact id, e.g. {@code GHA001} (case matters)
   * @return the rule, or null when no rule has that id, e.g. a retired one such as {@code GHA012}
   */
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
