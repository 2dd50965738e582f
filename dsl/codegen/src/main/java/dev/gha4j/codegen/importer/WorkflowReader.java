package dev.gha4j.codegen.importer;

import dev.gha4j.model.Job;
import dev.gha4j.model.Workflow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Workflow YAML to the gha4j model, through the same public builders a pipeline uses. What GitHub
 * treats as equal is read into one form ({@code on: push} and {@code on: {push: {}}}, {@code
 * needs: a} and {@code needs: [a]}, {@code if} with or without {@code ${{ }}}); a top-level, job
 * or step key the model lacks goes through the escape hatch; a shape inside a modelled key that
 * the model cannot hold is an {@link ImportException} naming the place.
 */
final class WorkflowReader {
  private final JobReader jobs;

  private WorkflowReader(Bindings bindings) {
    this.jobs = new JobReader(bindings);
  }

  /**
   * The workflow, its comments (which the model has no place for) and what the importer changed
   * on the way that a person should check.
   */
  record Result(Workflow workflow, Comments comments, List<Warning> warnings) {}

  /**
   * Reads {@code yaml}, the text of the workflow file {@code file} ({@code ci.yml}); binds actions
   * that {@code bindings} pin; adds the allowances of {@code baseline}. A refusal names its line.
   */
  static Result read(String file, String yaml, Bindings bindings, Baseline baseline) {
    return read(file, Parsed.of(yaml), bindings, baseline);
  }

  /** A workflow file parsed once: its tree (null when it is not valid YAML) and its comments. */
  record Parsed(String yaml, tools.jackson.databind.JsonNode tree, Comments comments, ImportException error) {
    static Parsed of(String yaml) {
      Comments comments = Comments.of(yaml);
      try {
        return new Parsed(yaml, GitHubYaml.read(yaml), comments, null);
      } catch (ImportException e) {
        return new Parsed(yaml, null, comments, e);
      }
    }
  }

  /** {@link #read(String, String, Bindings, Baseline)} of a file parsed before. */
  static Result read(String file, Parsed parsed, Bindings bindings, Baseline baseline) {
    if (parsed.error() != null) throw parsed.error();
    Comments comments = parsed.comments();
    comments.baseline(baseline);
    try {
      Node root = Node.root(parsed.tree());
      Workflow w = new WorkflowReader(bindings).workflow(file, root, comments);
      List<Warning> warnings = new ArrayList<>(comments.warnings());
      warnings.addAll(root.warnings());
      if (!comments.trailing().isEmpty()) {
        warnings.add(new Warning(List.of(), "the comments at the end of the file (lines " + comments.trailing().stream()
            .map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")) + ") stand above nothing and are left out",
            comments.trailing().get(0)));
      }
      return new Result(w, comments, List.copyOf(warnings));
    } catch (ImportException e) {
      throw e.located(comments.lines());
    }
  }

  private Workflow workflow(String file, Node root, Comments comments) {
    if (!root.isMap()) throw new ImportException("a workflow is a mapping with on: and jobs:");
    Workflow.Builder w = Workflow.builder(file);
    comments.allowances(List.of()).forEach(a -> w.allow(a.rule(), a.reason()));
    Node jobsNode = null;
    for (Map.Entry<String, Node> e : root.entries().entrySet()) {
      Node value = e.getValue();
      switch (e.getKey()) {
        case "name" -> w.name(value.text());
        case "run-name" -> w.runName(value.text());
        case "on" -> w.on(TriggerReader.read(value).toArray(dev.gha4j.model.Trigger[]::new));
        case "permissions" -> w.permissions(Common.permissions(value));
        case "env" -> value.entries().forEach((variable, v) -> w.env(variable, Values.envText(v)));
        case "defaults" -> w.defaults(Common.defaults(value));
        case "concurrency" -> w.concurrency(Common.concurrency(value));
        case "jobs" -> jobsNode = value;
        default -> w.escapeHatch(e.getKey(), Values.raw(value));
      }
    }
    if (jobsNode == null) throw new ImportException("the workflow has no jobs:");
    w.jobs(jobs(jobsNode, comments));
    return w.build();
  }

  /** Jobs in the order written; each is built after the jobs it needs, which it refers to. */
  private List<Job> jobs(Node jobsNode, Comments comments) {
    Map<String, Node> nodes = jobsNode.entries();
    Map<String, Job> built = new HashMap<>();
    for (String id : nodes.keySet()) build(id, nodes, built, new LinkedHashMap<>(), comments);
    List<Job> ordered = new ArrayList<>();
    for (String id : nodes.keySet()) ordered.add(built.get(id));
    return ordered;
  }

  private void build(String id, Map<String, Node> nodes, Map<String, Job> built, Map<String, Boolean> visiting,
      Comments comments) {
    if (built.containsKey(id)) return;
    if (visiting.containsKey(id)) {
      String cycle = String.join(" -> ", visiting.keySet()) + " -> " + id;
      throw new ImportException("jobs." + id + ".needs: a cycle (" + cycle + ")");
    }
    visiting.put(id, true);
    Node node = nodes.get(id);
    List<Job> needs = new ArrayList<>();
    for (String need : JobReader.needs(node)) {
      if (!nodes.containsKey(need)) {
        throw new ImportException("jobs." + id + ".needs: '" + need + "' is not a job of this workflow");
      }
      build(need, nodes, built, visiting, comments);
      needs.add(built.get(need));
    }
    visiting.remove(id);
    built.put(id, jobs.read(id, node, needs, comments));
  }

}
