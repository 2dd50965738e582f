package dev.gha4j.review;

import dev.gha4j.generate.Header;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A picture of a workflow's jobs for review: a Markdown file with a Mermaid flowchart (GitHub draws
 * it), one node per job with its name, id, condition, matrix size and environment, an arrow per
 * {@code needs}, and the events that start the workflow at the top. A job whose {@code if} calls
 * {@code failure()} (a rollback) hangs from a dotted arrow labelled {@code on failure}.
 *
 * <p>Made from the workflow's YAML text alone, so any tool holding the text can draw it:
 * {@code make generate} writes {@code generated/graphs/deploy.md} for {@code deploy.yml}.
 */
public final class WorkflowGraph {
  private WorkflowGraph() {}

  /**
   * The graph file of a workflow file.
   *
   * @param workflowFileName {@code deploy.yml} or {@code deploy.yaml}
   * @return {@code deploy.md}
   */
  public static String fileName(String workflowFileName) {
    String base = workflowFileName;
    if (base.endsWith(".yml")) base = base.substring(0, base.length() - 4);
    else if (base.endsWith(".yaml")) base = base.substring(0, base.length() - 5);
    return base + ".md";
  }

  /**
   * The Markdown graph of one workflow.
   *
   * @param workflowFileName the workflow's file name, {@code deploy.yml}: named in the file and in errors
   * @param yaml             the workflow's YAML text
   * @return the Markdown text of the graph file
   * @throws IllegalArgumentException naming the file and key when the text is not a readable workflow
   */
  public static String markdown(String workflowFileName, String yaml) {
    return render(WorkflowReader.read(workflowFileName, yaml));
  }

  /**
   * The graph file of every workflow: graph file name to Markdown, in the order given.
   *
   * @param workflows workflow file name to YAML text, e.g. a {@code Generation}'s files
   * @return graph file name ({@link #fileName}) to Markdown text
   * @throws IllegalArgumentException when a workflow is not readable, or two would share a graph file
   */
  public static Map<String, String> files(Map<String, String> workflows) {
    Map<String, String> graphs = new LinkedHashMap<>();
    Map<String, String> drawnFrom = new HashMap<>();
    for (Map.Entry<String, String> e : workflows.entrySet()) {
      String graph = fileName(e.getKey());
      String other = drawnFrom.putIfAbsent(graph, e.getKey());
      if (other != null) {
        throw new IllegalArgumentException(other + " and " + e.getKey() + " would both be drawn in " + graph
            + "; rename one of them");
      }
      graphs.put(graph, markdown(e.getKey(), e.getValue()));
    }
    return graphs;
  }

  static String render(WorkflowView w) {
    List<String> ids = new ArrayList<>(w.jobs().keySet());
    for (JobView job : w.jobs().values()) ids.addAll(job.needs());
    Map<String, String> node = Mermaid.nodeIds(ids);
    StringBuilder out = new StringBuilder();
    out.append(Header.markdownLine(w.file())).append("\n\n");
    out.append("# ").append(Markdown.text(w.displayName())).append(": jobs of ").append(Markdown.text(w.file()))
        .append("\n\n```mermaid\nflowchart TD\n");
    nodes(w, node, out);
    boolean labelled = edges(w, node, out);
    out.append("```\n\n");
    if (!w.triggers().isEmpty()) {
      out.append("The top node lists the events that start the workflow; its arrows go to the jobs that start first. ");
    }
    out.append("Every other arrow is a `needs`: the job it points to starts after the one it comes from succeeded.");
    if (labelled) {
      out.append(" A dotted arrow is labelled with when the job runs instead (`on failure`: only after a job"
          + " before it failed; `on failure or cancel`: only when the job it comes from failed or was cancelled,"
          + " as a timed-out job is); its full `if` is on the node.");
    }
    return out.append('\n').toString();
  }

  private static void nodes(WorkflowView w, Map<String, String> node, StringBuilder out) {
    if (!w.triggers().isEmpty()) {
      List<String> lines = new ArrayList<>();
      for (TriggerView t : w.triggers()) lines.add("on: " + t.event() + (t.summary().isEmpty() ? "" : " (" + t.summary() + ")"));
      out.append("  triggers([").append(Mermaid.label(lines)).append("])\n");
    }
    for (JobView job : w.jobs().values()) node(out, node.get(job.id()), lines(job));
    // A needs naming no job of the workflow (GitHub refuses that) is still drawn, not dropped.
    for (String id : node.keySet()) if (!w.jobs().containsKey(id)) node(out, node.get(id), List.of(id, "(not in this workflow)"));
  }

  private static void node(StringBuilder out, String id, List<String> lines) {
    out.append("  ").append(id).append('[').append(Mermaid.label(lines)).append("]\n");
  }

  /**
   * The words on the arrow from {@code need} to {@code job}: the results of {@code need} the
   * condition tests for ({@code on failure or cancel}) when it tests any but success, else what
   * its status functions say; empty for an ordinary {@code needs}.
   */
  private static String label(JobView job, String need) {
    List<String> results = job.condition() == null ? List.of() : job.condition().resultsTested(need);
    if (!results.isEmpty() && !results.contains("success")) {
      return "on " + String.join(" or ", results.stream().map(WorkflowGraph::resultWord).toList());
    }
    return job.runs().label;
  }

  private static String resultWord(String result) {
    return switch (result) {
      case "cancelled" -> "cancel";
      case "skipped" -> "skip";
      default -> result;
    };
  }

  /** Writes the arrows; true when one of them is labelled (dotted). */
  private static boolean edges(WorkflowView w, Map<String, String> node, StringBuilder out) {
    for (JobView job : w.jobs().values()) {
      if (job.needs().isEmpty() && !w.triggers().isEmpty()) out.append("  triggers --> ").append(node.get(job.id())).append('\n');
    }
    List<String> onFailure = new ArrayList<>();
    boolean labelled = false;
    for (JobView job : w.jobs().values()) {
      boolean afterFailure = job.runs() == Condition.Run.ON_FAILURE;
      for (String need : job.needs()) {
        String label = label(job, need);
        afterFailure |= label.contains("failure");
        labelled |= !label.isEmpty();
        String arrow = label.isEmpty() ? " --> " : " -. " + label + " .-> ";
        out.append("  ").append(node.get(need)).append(arrow).append(node.get(job.id())).append('\n');
      }
      if (afterFailure) onFailure.add(node.get(job.id()));
    }
    if (!onFailure.isEmpty()) {
      out.append("  classDef onFailure stroke:#d1242f,stroke-width:2px\n");
      out.append("  class ").append(String.join(",", onFailure)).append(" onFailure\n");
    }
    return labelled;
  }

  private static List<String> lines(JobView job) {
    List<String> lines = new ArrayList<>();
    lines.add(job.displayName());
    if (job.name() != null && !job.name().equals(job.id())) lines.add(job.id());
    if (job.condition() != null) lines.add("if: " + job.condition().text());
    if (job.matrixSize() != null) lines.add("matrix: " + job.matrixSize() + jobsWord(job.matrixSize()));
    if (!job.environmentName().isEmpty()) lines.add("environment: " + job.environmentName());
    if (job.calls() != null) lines.add("calls: " + job.calls().action());
    return lines;
  }

  private static String jobsWord(String size) {
    return switch (size) {
      case "dynamic" -> "";
      case "1" -> " job";
      default -> " jobs";
    };
  }
}
