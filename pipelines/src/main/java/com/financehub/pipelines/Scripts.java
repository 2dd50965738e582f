package com.financehub.pipelines;

import dev.gha4j.model.Defaults;

/**
 * The bash that deploys FinanceHub. Every script reads its parameters from environment variables
 * (set by the step or job that runs it), never from {@code ${{ }}} spliced into the text: the text
 * is then the same for staging and production (ALL-5), and no value can inject shell (ALL-3).
 *
 * <p>Every workflow names {@code shell: bash} as its default ({@link #BASH_WITH_PIPEFAIL}): without
 * it GitHub runs {@code bash -e {0}}, where a failure before a {@code |} passes unnoticed (ALL-1).
 * The longer scripts also set {@code -u} (an unset variable is an error), {@code pipefail}, and
 * {@code inherit_errexit} so a failing command inside {@code $(...)} stops the script too. Every
 * loop is bounded and every AWS wait is a waiter that gives up on its own.
 */
final class Scripts {
  private Scripts() {}

  /** {@code defaults.run.shell: bash}: GitHub then runs {@code bash --noprofile --norc -eo pipefail {0}} (ALL-1). */
  static final Defaults BASH_WITH_PIPEFAIL = Defaults.run().shell("bash");

  private static final String STRICT = "set -euo pipefail\nshopt -s inherit_errexit\n";

  /** Fails with one message per repository variable the deploy workflow needs but nobody set. */
  static String checkSettings(String... variables) {
    return STRICT + "missing=0\nfor name in " + String.join(" ", variables) + "; do\n" + """
          if [ -z "${!name:-}" ]; then
            echo "::error::$name is empty: set the repository variable $name (Settings > Secrets and variables > Actions)"
            missing=1
          fi
        done
        exit "$missing"
        """;
  }

  /**
   * Builds and pushes the backend image (the command fixed in D-004, DEP-2, with the tag quoted as
   * shellcheck asks) and writes its digest
   * to the step output {@code image-digest}, so later jobs deploy exactly this image. Env:
   * {@code ECR_REGISTRY}, {@code ECR_REPOSITORY}, {@code IMAGE_TAG}.
   */
  static final String BUILD_AND_PUSH = STRICT + """
      docker build -t "$ECR_REGISTRY/$ECR_REPOSITORY:$IMAGE_TAG" -f apps/backend/Dockerfile apps/backend
      docker push "$ECR_REGISTRY/$ECR_REPOSITORY:$IMAGE_TAG"
      digest=$(aws ecr describe-images --repository-name "$ECR_REPOSITORY" --image-ids imageTag="$IMAGE_TAG" \\
        --query 'imageDetails[0].imageDigest' --output text)
      if [[ ! "$digest" =~ ^sha256:[0-9a-f]{64}$ ]]; then
        echo "::error::ECR has no digest for $ECR_REPOSITORY:$IMAGE_TAG (got '$digest'), so the push did not land"
        exit 1
      fi
      echo "Pushed $ECR_REPOSITORY:$IMAGE_TAG as $digest"
      echo "image-digest=$digest" >> "$GITHUB_OUTPUT"
      """;

  /**
   * Writes the task definition the service runs now to the step output {@code task-definition}.
   * Runs before anything changes, so a rollback has the last good revision (DEP-4, DEP-6). Env:
   * {@code CLUSTER}, {@code SERVICE}.
   */
  static final String RECORD_LIVE_TASK_DEFINITION = STRICT + """
      live=$(aws ecs describe-services --cluster "$CLUSTER" --services "$SERVICE" \\
        --query 'services[0].taskDefinition' --output text)
      if [[ "$live" != arn:* ]]; then
        echo "::error::Service $SERVICE was not found in cluster $CLUSTER (got '$live'); nothing was changed"
        exit 1
      fi
      echo "Live before the rollout: $live"
      echo "task-definition=$live" >> "$GITHUB_OUTPUT"
      """;

