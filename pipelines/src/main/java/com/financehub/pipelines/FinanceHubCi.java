package com.financehub.pipelines;

import static dev.gha4j.model.Access.READ;

import dev.gha4j.actions.Codecov;
import dev.gha4j.actions.DependencyReview;
import dev.gha4j.actions.Trivy;
import dev.gha4j.actions.UploadArtifact;
import dev.gha4j.expr.Expr;
import dev.gha4j.api.WorkflowSource;
import dev.gha4j.model.Concurrency;
import dev.gha4j.model.Job;
import dev.gha4j.model.Permissions;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;

/** ci.yml: lint, migration check, tests and security scans on every push and pull request to main. */
public final class FinanceHubCi implements WorkflowSource {

  @Override
  public Workflow workflow() {
    Job backendLint = backendLint();
    Job migrationCheck = migrationCheck();
    Job backendTest = backendTest(backendLint, migrationCheck);
    Job frontendLint = frontendLint();
    Job frontendTest = frontendTest();
    Job dependencyReview = dependencyReview();
    Job containerScan = containerScan();
    return Workflow.builder("ci").name("CI")
        .on(Trigger.push().branches("main"), Trigger.pullRequest().branches("main"))
        .permissions(Permissions.contents(READ))
        .defaults(Scripts.BASH_WITH_PIPEFAIL)
        .env("PYTHON_VERSION", "3.11")
        // One run per ref; a newer push to the same pull request cancels the older run (CI-1).
        .concurrency(Concurrency.group("ci-" + Expr.github("ref"))
            .cancelInProgress(Expr.github("event_name").eq("pull_request")))
        .jobs(backendLint, migrationCheck, backendTest, frontendLint, frontendTest, dependencyReview, containerScan)
        .build();
  }

  /** CI-2: ruff and mypy; type errors fail the job. */
  private Job backendLint() {
    return Job.builder("backend-lint").name("Backend lint").runsOn("ubuntu-latest").timeoutMinutes(10)
        .steps(Backend.checkout(), Backend.setupPython(), Backend.installTestRequirements(),
            Step.named("Ruff lint").run("ruff check .").workingDirectory(Backend.SRC),
            Step.named("Ruff format").run("ruff format --check .").workingDirectory(Backend.SRC),
            Step.named("Type check").run("mypy . --ignore-missing-imports").workingDirectory(Backend.SRC))
        .build();
  }

  /** CI-3 and CI-5: missing migrations, migrations that cannot apply, and Django's system checks. */
  private Job migrationCheck() {
    return Backend.withTestDatabase(
            Job.builder("migration-check").name("Migration check").runsOn("ubuntu-latest").timeoutMinutes(5))
        .steps(Backend.checkout(), Backend.setupPython(), Backend.installTestRequirements(),
            Step.named("Fail on model changes without a migration")
                .run("python manage.py makemigrations --check --dry-run").workingDirectory(Backend.SRC),
            Step.named("Apply all migrations to an empty database")
                .run("python manage.py migrate --noinput").workingDirectory(Backend.SRC),
            Step.named("Django system checks")
                .run("python manage.py check --deploy\npython manage.py check --fail-level WARNING\n")
                .workingDirectory(Backend.SRC))
        .build();
  }

  /** CI-4: tests with coverage, an 80% gate, Codecov, and the reports as an artifact. */
  private Job backendTest(Job lint, Job migrations) {
    return Backend.withTestDatabase(
            Job.builder("backend-test").name("Backend tests").runsOn("ubuntu-latest").timeoutMinutes(20)
                .needs(lint, migrations))
        .steps(Backend.checkout(), Backend.setupPython(), Backend.installTestRequirements(),
            Step.named("Run tests with coverage").workingDirectory(Backend.SRC).run("""
                coverage run manage.py test
                coverage xml -o coverage.xml
                coverage html -d htmlcov
                """),
            Step.named("Coverage gate").run("coverage report --fail-under=80").workingDirectory(Backend.SRC),
            Codecov.of().name("Upload coverage to Codecov")
                .token(Expr.secrets("CODECOV_TOKEN"))
                .files(Backend.SRC + "/coverage.xml")
                .failCiIfError(true),
            UploadArtifact.of(Backend.SRC + "/coverage.xml").name("Upload test reports")
                .when(Expr.cancelled().not())
                .artifactName("backend-test-reports")
                .path(Backend.SRC + "/coverage.xml", Backend.SRC + "/htmlcov/")
                .ifNoFilesFound(UploadArtifact.IfNoFilesFound.ERROR))
        .build();
  }

  /** CI-6. */
  private Job frontendLint() {
    return Job.builder("frontend-lint").name("Frontend lint").runsOn("ubuntu-latest").timeoutMinutes(10)
        .steps(Backend.checkout(), Frontend.setupNode(), Frontend.install(),
            Step.named("Lint").run("npm run lint").workingDirectory(Frontend.DIR),
            Step.named("Check formatting").run("npm run format:check").workingDirectory(Frontend.DIR))
        .build();
  }

  /** CI-7. */
  private Job frontendTest() {
    return Job.builder("frontend-test").name("Frontend tests").runsOn("ubuntu-latest").timeoutMinutes(15)
        .steps(Backend.checkout(), Frontend.setupNode(), Frontend.install(),
            Step.named("Run tests with coverage").run("npm test -- --coverage").workingDirectory(Frontend.DIR))
        .build();
  }

  /** CI-8 and CI-10: pull requests only; a critical advisory or a disallowed licence fails CI. */
  private Job dependencyReview() {
    return Job.builder("dependency-review").name("Dependency review").runsOn("ubuntu-latest").timeoutMinutes(10)
        .when(Expr.github("event_name").eq("pull_request"))
        .steps(Backend.checkout(),
            DependencyReview.of().name("Review dependency changes")
                .failOnSeverity(DependencyReview.FailOnSeverity.CRITICAL)
                .allowLicenses("MIT", "Apache-2.0", "BSD-3-Clause"))
        .build();
  }

  /** CI-9 and CI-10: the backend image, scanned by Trivy; HIGH or CRITICAL findings fail CI. */
  private Job containerScan() {
    String image = "financehub-backend:" + Expr.github("sha");
    return Job.builder("container-scan").name("Container scan").runsOn("ubuntu-latest").timeoutMinutes(20)
        .steps(Backend.checkout(),
            // The tag reaches the script through env, like every value in FinanceHub scripts (ALL-3).
            Step.named("Build backend image")
                .run("docker build -t \"$IMAGE\" -f apps/backend/Dockerfile apps/backend")
                .env("IMAGE", image),
            Trivy.of().name("Scan image with Trivy")
                .imageRef(image)
                .format(Trivy.Format.TABLE)
                .exitCode(1)
                .severity("CRITICAL", "HIGH")
                .vulnType("os", "library"))
        .build();
  }
}
