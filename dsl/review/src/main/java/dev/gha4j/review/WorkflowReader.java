package dev.gha4j.review;

import dev.gha4j.emit.WorkflowYaml;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Reads workflow YAML into a {@link WorkflowView}; a file that is no workflow fails with its path. */
final class WorkflowReader {
  private final String file;
  private final Map<String, String> tags;

  private WorkflowReader(String file, Map<String, String> tags) {
    this.file = file;
    this.tags = tags;
  }

  /**
   * Reads {@code yaml}, the text of {@code file}; throws {@link IllegalArgumentException} naming the
   * file and the key when it is not valid YAML or not shaped like a workflow.
   */
  static WorkflowView read(String file, String yaml) {
    JsonNode root;
    try {
      root = WorkflowYaml.parse(yaml);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(file + (e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr())
          + ": not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse("").strip());
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(file + ": not a workflow: expected a mapping with 'on' and 'jobs'");
    }
    return new WorkflowReader(file, VersionComments.of(yaml)).workflow(root);
  }

  private WorkflowView workflow(JsonNode root) {
    JsonNode jobsNode = root.path("jobs");
    if (!jobsNode.isMissingNode() && !jobsNode.isObject()) throw problem("jobs", "expected a mapping of job ids to jobs");
    Map<String, JobView> jobs = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : jobsNode.properties()) jobs.put(e.getKey(), job(e.getKey(), e.getValue()));
    JsonNode permissions = root.get("permissions");
    return new WorkflowView(file, scalar(root.get("name"), "name"), triggers(root.path("on")),
        permissions == null ? Permissions.REPOSITORY_DEFAULT : Permissions.read(permissions, file + ": permissions"),
        Canonical.text(root.path("concurrency")), SecretReferences.outsideJobs(root), jobs,
        settings(root, WorkflowView.MODELLED));
  }

  private List<TriggerView> triggers(JsonNode on) {
    List<TriggerView> triggers = new ArrayList<>();
    if (on.isString()) {
      triggers.add(new TriggerView(on.asString(), "", ""));
    } else if (on.isArray()) {
      for (JsonNode event : on.values()) triggers.add(new TriggerView(scalar(event, "on[]"), "", ""));
    } else if (on.isObject()) {
      for (Map.Entry<String, JsonNode> e : on.properties()) {
        triggers.add(new TriggerView(e.getKey(), Canonical.text(e.getValue()), Canonical.summary(e.getValue())));
      }
    } else if (!on.isMissingNode()) {
      throw problem("on", "expected an event name, a list or a mapping of events");
    }
    return triggers;
  }

  private JobView job(String id, JsonNode job) {
    String at = "jobs." + id;
    if (!job.isObject()) throw problem(at, "expected a mapping");
    JsonNode permissions = job.get("permissions");
    JsonNode environment = job.path("environment");
    String environmentName = environment.isObject() ? scalar(environment.get("name"), at + ".environment.name")
        : scalar(environment, at + ".environment");
    String uses = scalar(job.get("uses"), at + ".uses");
    boolean inheritsSecrets = job.path("secrets").isString() && job.get("secrets").asString().equals("inherit");
    return new JobView(id, scalar(job.get("name"), at + ".name"), needs(job.path("needs"), at),
        condition(job.get("if"), at),
        permissions == null ? null : Permissions.read(permissions, file + ": " + at + ".permissions"),
        Canonical.text(environment), environmentName == null ? "" : environmentName,
        Canonical.text(job.path("concurrency")), MatrixSize.of(job.path("strategy").path("matrix")),
        scalar(job.get("timeout-minutes"), at + ".timeout-minutes"), uses == null ? null : action(uses),
        inheritsSecrets, SecretReferences.in(job), steps(job.path("steps"), at), settings(job, JobView.MODELLED));
  }

  private List<String> needs(JsonNode needs, String at) {
    if (needs.isMissingNode() || needs.isNull()) return List.of();
    if (needs.isString()) return List.of(needs.asString());
    if (!needs.isArray()) throw problem(at + ".needs", "expected a job id or a list of job ids");
    List<String> ids = new ArrayList<>();
    for (JsonNode n : needs.values()) ids.add(scalar(n, at + ".needs[]"));
    return ids;
  }

  private List<StepView> steps(JsonNode steps, String at) {
    if (steps.isMissingNode() || steps.isNull()) return List.of();
    if (!steps.isArray()) throw problem(at + ".steps", "expected a list of steps");
    List<StepView> views = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    int index = 0;
    for (JsonNode step : steps.values()) {
      index++;
      String where = at + ".steps[" + (index - 1) + "]";
      if (!step.isObject()) throw problem(where, "expected a mapping");
      String usesText = scalar(step.get("uses"), where + ".uses");
      ActionUse uses = usesText == null ? null : action(usesText);
      String run = scalar(step.get("run"), where + ".run");
      String name = scalar(step.get("name"), where + ".name");
      String id = scalar(step.get("id"), where + ".id");
      String key = id != null ? "id " + id : name != null ? "name " + name : uses != null ? "uses " + uses.action()
          : "#" + index;
      int n = seen.merge(key, 1, Integer::sum);
      if (n > 1) key += " (" + n + ")";
      String label = name != null ? name : id != null ? id : uses != null ? uses.action()
          : run == null ? "step " + index : firstLine(run);
      views.add(new StepView(key, label, uses, run, condition(step.get("if"), where),
          scalar(step.get("timeout-minutes"), where + ".timeout-minutes"),
          settings(step, StepView.MODELLED)));
    }
    return views;
  }

  private static Map<String, String> settings(JsonNode node, Set<String> modelled) {
    Map<String, String> settings = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!modelled.contains(e.getKey())) settings.put(e.getKey(), Canonical.text(e.getValue()));
    }
    return settings;
  }

  private ActionUse action(String uses) {
    return ActionUse.of(uses, tags.getOrDefault(uses, ""));
  }

  private Condition condition(JsonNode node, String at) {
    String text = scalar(node, at + ".if");
    return text == null ? null : Condition.read(text);
  }

  private static String firstLine(String run) {
    String first = run.strip().lines().findFirst().orElse("");
    return first.length() > 40 ? first.substring(0, 40) + "…" : first;
  }

  /** The text of a single value; null when it is absent or null; a list or mapping is an error. */
  private String scalar(JsonNode node, String key) {
    if (node == null || node.isMissingNode() || node.isNull()) return null;
    if (node.isContainer()) throw problem(key, "expected a single value, not a " + (node.isArray() ? "list" : "mapping"));
    return node.asString();
  }

  private IllegalArgumentException problem(String key, String what) {
    return new IllegalArgumentException(file + ": " + key + ": " + what);
  }
}
