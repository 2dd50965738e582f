package com.financehub.pipelines;

import dev.gha4j.sim.Answer;
import dev.gha4j.sim.FakeCommand;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The AWS account FinanceHub deploys to, as answers of the fake {@code aws} command: each ECS
 * service remembers the task definition {@code update-service} last gave it, registering a task
 * definition makes the next revision of its family, and the migration task exits with the code a
 * test chooses. Any call this model does not know fails loudly, so a script that starts calling
 * something new shows up in the tests.
 */
final class FakeAws implements Consumer<FakeCommand> {
  static final String ACCOUNT = "arn:aws:ecs:eu-west-1:123456789012";
  static final String DIGEST = "sha256:" + "0123456789abcdef".repeat(4);
  /** What each cluster's service runs before the deploy. */
  static final Map<String, String> LIVE = Map.of(
      "finance-hub-staging", ACCOUNT + ":task-definition/finance-hub-api:41",
      "finance-hub-production", ACCOUNT + ":task-definition/finance-hub-api:40");

  private final Map<String, Integer> migrationExitCodes = new LinkedHashMap<>();

  /** The migration task in {@code cluster} exits with {@code code} (0 unless set). */
  FakeAws migrationExits(String cluster, int code) {
    migrationExitCodes.put(cluster, code);
    return this;
  }

  @Override
  public void accept(FakeCommand aws) {
    aws.when("ecr describe-images *", Answer.prints(DIGEST))
        .when("ecs describe-services *", Answer.runs(CLUSTER_ARG + """
            if [ -f "$FAKE_STATE/service-$cluster" ]; then read -r td < "$FAKE_STATE/service-$cluster"; echo "$td"; exit; fi
            case "$cluster" in
              finance-hub-staging) echo "%s" ;;
              finance-hub-production) echo "%s" ;;
              *) echo "An error occurred (ClusterNotFoundException): Cluster not found." >&2; exit 254 ;;
            esac
            """.formatted(LIVE.get("finance-hub-staging"), LIVE.get("finance-hub-production"))))
        .when("ecs update-service *", Answer.runs(CLUSTER_ARG + """
            td=$(option --task-definition "$@")
            echo "$td" > "$FAKE_STATE/service-$cluster"
            echo "$td"
            """))
        // With jq faked as a pass-through, this JSON is what register-task-definition receives.
        .when("ecs describe-task-definition *", Answer.runs("""
            family=${4##*/}; family=${family%%:*}
            printf '{"family":"%s","containerDefinitions":[]}\\n' "$family"
            """))
        .when("ecs register-task-definition *", Answer.runs("""
            [[ "$4" =~ \\"family\\":\\"([^\\"]+)\\" ]] || { echo "no family in $4" >&2; exit 254; }
            family=${BASH_REMATCH[1]}
            case "$family" in finance-hub-api) base=41 ;; *) base=7 ;; esac
            revision=$base
            if [ -f "$FAKE_STATE/revision-$family" ]; then read -r revision < "$FAKE_STATE/revision-$family"; fi
            revision=$((revision + 1))
            echo "$revision" > "$FAKE_STATE/revision-$family"
            echo "%s:task-definition/$family:$revision"
            """.formatted(ACCOUNT)))
        .when("ecs run-task *", Answer.runs(CLUSTER_ARG + "echo \"" + ACCOUNT + ":task/$cluster/migrate0001\""))
        .when("ecs wait *", Answer.ok());
    for (Map.Entry<String, Integer> e : migrationExitCodes.entrySet()) {
      aws.when("ecs describe-tasks --cluster " + e.getKey() + " *exitCode*", Answer.prints(e.getValue().toString()));
    }
    aws.when("ecs describe-tasks *exitCode*", Answer.prints("0"))
        .when("ecs describe-tasks *stoppedReason*", Answer.prints("Essential container in task exited"))
        .when("rds create-db-snapshot *", Answer.runs("echo \"$6\""))
        .when("rds wait db-snapshot-available *", Answer.ok())
        .otherwise(Answer.fails(254, "FakeAws does not model this call"));
  }

  /** Bash for the snippets: {@code option --flag "$@"} prints the value after {@code --flag}; sets {@code cluster}. */
  private static final String CLUSTER_ARG = """
      option() { local flag=$1; shift; while [ $# -gt 1 ]; do [ "$1" = "$flag" ] && { echo "$2"; return; }; shift; done; }
      cluster=$(option --cluster "$@")
      """;
}
