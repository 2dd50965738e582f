package com.financehub.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the deploy scripts the way GitHub does ({@code bash --noprofile --norc -eo pipefail}),
 * against a local HTTP server for health checks and a fake {@code aws} command that logs its
 * arguments and answers from environment variables.
 */
class ScriptsTest {
  private static final String TASK_ARN = "arn:aws:ecs:eu-west-1:123456789012:task/finance-hub-staging/abc";

  @TempDir Path dir;

  record Result(int exit, String output, List<String> awsCalls) {}

  /** A health check's run, and how many requests the server answered. */
  record HealthCheck(Result result, int hits) {}

  @Test
  void healthCheckSucceedsOnTheFirstHealthyAnswer() throws Exception {
    HealthCheck h = healthCheck(2, 5);
    assertThat(h.result().exit()).as(h.result().output()).isZero();
    assertThat(h.hits()).isEqualTo(3);
    assertThat(h.result().output()).contains("is healthy (attempt 3 of 5)");
  }

  @Test
  void healthCheckGivesUpAfterTheLastAttempt() throws Exception {
    HealthCheck h = healthCheck(Integer.MAX_VALUE, 3);
    assertThat(h.result().exit()).isEqualTo(1);
    assertThat(h.hits()).isEqualTo(3);
    assertThat(h.result().output()).contains("did not answer healthy in 3 attempts");
  }

  @Test
  void migrationsWaitForTheTaskTheyStartedAndPassWhenItExitsZero() throws Exception {
    Result r = run(Scripts.RUN_MIGRATIONS, migration(TASK_ARN, "0"));
    assertThat(r.exit()).as(r.output()).isZero();
    assertThat(r.awsCalls()).first().asString().startsWith("ecs run-task --cluster finance-hub-staging --task-definition td:7");
    assertThat(r.awsCalls()).contains("ecs wait tasks-stopped --cluster finance-hub-staging --tasks " + TASK_ARN);
  }

