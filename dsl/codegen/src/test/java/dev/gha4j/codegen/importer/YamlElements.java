package dev.gha4j.codegen.importer;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Which workflow element a line of a workflow file belongs to: the workflow itself, a job (its own
 * keys), or one step. Built from the start line of every top-level key, job, job key and step, read
 * with Jackson's YAML parser: a line belongs to the last element that starts at or before it.
 */
final class YamlElements {
  private static final YAMLMapper YAML = new YAMLMapper();

  /**
   * A workflow element.
   *
   * @param job  the job id, or null for the workflow
   * @param step the step's index in its job, or -1 for the job (or workflow) itself
   */
  record Element(String job, int step) {
    static final Element WORKFLOW = new Element(null, -1);

    @Override
    public String toString() {
      return job == null ? "workflow" : step < 0 ? "job " + job : "job " + job + " step " + (step + 1);
    }
  }

  private record Start(int line, Element element) {}

  private final List<Start> starts = new ArrayList<>();

  private YamlElements() {}

  static YamlElements of(String yaml) {
    YamlElements e = new YamlElements();
    try (JsonParser p = YAML.createParser(yaml)) {
      if (p.nextToken() != JsonToken.START_OBJECT) return e;
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        e.starts.add(new Start(line(p), Element.WORKFLOW));
        boolean jobs = p.currentName().equals("jobs");
        if (p.nextToken() == JsonToken.START_OBJECT && jobs) e.jobs(p);
        else p.skipChildren();
      }
    }
    return e;
  }

  private void jobs(JsonParser p) {
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String job = p.currentName();
      starts.add(new Start(line(p), new Element(job, -1)));
      if (p.nextToken() != JsonToken.START_OBJECT) {
        p.skipChildren();
        continue;
      }
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        starts.add(new Start(line(p), new Element(job, -1)));
        boolean steps = p.currentName().equals("steps");
        if (p.nextToken() == JsonToken.START_ARRAY && steps) {
          int index = 0;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            starts.add(new Start(line(p), new Element(job, index++)));
            p.skipChildren();
          }
        } else {
          p.skipChildren();
        }
      }
    }
  }

  private static int line(JsonParser p) {
    return p.currentTokenLocation().getLineNr();
  }

  /** The element that line {@code line} (1-based) belongs to. */
  Element at(int line) {
    Element found = Element.WORKFLOW;
    for (Start s : starts) {
      if (s.line() > line) break;
      found = s.element();
    }
    return found;
  }
}
