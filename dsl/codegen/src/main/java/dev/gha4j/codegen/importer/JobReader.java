package dev.gha4j.codegen.importer;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.Scalar;
import dev.gha4j.model.Container;
import dev.gha4j.model.Credentials;
import dev.gha4j.model.Environment;
import dev.gha4j.model.Job;
import dev.gha4j.model.RunsOn;
import dev.gha4j.model.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One job, runner or reusable-workflow caller; keys the model lacks go through the escape hatch. */
final class JobReader {
  private static final Set<String> CONTAINER_KEYS = Set.of("image", "credentials", "env", "ports", "volumes", "options");

  private final StepReader steps;

  JobReader(Bindings bindings) {
    this.steps = new StepReader(bindings);
  }

  /** The job; {@code needs} are the already-read jobs it depends on. */
  Job read(String id, Node node, List<Job> needs, Comments comments) {
    Map<String, Node> keys = node.entries();
    Node uses = keys.get("uses");
    Job.Builder job = uses == null ? Job.builder(id) : Job.calling(id, uses.text());
    comments.allowances(List.of("jobs", id)).forEach(a -> job.allow(a.rule(), a.reason()));
    if (!needs.isEmpty()) job.needs(needs.toArray(Job[]::new));
    for (Map.Entry<String, Node> e : keys.entrySet()) {
      Node value = e.getValue();
      switch (e.getKey()) {
        case "name" -> job.name(value.text());
        case "runs-on" -> job.runsOn(runsOn(value));
        case "needs", "uses" -> { }
        case "if" -> job.when(Values.condition(value));
        case "permissions" -> job.permissions(Common.permissions(value));
        case "environment" -> job.environment(environment(value));
        case "concurrency" -> job.concurrency(Common.concurrency(value));
        case "timeout-minutes" -> {
          if (value.isWhole()) job.timeoutMinutes(value.value().intValue());
          else job.timeoutMinutes(Expressions.required(value));
        }
        case "strategy" -> job.strategy(strategy(value));
        case "continue-on-error" -> {
          if (value.value().isBoolean()) job.continueOnError(value.bool());
          else job.continueOnError(Expressions.required(value));
        }
        case "services" -> value.entries().forEach((name, service) -> job.service(name, container(service)));
        case "container" -> job.container(container(value));
        case "outputs" -> value.entries().forEach((name, v) -> job.output(name, v.text()));
        case "env" -> value.entries().forEach((variable, v) -> job.env(variable, Values.envText(v)));
        case "defaults" -> job.defaults(Common.defaults(value));
        case "steps" -> {
          List<Node> items = value.items();
          for (int i = 0; i < items.size(); i++) {
            List<String> path = List.of("jobs", id, "steps", String.valueOf(i));
            job.steps(steps.read(items.get(i), comments.allowances(path), comments.usesComment(id, i)));
          }
        }
        case "with" -> value.entries().forEach((input, v) -> with(job, input, v));
        case "secrets" -> secrets(job, value);
        default -> job.escapeHatch(e.getKey(), Values.raw(value));
      }
    }
    return job.build();
  }

  private static RunsOn runsOn(Node value) {
    if (!value.isMap()) return RunsOn.labels(value.texts().toArray(String[]::new));
    value.onlyKeys(Set.of("group", "labels"));
    Node group = value.get("group");
    Node labels = value.get("labels");
    String[] all = labels == null ? new String[0] : labels.texts().toArray(String[]::new);
    return group == null ? RunsOn.labels(all) : RunsOn.group(group.text(), all);
  }

  private static Environment environment(Node value) {
    if (!value.isMap()) return Environment.named(value.text());
    value.onlyKeys(Set.of("name", "url", "deployment"));
    Node name = value.get("name");
    if (name == null) throw value.fail("an environment needs a name");
    Node url = value.get("url");
    Node deployment = value.get("deployment");
    return new Environment(name.text(), url == null ? null : url.text(), deployment == null ? null : deployment.bool());
  }

  /** The strategy, each part of which (and the whole) may be one {@code ${{ }}} expression. */
  private static Strategy strategy(Node value) {
    if (!value.isMap()) return Strategy.fromExpression(Expressions.required(value));
    value.onlyKeys(Set.of("matrix", "fail-fast", "max-parallel"));
    Node matrix = value.get("matrix");
    Strategy s = new Strategy(matrix == null ? null : MatrixReader.read(matrix), null, null, null);
    Node failFast = value.get("fail-fast");
    if (failFast != null) {
      s = failFast.value().isBoolean() ? s.failFast(failFast.bool()) : s.failFast(Expressions.required(failFast));
    }
    Node maxParallel = value.get("max-parallel");
    if (maxParallel != null) {
      s = maxParallel.isWhole() && maxParallel.value().canConvertToInt() ? s.maxParallel(maxParallel.value().intValue())
          : s.maxParallel(Expressions.required(maxParallel));
    }
    return s;
  }

  /**
   * {@code container: image} is short for {@code container: {image: image}}; one {@code ${{ }}}
   * stands for the whole container, which may turn out a mapping.
   */
  private static Container container(Node value) {
    if (value.isExpression()) return Container.fromExpression(Expressions.required(value));
    if (!value.isMap()) return Container.image(value.text());
    value.onlyKeys(CONTAINER_KEYS);
    Node image = value.get("image");
    if (image == null) throw value.fail("a container needs an image");
    Container c = Container.image(image.text());
    Node credentials = value.get("credentials");
    if (credentials != null) {
      credentials.onlyKeys(Set.of("username", "password"));
      Node user = credentials.get("username");
      Node password = credentials.get("password");
      c = c.credentials(new Credentials(user == null ? null : Scalar.of(user.text()),
          password == null ? null : Scalar.of(password.text())));
    }
    Node env = value.get("env");
    if (env != null) {
      for (Map.Entry<String, Node> e : env.entries().entrySet()) c = c.env(e.getKey(), Values.envText(e.getValue()));
    }
    Node ports = value.get("ports");
    if (ports != null) c = c.ports(list(ports));
    Node volumes = value.get("volumes");
    if (volumes != null) c = c.volumes(list(volumes));
    Node options = value.get("options");
    if (options != null) c = c.options(options.text());
    return c;
  }

  /** A list of strings, which is all GitHub takes for ports and volumes. */
  private static String[] list(Node value) {
    return value.items().stream().map(Node::text).toArray(String[]::new);
  }

  private static void with(Job.Builder job, String input, Node value) {
    if (value.value().isBoolean()) job.with(input, value.bool());
    else if (value.isWhole()) job.with(input, value.value().longValue());
    else job.with(input, Values.withText(value));
  }

  /** {@code secrets: inherit}, or each secret as an expression. */
  private static void secrets(Job.Builder job, Node value) {
    if (!value.isMap()) {
      if (!value.text().equals("inherit")) throw value.fail("expected 'inherit' or a mapping of secrets");
      job.secretsInherit();
      return;
    }
    for (Map.Entry<String, Node> e : value.entries().entrySet()) {
      Expr secret = Expressions.required(e.getValue());
      job.secret(e.getKey(), secret);
    }
  }

  /** The ids a job needs, in the order written. */
  static List<String> needs(Node job) {
    Node needs = job.get("needs");
    return needs == null ? List.of() : new ArrayList<>(needs.texts());
  }
}