  @Test
  void migrationsFailWhenTheTaskExitsNonZero() throws Exception {
    Result r = run(Scripts.RUN_MIGRATIONS, migration(TASK_ARN, "1"));
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.output()).contains("Migrations failed: task " + TASK_ARN + " exited with code 1");
  }

  @Test
  void migrationsFailWhenRunTaskStartsNothing() throws Exception {
    Result r = run(Scripts.RUN_MIGRATIONS, migration("None", "0"));
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.output()).contains("started no migration task");
    assertThat(r.awsCalls()).hasSize(1);
  }

  @Test
  void rollbackLeavesTheServiceAloneWhenTheRolloutNeverStarted() throws Exception {
    Path outputs = Files.writeString(dir.resolve("outputs"), "");
    Result r = run(Scripts.ROLL_BACK, Map.of("CLUSTER", "finance-hub-staging", "SERVICE", "finance-hub-api",
        "PREVIOUS_TASK_DEFINITION", "td:6", "ROLLOUT_STARTED", "", "DEPLOY_JOB", "deploy-staging",
        "GITHUB_OUTPUT", outputs.toString()));
    assertThat(r.exit()).as(r.output()).isZero();
    assertThat(r.output()).contains("deploy-staging failed before its rollout started", "still runs td:6", "nothing to roll back");
    assertThat(r.awsCalls()).isEmpty();
    assertThat(Files.readString(outputs)).isEqualTo("rolled-back=false\n");
  }

  @Test
  void rollbackRefusesWhenARolloutStartedButNothingWasRecorded() throws Exception {
    Result r = run(Scripts.ROLL_BACK, Map.of("CLUSTER", "finance-hub-staging", "SERVICE", "finance-hub-api",
        "PREVIOUS_TASK_DEFINITION", "", "ROLLOUT_STARTED", "true", "DEPLOY_JOB", "deploy-staging"));
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.output()).contains("deploy-staging started a rollout but recorded no live task definition");
    assertThat(r.awsCalls()).isEmpty();
  }

  @Test
  void rollbackForcesADeploymentOfTheRecordedRevision() throws Exception {
    Path outputs = Files.writeString(dir.resolve("outputs"), "");
    Result r = run(Scripts.ROLL_BACK, Map.of("CLUSTER", "finance-hub-staging", "SERVICE", "finance-hub-api",
        "PREVIOUS_TASK_DEFINITION", "td:6", "ROLLOUT_STARTED", "true", "DEPLOY_JOB", "deploy-staging",
        "GITHUB_OUTPUT", outputs.toString()));
    assertThat(r.exit()).as(r.output()).isZero();
    assertThat(r.awsCalls()).containsExactly("ecs update-service --cluster finance-hub-staging --service finance-hub-api"
        + " --task-definition td:6 --force-new-deployment --query service.taskDefinition --output text");
    assertThat(Files.readString(outputs)).isEqualTo("rolled-back=true\n");
  }

  @Test
  void waitFailsWhenEcsRolledTheNewRevisionBackByItself() throws Exception {
    Result r = run(Scripts.WAIT_FOR_STABLE_SERVICE, Map.of("CLUSTER", "finance-hub-staging", "SERVICE", "finance-hub-api",
        "TASK_DEFINITION", "td:7", "FAKE_RUNNING", "td:6"));
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.output()).contains("stable on td:6, not on td:7");
    assertThat(r.awsCalls()).first().isEqualTo("ecs wait services-stable --cluster finance-hub-staging --services finance-hub-api");
  }

  @Test
  void waitPassesWhenTheServiceIsStableOnTheExpectedRevision() throws Exception {
    Result r = run(Scripts.WAIT_FOR_STABLE_SERVICE, Map.of("CLUSTER", "finance-hub-staging", "SERVICE", "finance-hub-api",
        "TASK_DEFINITION", "td:7", "FAKE_RUNNING", "td:7"));
    assertThat(r.exit()).as(r.output()).isZero();
  }

  private static Map<String, String> migration(String taskArn, String exitCode) {
    return Map.of("CLUSTER", "finance-hub-staging", "MIGRATE_TASK_DEFINITION", "td:7",
        "PRIVATE_SUBNET", "subnet-1", "SECURITY_GROUP", "sg-1", "FAKE_TASK_ARN", taskArn, "FAKE_EXIT_CODE", exitCode);
  }

  /**
   * Runs the health check with {@code attempts} attempts, no delay, against a local server whose
   * first {@code failures} answers are 503, then 200.
   */
  private HealthCheck healthCheck(int failures, int attempts) throws IOException, InterruptedException {
    AtomicInteger hits = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/health", exchange -> {
      int status = hits.incrementAndGet() <= failures ? 503 : 200;
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/health";
      Result r = run(Scripts.HEALTH_CHECK,
          Map.of("HEALTH_URL", url, "ATTEMPTS", String.valueOf(attempts), "DELAY_SECONDS", "0"));
      return new HealthCheck(r, hits.get());
    } finally {
      server.stop(0);
    }
  }

  private Result run(String script, Map<String, String> env) throws IOException, InterruptedException {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path log = dir.resolve("aws.log");
    Files.writeString(log, "");
    Path aws = bin.resolve("aws");
    Files.writeString(aws, """
        #!/usr/bin/env bash
        echo "$*" >> "$AWS_LOG"
        case "$1 $2" in
          "ecs run-task") echo "$FAKE_TASK_ARN" ;;
          "ecs describe-tasks")
            if [[ "$*" == *exitCode* ]]; then echo "$FAKE_EXIT_CODE"; else echo "Essential container exited"; fi ;;
          "ecs update-service") echo "$6" ;;
          "ecs describe-services") echo "$FAKE_RUNNING" ;;
          "ecs wait") ;;
          *) echo "fake aws: unexpected call: $*" >&2; exit 99 ;;
        esac
        """);
    Files.setPosixFilePermissions(aws, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path file = dir.resolve("script.sh");
    Files.writeString(file, script);
    ProcessBuilder pb = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", file.toString())
        .redirectErrorStream(true);
    Map<String, String> environment = new HashMap<>(env);
    environment.put("AWS_LOG", log.toString());
    environment.put("PATH", bin + ":" + System.getenv("PATH"));
    pb.environment().putAll(environment);
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("script finished").isTrue();
    return new Result(p.exitValue(), output, Files.readAllLines(log));
  }
}
