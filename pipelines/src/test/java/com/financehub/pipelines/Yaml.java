package com.financehub.pipelines;

import dev.gha4j.emit.WorkflowYaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * The committed workflows under {@code generated/.github/workflows}, read the way GitHub reads them,
 * with small helpers to find jobs and steps. Requirement tests assert on these files because they
 * are what runs; the snapshot test keeps them equal to what the Java produces.
 */
final class Yaml {
  private Yaml() {}

  /** Every workflow file the pipelines produce (and so every one committed), e.g. {@code ci.yml}. */
  static List<String> files() {
    return Generated.names();
  }

  /** The committed text of {@code file}, e.g. {@code deploy.yml}. */
  static String text(String file) {
    try {
      return Files.readString(RepoPaths.workflow(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the committed " + file + "; run `make generate`", e);
    }
  }

  /** The parsed committed workflow. */
  static JsonNode workflow(String file) {
    return WorkflowYaml.parse(text(file));
  }

  static JsonNode job(JsonNode workflow, String id) {
    JsonNode job = workflow.path("jobs").get(id);
    if (job == null) throw new AssertionError("no job '" + id + "' in " + workflow.path("jobs").propertyNames());
    return job;
  }

  static List<JsonNode> jobs(JsonNode workflow) {
    return new ArrayList<>(workflow.path("jobs").values());
  }

  static List<JsonNode> steps(JsonNode job) {
    return new ArrayList<>(job.path("steps").values());
  }

  /** The index of the first step matching {@code test}; fails when there is none. */
  static int indexOf(JsonNode job, Predicate<JsonNode> test, String what) {
    List<JsonNode> steps = steps(job);
    for (int i = 0; i < steps.size(); i++) if (test.test(steps.get(i))) return i;
    throw new AssertionError("no step " + what + " in " + names(job));
  }

  static JsonNode step(JsonNode job, Predicate<JsonNode> test, String what) {
    return steps(job).get(indexOf(job, test, what));
  }

  /** Matches a run step whose script contains {@code fragment}. */
  static Predicate<JsonNode> runs(String fragment) {
    return s -> s.path("run").asString("").contains(fragment);
  }

  /** Matches a step that uses {@code repository} (at any ref). */
  static Predicate<JsonNode> uses(String repository) {
    return s -> s.path("uses").asString("").startsWith(repository + "@");
  }

  static Predicate<JsonNode> named(String name) {
    return s -> s.path("name").asString("").equals(name);
  }

  /** Every run script of every job of every committed workflow, keyed by "file job #index". */
  static Map<String, String> allScripts() {
    Map<String, String> scripts = new java.util.LinkedHashMap<>();
    for (String file : files()) {
      for (Map.Entry<String, JsonNode> job : workflow(file).path("jobs").properties()) {
        List<JsonNode> steps = steps(job.getValue());
        for (int i = 0; i < steps.size(); i++) {
          if (steps.get(i).has("run")) scripts.put(file + " " + job.getKey() + " #" + i, steps.get(i).get("run").asString());
        }
      }
    }
    return scripts;
  }

  /** Every step of every committed workflow. */
  static List<JsonNode> allSteps() {
    List<JsonNode> all = new ArrayList<>();
    for (String file : files()) for (JsonNode job : jobs(workflow(file))) all.addAll(steps(job));
    return all;
  }

  private static List<String> names(JsonNode job) {
    return steps(job).stream().map(s -> s.has("name") ? s.get("name").asString() : s.path("uses").asString(s.path("run").asString(""))).toList();
  }
}