  /**
   * Registers new revisions of the service's live task definition and of the migration task
   * definition, with every container that runs an image from {@code ECR_REPOSITORY} switched to the
   * built image (by digest). Outputs {@code service-task-definition} and
   * {@code migrate-task-definition}. Env: {@code ECR_REGISTRY}, {@code ECR_REPOSITORY},
   * {@code IMAGE_DIGEST}, {@code LIVE_TASK_DEFINITION}, {@code MIGRATE_TASK_FAMILY}.
   */
  static final String REGISTER_TASK_DEFINITIONS = STRICT + """
      if [[ ! "$IMAGE_DIGEST" =~ ^sha256:[0-9a-f]{64}$ ]]; then
        echo "::error::The job before this one passed no image digest (got '$IMAGE_DIGEST')"
        exit 1
      fi
      repository="$ECR_REGISTRY/$ECR_REPOSITORY"
      image="$repository@$IMAGE_DIGEST"

      # Prints the ARN of a new revision of task definition $1 that runs $image.
      register_with_image() {
        local current updated
        current=$(aws ecs describe-task-definition --task-definition "$1" --query taskDefinition --output json)
        # Read-only fields that describe-task-definition returns but register-task-definition refuses.
        updated=$(jq --arg repository "$repository" --arg image "$image" '
          .containerDefinitions |= map(if (.image | sub("[:@].*$"; "")) == $repository then .image = $image else . end)
          | del(.taskDefinitionArn, .revision, .status, .requiresAttributes, .compatibilities,
                .registeredAt, .registeredBy, .deregisteredAt)' <<<"$current")
        if ! jq -e --arg image "$image" 'any(.containerDefinitions[]; .image == $image)' <<<"$updated" >/dev/null; then
          echo "::error::No container of task definition $1 runs an image from $repository" >&2
          return 1
        fi
        aws ecs register-task-definition --cli-input-json "$updated" \\
          --query 'taskDefinition.taskDefinitionArn' --output text
      }

      service_task=$(register_with_image "$LIVE_TASK_DEFINITION")
      migrate_task=$(register_with_image "$MIGRATE_TASK_FAMILY")
      echo "Registered $service_task and $migrate_task for $image"
      {
        echo "service-task-definition=$service_task"
        echo "migrate-task-definition=$migrate_task"
      } >> "$GITHUB_OUTPUT"
      """;

  /**
   * A manual RDS snapshot, and a wait until it is usable, before migrations touch the database
   * (DEP-9). Env: {@code RDS_INSTANCE_ID}.
   */
  static final String SNAPSHOT_DATABASE = STRICT + """
      snapshot="pre-deploy-run-$GITHUB_RUN_NUMBER-$GITHUB_RUN_ATTEMPT"
      aws rds create-db-snapshot --db-instance-identifier "$RDS_INSTANCE_ID" --db-snapshot-identifier "$snapshot" \\
        --query 'DBSnapshot.DBSnapshotIdentifier' --output text
      aws rds wait db-snapshot-available --db-instance-identifier "$RDS_INSTANCE_ID" --db-snapshot-identifier "$snapshot"
      echo "Snapshot $snapshot of $RDS_INSTANCE_ID is available"
      """;

  /**
   * Runs the migration task on Fargate in the private subnet, waits for that very task (by the ARN
   * run-task returned) to stop, and fails unless its container exited 0 (DEP-3). Env:
   * {@code CLUSTER}, {@code MIGRATE_TASK_DEFINITION}, {@code PRIVATE_SUBNET}, {@code SECURITY_GROUP}.
   */
  static final String RUN_MIGRATIONS = STRICT + """
      TASK_ARN=$(aws ecs run-task \\
        --cluster "$CLUSTER" \\
        --task-definition "$MIGRATE_TASK_DEFINITION" \\
        --launch-type FARGATE \\
        --network-configuration "awsvpcConfiguration={subnets=[$PRIVATE_SUBNET],securityGroups=[$SECURITY_GROUP],assignPublicIp=DISABLED}" \\
        --query 'tasks[0].taskArn' --output text)
      if [[ "$TASK_ARN" != arn:* ]]; then
        echo "::error::aws ecs run-task started no migration task in $CLUSTER (got '$TASK_ARN'); check PRIVATE_SUBNET, SECURITY_GROUP and the task definition"
        exit 1
      fi
      echo "Migration task $TASK_ARN started; waiting for it to stop"
      aws ecs wait tasks-stopped --cluster "$CLUSTER" --tasks "$TASK_ARN"
      exit_code=$(aws ecs describe-tasks --cluster "$CLUSTER" --tasks "$TASK_ARN" \\
        --query 'tasks[0].containers[0].exitCode' --output text)
      if [ "$exit_code" != "0" ]; then
        reason=$(aws ecs describe-tasks --cluster "$CLUSTER" --tasks "$TASK_ARN" \\
          --query 'tasks[0].stoppedReason' --output text)
        echo "::error::Migrations failed: task $TASK_ARN exited with code $exit_code ($reason); the service still runs its old task definition"
        exit 1
      fi
      echo "Migrations applied"
      """;

  /**
   * Points the service at the new revision. Says {@code started=true} in its outputs first: from
   * then on the service may run the new revision (even when the call fails or hangs, the request
   * may have landed), so a rollback has work to do. GitHub keeps a step's outputs when it fails or
   * is cancelled (the runner processes the output file in a {@code finally}). Env: {@code CLUSTER},
   * {@code SERVICE}, {@code TASK_DEFINITION}.
   */
  static final String ROLL_OUT = STRICT + """
      echo "started=true" >> "$GITHUB_OUTPUT"
      aws ecs update-service --cluster "$CLUSTER" --service "$SERVICE" --task-definition "$TASK_DEFINITION" \\
        --query 'service.taskDefinition' --output text
      """;

