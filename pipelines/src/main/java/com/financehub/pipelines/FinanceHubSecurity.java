package com.financehub.pipelines;

import static dev.gha4j.model.Access.READ;
import static dev.gha4j.model.Access.WRITE;

import dev.gha4j.actions.CodeqlAnalyze;
import dev.gha4j.actions.CodeqlInit;
import dev.gha4j.actions.PipAudit;
import dev.gha4j.expr.Expr;
import dev.gha4j.api.WorkflowSource;
import dev.gha4j.model.Job;
import dev.gha4j.model.Matrix;
import dev.gha4j.model.Permissions;
import dev.gha4j.model.Scope;
import dev.gha4j.model.Step;
import dev.gha4j.model.Strategy;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;

/**
 * security.yml: audits of the Python and npm dependencies and CodeQL analysis of the code, on pull
 * requests that change dependencies, weekly (new advisories appear without any change of ours), and
 * on demand. Each scan fails its job on findings (SEC-2).
 */
public final class FinanceHubSecurity implements WorkflowSource {

  @Override
  public Workflow workflow() {
    return Workflow.builder("security").name("Security")
        .on(Trigger.pullRequest().paths("**/requirements*.txt", "**/package*.json", "**/Pipfile", "**/pyproject.toml"),
            Trigger.schedule("0 0 * * 0"),
            Trigger.workflowDispatch())
        .permissions(Permissions.contents(READ))
        .defaults(Scripts.BASH_WITH_PIPEFAIL)
        .env("PYTHON_VERSION", "3.11")
        .jobs(pipAudit(), npmAudit(), codeql())
        .build();
  }

  /** Known vulnerabilities in the backend's pinned requirements; pip-audit exits non-zero on any. */
  private Job pipAudit() {
    return Job.builder("pip-audit").name("Python dependency audit").runsOn("ubuntu-latest").timeoutMinutes(10)
        .steps(Backend.checkout(), Backend.setupPython(),
            PipAudit.of().name("Audit backend requirements")
                .inputs(Backend.DIR + "/requirements.txt", Backend.DIR + "/requirements-testing.txt"))
        .build();
  }

  /** High or critical advisories for the frontend's locked packages fail the job. */
  private Job npmAudit() {
    return Job.builder("npm-audit").name("npm audit").runsOn("ubuntu-latest").timeoutMinutes(10)
        .steps(Backend.checkout(), Frontend.setupNode(),
            // The audit reads the lockfile; npm ci proves it matches package.json. Packages' own
            // install scripts are not needed for that, so they do not run here.
            Step.named("Install dependencies").run("npm ci --ignore-scripts").workingDirectory(Frontend.DIR),
            Step.named("Audit dependencies").run("npm audit --audit-level=high").workingDirectory(Frontend.DIR))
        .build();
  }

  /** CodeQL per language in parallel; results go to code scanning, and any finding fails the job. */
  private Job codeql() {
    Step analyze = CodeqlAnalyze.of().id("analyze").name("Analyze")
        .category("/language:" + Expr.matrix("language").embed())
        .toStep();
    return Job.builder("codeql").name("CodeQL").runsOn("ubuntu-latest").timeoutMinutes(30)
        // security-events: write uploads results; actions: read is what CodeQL needs in a private repository.
        .permissions(Permissions.contents(READ).and(Scope.SECURITY_EVENTS, WRITE).and(Scope.ACTIONS, READ))
        .strategy(Strategy.matrix(Matrix.axis("language", "python", "javascript-typescript")).failFast(false))
        .steps(Backend.checkout(),
            CodeqlInit.of().name("Initialize CodeQL")
                .languages(Expr.matrix("language"))
                .buildMode(CodeqlInit.BuildMode.NONE),
            analyze,
            Step.named("Fail on findings").run(Scripts.CODEQL_GATE)
                .env("SARIF_DIR", analyze.output("sarif-output")))
        .build();
  }
}
