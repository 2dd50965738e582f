package dev.gha4j.codegen.importer;

import dev.gha4j.model.RuleRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Policy suppressions written as comments, {@code # gha4j allows GHA005: reason}, the form gha4j
 * itself emits. YAML parsers drop comments, so this reads the text: a comment belongs to the
 * workflow, job or step that starts on the next line that is not a comment (for a job, its key
 * line or its first key; for a step, its {@code -} line).
 */
final class Allowances {
  private static final Pattern COMMENT = Pattern.compile("^\\s*# gha4j allows (GHA[0-9]+): (.*)$");
  private static final YAMLMapper PLAIN = YAMLMapper.builder().build();

  /** One suppression: the rule and the written reason. */
  record Allowance(String ruleId, String reason) {
    RuleRef rule() {
      String id = ruleId;
      return () -> id;
    }
  }

  private final List<Allowance> workflow = new ArrayList<>();
  private final Map<String, List<Allowance>> jobs = new HashMap<>();
  private final Map<String, List<Allowance>> steps = new HashMap<>();

  private Allowances() {}

  static Allowances find(String yaml) {
    Allowances found = new Allowances();
    String[] lines = yaml.split("\r?\n", -1);
    List<Integer> commented = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) if (COMMENT.matcher(lines[i]).matches()) commented.add(i);
    if (commented.isEmpty()) return found;
    Map<Integer, String> elements = elementStarts(yaml);
    for (int line : commented) {
      int next = line + 1;
      while (next < lines.length && (lines[next].isBlank() || lines[next].strip().startsWith("#"))) next++;
      String element = elements.get(next + 1);
      Matcher m = COMMENT.matcher(lines[line]);
      m.matches();
      Allowance a = new Allowance(m.group(1), m.group(2).strip());
      if (element == null) throw new ImportException("line " + (line + 1) + ": '# gha4j allows' must stand above a job or a step");
      if (element.isEmpty()) found.workflow.add(a);
      else if (element.contains("#")) found.steps.computeIfAbsent(element, k -> new ArrayList<>()).add(a);
      else found.jobs.computeIfAbsent(element, k -> new ArrayList<>()).add(a);
    }
    return found;
  }

  List<Allowance> workflow() {
    return workflow;
  }

  List<Allowance> job(String id) {
    return jobs.getOrDefault(id, List.of());
  }

  List<Allowance> step(String jobId, int index) {
    return steps.getOrDefault(jobId + "#" + index, List.of());
  }

  /**
   * 1-based line to element: {@code ""} for the workflow, the job id for a job, {@code id#n} for
   * step n. A job is found at its key line and at its first key; a step at its first key.
   */
  private static Map<Integer, String> elementStarts(String yaml) {
    Map<Integer, String> starts = new HashMap<>();
    try (JsonParser p = PLAIN.createParser(yaml)) {
      int depth = 0;
      String job = null;
      int stepsDepth = -1;
      int step = -1;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        int line = p.currentTokenLocation().getLineNr();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth++;
          if (depth == 1) starts.putIfAbsent(line, "");
          if (depth == 3 && job != null && t == JsonToken.START_OBJECT) starts.putIfAbsent(line, job);
          if (depth == stepsDepth + 1 && t == JsonToken.START_OBJECT) starts.put(line, job + "#" + (++step));
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          if (depth == stepsDepth) stepsDepth = -1;
          depth--;
        } else if (t == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          if (depth == 2 && "jobs".equals(p.streamReadContext().getParent().currentName())) {
            job = name;
            starts.putIfAbsent(line, job);
          } else if (depth == 3 && name.equals("steps")) {
            stepsDepth = depth + 1;
            step = -1;
          }
        }
      }
    }
    return starts;
  }
}