  /**
   * AWS's own waiter (it fails after 40 checks 15 s apart), then a check that the steady service
   * runs {@code TASK_DEFINITION}: with the deployment circuit breaker on, ECS itself rolls a broken
   * revision back and the service becomes stable on the old one. Env: {@code CLUSTER},
   * {@code SERVICE}, {@code TASK_DEFINITION}.
   */
  static final String WAIT_FOR_STABLE_SERVICE = STRICT + """
      aws ecs wait services-stable --cluster "$CLUSTER" --services "$SERVICE"
      running=$(aws ecs describe-services --cluster "$CLUSTER" --services "$SERVICE" \\
        --query 'services[0].taskDefinition' --output text)
      if [ "$running" != "$TASK_DEFINITION" ]; then
        echo "::error::$SERVICE is stable on $running, not on $TASK_DEFINITION: ECS rolled the deployment back"
        exit 1
      fi
      echo "$SERVICE is stable on $TASK_DEFINITION"
      """;

  /**
   * Polls {@code HEALTH_URL} at most {@code ATTEMPTS} times, {@code DELAY_SECONDS} apart; succeeds on
   * the first healthy answer, fails with a clear message after the last attempt.
   */
  static final String HEALTH_CHECK = STRICT + """
      for attempt in $(seq 1 "$ATTEMPTS"); do
        if curl --fail --silent --show-error --max-time 10 --output /dev/null "$HEALTH_URL"; then
          echo "$HEALTH_URL is healthy (attempt $attempt of $ATTEMPTS)"
          exit 0
        fi
        if [ "$attempt" -lt "$ATTEMPTS" ]; then
          echo "$HEALTH_URL is not healthy yet (attempt $attempt of $ATTEMPTS); retrying in $DELAY_SECONDS s"
          sleep "$DELAY_SECONDS"
        fi
      done
      echo "::error::$HEALTH_URL did not answer healthy in $ATTEMPTS attempts"
      exit 1
      """;

  /**
   * Rolls the service back to the revision the deploy job recorded before it changed anything. When
   * the deploy failed before its rollout started, the service still runs that revision: it changes
   * nothing and says so (a forced redeployment of a healthy service is a change too). Refuses when a
   * rollout started but nothing was recorded, which the deploy job's order rules out. Writes
   * {@code rolled-back=true|false} to its outputs. Env: {@code CLUSTER}, {@code SERVICE},
   * {@code PREVIOUS_TASK_DEFINITION}, {@code ROLLOUT_STARTED}, {@code DEPLOY_JOB}.
   */
  static final String ROLL_BACK = STRICT + """
      if [ "$ROLLOUT_STARTED" != "true" ]; then
        echo "$DEPLOY_JOB failed before its rollout started, so $SERVICE in $CLUSTER still runs ${PREVIOUS_TASK_DEFINITION:-what it ran}: nothing to roll back. The deploy's log has the cause."
        echo "rolled-back=false" >> "$GITHUB_OUTPUT"
        exit 0
      fi
      if [ -z "$PREVIOUS_TASK_DEFINITION" ]; then
        echo "::error::$DEPLOY_JOB started a rollout but recorded no live task definition to return to; roll $SERVICE back by hand"
        exit 1
      fi
      echo "Rolling $SERVICE in $CLUSTER back to $PREVIOUS_TASK_DEFINITION"
      aws ecs update-service --cluster "$CLUSTER" --service "$SERVICE" \\
        --task-definition "$PREVIOUS_TASK_DEFINITION" --force-new-deployment \\
        --query 'service.taskDefinition' --output text
      echo "rolled-back=true" >> "$GITHUB_OUTPUT"
      """;

  /**
   * Fails when CodeQL's SARIF has any result, listing each one. The default query suite holds only
   * precise security queries, so every result is a finding; the analyze action itself only uploads
   * results and never fails on them. Env: {@code SARIF_DIR}.
   */
  static final String CODEQL_GATE = STRICT + """
      shopt -s nullglob
      files=("$SARIF_DIR"/*.sarif)
      if [ "${#files[@]}" -eq 0 ]; then
        echo "::error::CodeQL wrote no SARIF file to $SARIF_DIR"
        exit 1
      fi
      count=$(jq -s '[.[].runs[].results[]?] | length' "${files[@]}")
      if [ "$count" -gt 0 ]; then
        jq -r -s '.[].runs[].results[]? | "\\(.ruleId) at \\(.locations[0].physicalLocation.artifactLocation.uri):\\(.locations[0].physicalLocation.region.startLine): \\(.message.text)"' "${files[@]}"
        echo "::error::CodeQL found $count problem(s), listed above and in the repository's Security tab"
        exit 1
      fi
      echo "CodeQL found no problems"
      """;
}
