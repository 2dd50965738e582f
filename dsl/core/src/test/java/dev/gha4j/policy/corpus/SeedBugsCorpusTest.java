package dev.gha4j.policy.corpus;

import static dev.gha4j.policy.corpus.Scaffold.checkout;
import static dev.gha4j.policy.corpus.Scaffold.steps;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.Step;
import dev.gha4j.model.Workflow;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The bugs of FinanceHub's own task cards (D-009 and "CI/CD Pipeline Improvements"), written as
 * gha4j pipelines: each is refused with the line that made it. See {@link Corpus} for the format.
 */
class SeedBugsCorpusTest {

  @TestFactory
  Stream<DynamicTest> seedBugs() {
    return Corpus.cases(getClass());
  }

  // D-009 item 1: type errors never failed CI.
  static Workflow mypyOrTrue() {
    return steps(checkout(),
        // error: [GHA001] `mypy . --ignore-missing-imports || true` always succeeds (script line 2), so a failure of
        //   mypy never fails the step; fix: remove `|| true`; if the failure really does not matter, say why with
        //   .allow(Rule.SILENT_FAILURE, "...")
        Step.named("MyPy type check").run("""
            cd apps/backend/src
            mypy . --ignore-missing-imports || true
            """));
  }

  // D-009 item 3: a fixed wait for an ECS rollout.
  static Workflow waitForDeployment() {
    return steps(
        // error: [GHA002] `sleep 60` is a fixed wait of 60 s, too short on a slow day and wasted on a fast one; fix:
        //   wait for the condition itself (e.g. `aws ecs wait tasks-stopped`), or poll it in a bounded retry loop:
        //   `for i in $(seq 1 10); do check && break; sleep 5; done`
        Step.named("Wait for deployment").run("sleep 60"));
  }

  // D-009 item 5: a fixed wait for the migration task, then a describe by definition name.
  static Workflow sleepThirtyForMigrations() {
    return steps(
        // error: [GHA002] `sleep 30` is a fixed wait of 30 s (script line 6), too short on a slow day and wasted on a
        //   fast one; fix: wait for the condition itself (e.g. `aws ecs wait tasks-stopped`), or poll it in a bounded
        //   retry loop: `for i in $(seq 1 10); do check && break; sleep 5; done`
        Step.named("Run Database Migrations (Staging)").run("""
            aws ecs run-task --cluster finance-hub-staging --task-definition financehub-migrate \\
              --launch-type FARGATE --region ${{ env.AWS_REGION }}

            # Wait for migration to complete
            echo "Waiting for migrations to complete..."
            sleep 30

            aws ecs describe-tasks --cluster finance-hub-staging --tasks financehub-migrate
            """));
  }

  // D-009 rollback-production: an action that does not exist.
  static Workflow configureAwsDoesNotExist() {
    return steps(
        // error: [GHA004] step uses `aws-actions/configure-aws@v4`, but aws-actions/configure-aws does not exist (a
        //   likely slip for configure-aws-credentials); fix: use aws-actions/configure-aws-credentials
        Step.named("Configure AWS credentials").uses("aws-actions/configure-aws@v4")
            .with("aws-access-key-id", Expr.secrets("AWS_ACCESS_KEY_ID"))
            .with("aws-secret-access-key", Expr.secrets("AWS_SECRET_ACCESS_KEY"))
            .with("aws-region", Expr.env("AWS_REGION")));
  }

  // D-009 item 4: the archived release action.
  static Workflow createReleaseV1() {
    return steps(
        // error: [GHA004] step uses `actions/create-release@v1`, but actions/create-release is archived and
        //   unmaintained and runs on the removed node12 runtime; fix: use softprops/action-gh-release
        Step.named("Create GitHub release").uses("actions/create-release@v1")
            .with("tag_name", "v" + Expr.github("run_number")));
  }

  // D-009 rollback notifications: the archived Slack action.
  static Workflow actionSlackV3() {
    return steps(
        // error: [GHA004] step uses `8398a7/action-slack@v3`, but 8398a7/action-slack is archived and unmaintained;
        //   the official Slack action replaces it; fix: use slackapi/slack-github-action
        Step.named("Notify team of rollback").uses("8398a7/action-slack@v3")
            .with("status", "failure")
            .with("webhook_url", Expr.secrets("SLACK_WEBHOOK")));
  }

  // "CI/CD Pipeline Improvements" item 4: Trivy from a moving branch.
  static Workflow trivyAtMaster() {
    return steps(
        // error: [GHA003] step uses `aquasecurity/trivy-action@master`: 'master' is a branch or tag, which can be
        //   moved to other code; fix: pin the full commit SHA, `aquasecurity/trivy-action@<40-hex sha> # <tag>`, or
        //   use a typed binding
        Step.named("Run Trivy vulnerability scanner").uses("aquasecurity/trivy-action@master")
            .with("image-ref", Expr.github("repository") + ":" + Expr.github("sha"))
            .with("exit-code", "1"));
  }

  // "CI/CD Pipeline Improvements" item 1: a listing that never fails, presented as a check.
  static Workflow showMigrationsDetectsNothing() {
    return steps(checkout(),
        // error: [GHA016] `python manage.py showmigrations --list` lists migrations and exits 0 even when some are
        //   unapplied (script line 2), so it checks nothing; fix: use `python manage.py makemigrations --check
        //   --dry-run` (model changes without a migration) or `python manage.py migrate --check` (unapplied
        //   migrations)
        Step.named("Detect unapplied migrations").run("""
            cd apps/backend
            python manage.py showmigrations --list
            # Fail if any migrations are unapplied
            """));
  }

  // D-009 rollback verification: 5 attempts, 10 s apart, then fail. A bounded retry, not a fixed wait.
  static Workflow okRollbackVerification() {
    return steps(Step.named("Verify rollback").run("""
        for i in {1..5}; do
          if curl -f https://staging.financehub.com/health; then
            echo "Rollback successful (attempt $i)"
            exit 0
          fi
          echo "Waiting for rollback... ($i/5)"
          sleep 10
        done
        echo "Rollback verification failed"
        exit 1
        """));
  }
}
