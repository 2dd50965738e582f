package com.financehub.pipelines;

import dev.gha4j.sim.Answer;
import dev.gha4j.sim.Call;
import dev.gha4j.sim.CallSite;
import dev.gha4j.sim.FakeModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The AWS account FinanceHub deploys to, and its two sites, as a {@link FakeModel} of the
 * {@code aws}, {@code docker} and {@code curl} calls deploy.yml makes. It keeps what a test asks
 * about as facts: which image each tag was pushed as, which task definitions are registered and
 * which image each runs ({@link TaskDefinitions}), which task definition each cluster's service
 * runs, and, in order, what happened: a service set to a task definition, a health check of a
 * site (healthy unless the image it serves is broken), a migration, a snapshot. A call it does not
 * model fails loudly, so a script that starts calling something new shows up in the tests.
 */
final class FakeAws {
  static final String ACCOUNT = "arn:aws:ecs:eu-west-1:123456789012";
  static final String REGISTRY = "123456789012.dkr.ecr.eu-west-1.amazonaws.com";
  static final String REPOSITORY = REGISTRY + "/financehub-backend";
  /** The digest ECR gives the image a run pushes. */
  static final String DIGEST = "sha256:" + "0123456789abcdef".repeat(4);
  /** The commands this model answers: deploy.yml's calls to the outside. */
  static final Set<String> COMMANDS = Set.of("aws", "docker", "curl");
  /** What each cluster's service runs before the deploy. */
  static final Map<String, String> LIVE = Map.of(
      "finance-hub-staging", ACCOUNT + ":task-definition/finance-hub-api:41",
      "finance-hub-production", ACCOUNT + ":task-definition/finance-hub-api:40");
  /** The site whose health each cluster's service answers. */
  static final Map<String, String> HEALTH = Map.of(
      Stage.STAGING.healthUrl(), Stage.STAGING.cluster(), Stage.PRODUCTION.healthUrl(), Stage.PRODUCTION.cluster());

  /** Something the deploy did to the account, in the order it happened, with the call that did it. */
  sealed interface Happening permits ServiceSet, HealthChecked, MigrationRan, SnapshotAvailable {
    CallSite by();
  }

  /** {@code update-service}: the cluster's service now runs {@code taskDefinition}, which runs {@code image}. */
  record ServiceSet(CallSite by, String cluster, String taskDefinition, String image) implements Happening {}

  /** A health check of the site of {@code cluster}, while it served {@code image}. */
  record HealthChecked(CallSite by, String cluster, String image, boolean healthy) implements Happening {}

  /** A migration task started in {@code cluster}, running {@code image}. */
  record MigrationRan(CallSite by, String cluster, String image, int exitCode) implements Happening {}

  /** A database snapshot became available. */
  record SnapshotAvailable(CallSite by, String instance, String snapshot) implements Happening {}

  final TaskDefinitions taskDefinitions;
  private final Map<String, String> services = new LinkedHashMap<>(LIVE);
  private final Set<String> built = new HashSet<>();
  private final Map<String, String> pushed = new LinkedHashMap<>();
  private final Map<String, String> tasks = new LinkedHashMap<>();
  private final Map<String, Integer> migrationExitCodes = new LinkedHashMap<>();
  private final Set<String> brokenImages = new HashSet<>();
  private final List<Happening> history = new ArrayList<>();

  FakeAws() {
    taskDefinitions = new TaskDefinitions(ACCOUNT);
    taskDefinitions.add(LIVE.get("finance-hub-production"), REPOSITORY + "@sha256:" + "40".repeat(32));
    taskDefinitions.add(LIVE.get("finance-hub-staging"), REPOSITORY + "@sha256:" + "41".repeat(32));
    taskDefinitions.add(ACCOUNT + ":task-definition/" + FinanceHubDeploy.MIGRATE_TASK_FAMILY + ":7",
        REPOSITORY + "@sha256:" + "41".repeat(32));
  }

  private FakeAws(FakeAws from) {
    taskDefinitions = from.taskDefinitions.copy();
    services.putAll(from.services);
    built.addAll(from.built);
    pushed.putAll(from.pushed);
    tasks.putAll(from.tasks);
    migrationExitCodes.putAll(from.migrationExitCodes);
    brokenImages.addAll(from.brokenImages);
    history.addAll(from.history);
  }

  /** The model of {@code aws}, {@code docker} and {@code curl}, with a new account per run. */
  static FakeModel<FakeAws> model() {
    return model(FakeAws::new);
  }

  /** The same with an account {@code configured} for the test ({@code () -> new FakeAws().migrationExits(…)}). */
  static FakeModel<FakeAws> model(Supplier<FakeAws> configured) {
    return FakeModel.of(configured).answers("aws", FakeAws::aws).answers("docker", FakeAws::docker)
        .answers("curl", FakeAws::curl).copiedWith(FakeAws::new);
  }

  /** The migration task in {@code cluster} exits with {@code code} (0 unless set). */
  FakeAws migrationExits(String cluster, int code) {
    migrationExitCodes.put(cluster, code);
    return this;
  }

  /** A site whose service runs the image with this digest answers 503. */
  FakeAws brokenImage(String digest) {
    brokenImages.add(REPOSITORY + "@" + digest);
    return this;
  }

  /** What happened, in order. */
  List<Happening> history() {
    return List.copyOf(history);
  }

  /** The task definition the service of {@code cluster} runs now. */
  String service(String cluster) {
    return services.get(cluster);
  }

  /** The image the service of {@code cluster} runs now. */
  String image(String cluster) {
    return taskDefinitions.image(services.get(cluster));
  }

  private Answer docker(Call call) {
    List<String> a = call.args();
    if (a.get(0).equals("build") && call.option("-t") != null) {
      built.add(call.option("-t"));
      return Answer.ok();
    }
    if (a.get(0).equals("push") && a.size() == 2) {
      if (!built.contains(a.get(1))) return Answer.fails(1, "An image does not exist locally with the tag: " + a.get(1));
      pushed.put(a.get(1), DIGEST);
      return Answer.prints("latest: digest: " + DIGEST + " size: 2419");
    }
    return unknown(call);
  }

  private Answer curl(Call call) {
    String url = call.args().get(call.args().size() - 1);
    String cluster = HEALTH.get(url);
    if (cluster == null) return Answer.fails(6, "curl: (6) Could not resolve host (FakeAws serves only the health URLs)");
    String image = image(cluster);
    boolean healthy = !brokenImages.contains(image);
    history.add(new HealthChecked(call.site(), cluster, image, healthy));
    return healthy ? Answer.prints("{\"status\":\"ok\"}") : Answer.fails(22, "curl: (22) The requested URL returned error: 503");
  }

  private Answer aws(Call call) {
    String verb = call.args().size() < 2 ? "" : call.args().get(0) + " " + call.args().get(1);
    return switch (verb) {
      case "ecr describe-images" -> describeImages(call);
      case "ecs describe-services" -> services.containsKey(call.option("--cluster"))
          ? Answer.prints(services.get(call.option("--cluster"))) : clusterNotFound();
      case "ecs update-service" -> updateService(call);
      case "ecs describe-task-definition" -> taskDefinitions.describe(call.option("--task-definition"));
      case "ecs register-task-definition" -> taskDefinitions.register(call.option("--cli-input-json"));
      case "ecs run-task" -> runTask(call);
      case "ecs wait" -> call.args().get(2).equals("tasks-stopped") && !tasks.containsKey(call.option("--tasks"))
          ? Answer.fails(255, "Waiter TasksStopped failed: MISSING") : Answer.ok();
      case "ecs describe-tasks" -> describeTasks(call);
      case "rds create-db-snapshot" -> Answer.prints(call.option("--db-snapshot-identifier"));
      case "rds wait" -> {
        history.add(new SnapshotAvailable(call.site(), call.option("--db-instance-identifier"),
            call.option("--db-snapshot-identifier")));
        yield Answer.ok();
      }
      default -> unknown(call);
    };
  }

  private Answer describeImages(Call call) {
    String tag = call.option("--image-ids").replaceFirst("^imageTag=", "");
    String digest = pushed.get(REGISTRY + "/" + call.option("--repository-name") + ":" + tag);
    return digest != null ? Answer.prints(digest)
        : Answer.fails(254, "An error occurred (ImageNotFoundException) when calling the DescribeImages operation");
  }

  private Answer updateService(Call call) {
    String cluster = call.option("--cluster");
    if (!services.containsKey(cluster)) return clusterNotFound();
    String arn = taskDefinitions.arn(call.option("--task-definition"));
    if (arn == null) {
      return Answer.fails(254, "An error occurred (ClientException) when calling the UpdateService operation: "
          + "TaskDefinition not found: '" + call.option("--task-definition") + "'");
    }
    services.put(cluster, arn);
    history.add(new ServiceSet(call.site(), cluster, arn, taskDefinitions.image(arn)));
    return Answer.prints(arn);
  }

  private Answer runTask(Call call) {
    String cluster = call.option("--cluster");
    String arn = taskDefinitions.arn(call.option("--task-definition"));
    if (arn == null) return Answer.fails(254, "An error occurred (ClientException): TaskDefinition not found");
    String task = ACCOUNT + ":task/" + cluster + "/migrate" + (tasks.size() + 1);
    int exit = migrationExitCodes.getOrDefault(cluster, 0);
    tasks.put(task, cluster);
    history.add(new MigrationRan(call.site(), cluster, taskDefinitions.image(arn), exit));
    return Answer.prints(task);
  }

  private Answer describeTasks(Call call) {
    String cluster = tasks.get(call.option("--tasks"));
    if (cluster == null) return Answer.prints("None");
    String query = call.option("--query");
    if (query.endsWith("exitCode")) return Answer.prints(String.valueOf(migrationExitCodes.getOrDefault(cluster, 0)));
    if (query.endsWith("stoppedReason")) return Answer.prints("Essential container in task exited");
    return unknown(call);
  }

  private static Answer clusterNotFound() {
    return Answer.fails(254, "An error occurred (ClusterNotFoundException) when calling the operation: Cluster not found.");
  }

  private static Answer unknown(Call call) {
    return Answer.fails(254, "FakeAws does not model '" + call.command() + " " + call.line() + "'");
  }
}
