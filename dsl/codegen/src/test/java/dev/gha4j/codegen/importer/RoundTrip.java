package dev.gha4j.codegen.importer;

import dev.gha4j.codegen.Codegen;
import dev.gha4j.emit.WorkflowYaml;
import dev.gha4j.generate.Header;
import dev.gha4j.api.WorkflowSource;
import dev.gha4j.model.Workflow;
import dev.gha4j.api.Problem;
import dev.gha4j.generate.Generation;
import dev.gha4j.policy.Policies;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import tools.jackson.databind.JsonNode;

/**
 * Import, compile, run, render, compare: the whole round trip for a batch of workflow files. The
 * imported classes are compiled together in one javac run (with the typed bindings generated from
 * the repository's manifests), each loaded and asked for its workflow, which is rendered to YAML.
 */
final class RoundTrip {
  static final String PACKAGE = "dev.gha4j.imported";

  /** How far one file got. */
  enum Outcome { IMPORT_FAILED, COMPILE_FAILED, RUN_FAILED, WRITER_NOT_EXACT, DIFFERENT, PASSED }

  /**
   * The result for one file: the outcome with what went wrong, the imported Java and the YAML
   * generated from it (each null when the round trip stopped earlier), and what {@code make
   * generate} (the validator and the policy rules) says about the imported workflow, which the
   * round trip does not require to be empty: when it is, generate writes the workflow.
   */
  record Result(String file, Outcome outcome, String detail, String java, String yaml, List<String> problems) {
    Result(String file, Outcome outcome, String detail, String java, String yaml) {
      this(file, outcome, detail, java, yaml, List.of());
    }

    boolean passed() {
      return outcome == Outcome.PASSED;
    }

    /** Whether {@code make generate} writes the imported workflow. */
    boolean written() {
      return passed() && problems.isEmpty();
    }
  }

  private static Path bindingClasses;
  /** Milliseconds the last run spent importing (YAML to Java text) and compiling, for the report. */
  static long importMillis;
  static long compileMillis;

  private RoundTrip() {}

  /** Runs the round trip for {@code files} (file name to YAML text), imported without the migration baseline. */
  static Map<String, Result> run(Map<String, String> files) {
    return run(files, new Importer(Corpus.bindings(), PACKAGE));
  }

  /** Runs the round trip as {@code make import} does by default: with the migration baseline. */
  static Map<String, Result> runWithBaseline(Map<String, String> files) {
    return run(files, new Importer(Corpus.bindings(), PACKAGE).withBaseline());
  }

  private static Map<String, Result> run(Map<String, String> files, Importer importer) {
    Map<String, Result> failed = new LinkedHashMap<>();
    Map<String, Imported> imported = new LinkedHashMap<>();
    long start = System.nanoTime();
    files.forEach((file, yaml) -> {
      try {
        Importer.Imported i = importer.importWorkflow(file, yaml);
        imported.put(file, new Imported(i.className(), i.source(), i.workflow()));
      } catch (ImportException e) {
        failed.put(file, new Result(file, Outcome.IMPORT_FAILED, e.getMessage(), null, null));
      } catch (RuntimeException e) {
        failed.put(file, new Result(file, Outcome.IMPORT_FAILED, "the importer crashed: " + e, null, null));
      }
    });
    importMillis = (System.nanoTime() - start) / 1_000_000;
    return check(files, imported, failed);
  }

  /** A class the importer wrote: its name, its source, and the model the importer built it from. */
  record Imported(String className, String source, Workflow workflow) {}

  /**
   * Runs the round trip for classes imported before, e.g. by {@code ImportCommand}; {@code failed}
   * holds the results of the files that were not imported.
   */
  static Map<String, Result> check(Map<String, String> files, Map<String, Imported> imported, Map<String, Result> failed) {
    Map<String, Result> results = new LinkedHashMap<>(failed);
    bindingClasses();
    long start = System.nanoTime();
    Map<String, List<String>> errors = new LinkedHashMap<>();
    Javac javac = compile(imported, errors);
    compileMillis = (System.nanoTime() - start) / 1_000_000;
    ClassLoader loader = javac.loader();
    imported.forEach((file, java) -> {
      if (errors.containsKey(file)) {
        results.put(file, new Result(file, Outcome.COMPILE_FAILED, String.join("\n", errors.get(file)), java.source(), null));
        return;
      }
      results.put(file, check(file, files.get(file), java, loader));
    });
    Map<String, Result> ordered = new LinkedHashMap<>();
    for (String file : files.keySet()) ordered.put(file, results.get(file));
    return ordered;
  }

  /** Compiles all imported classes; a class javac rejects is reported and the others compiled again. */
  private static Javac compile(Map<String, Imported> imported, Map<String, List<String>> errors) {
    while (true) {
      Map<String, String> sources = new LinkedHashMap<>();
      Map<String, String> fileBySource = new LinkedHashMap<>();
      imported.forEach((file, java) -> {
        if (errors.containsKey(file)) return;
        String path = PACKAGE.replace('.', '/') + "/" + java.className() + ".java";
        sources.put(path, java.source());
        fileBySource.put(path, file);
      });
      Javac javac = Javac.into(List.of(bindingClasses()));
      Map<String, List<String>> found = javac.compile(sources);
      if (found.isEmpty()) return javac;
      found.forEach((path, messages) -> errors.put(fileBySource.getOrDefault(path, path), messages));
    }
  }

  private static Result check(String file, String yaml, Imported java, ClassLoader loader) {
    Workflow fromReader = java.workflow();
    String generated;
    Workflow fromJava;
    WorkflowSource source;
    try {
      Class<?> type = loader.loadClass(PACKAGE + "." + java.className());
      source = (WorkflowSource) type.getDeclaredConstructor().newInstance();
      fromJava = source.workflow();
      generated = WorkflowYaml.render(fromJava, Header.lines(type));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return new Result(file, Outcome.RUN_FAILED, e.toString(), java.source(), null);
    }
    String expected = WorkflowYaml.render(fromReader, List.of());
    String actual = WorkflowYaml.render(fromJava, List.of());
    if (!expected.equals(actual)) {
      return new Result(file, Outcome.WRITER_NOT_EXACT, firstDifferentLine(expected, actual), java.source(), generated);
    }
    JsonNode original = GitHubEquivalence.canonical(GitHubYaml.read(yaml));
    JsonNode regenerated = GitHubEquivalence.canonical(GitHubYaml.read(generated));
    if (!original.equals(regenerated)) {
      return new Result(file, Outcome.DIFFERENT, Diff.first(original, regenerated), java.source(), generated);
    }
    Generation generation = Generation.of(List.of(source), List.of(Policies.standard()));
    List<String> problems = generation.problems().stream().map(Problem::message).toList();
    return new Result(file, Outcome.PASSED, "", java.source(), generated, problems);
  }

  private static String firstDifferentLine(String expected, String actual) {
    String[] a = expected.split("\n", -1);
    String[] b = actual.split("\n", -1);
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String x = i < a.length ? a[i] : "<end>";
      String y = i < b.length ? b[i] : "<end>";
      if (!x.equals(y)) return "line " + (i + 1) + ": model from YAML renders '" + x + "', from Java '" + y + "'";
    }
    return "";
  }

  /** The typed bindings, generated from the manifests and compiled once per test run. */
  static synchronized Path bindingClasses() {
    if (bindingClasses == null) {
      SortedMap<String, String> sources = Codegen.generate(Corpus.manifests());
      Javac javac = Javac.into(List.of());
      Map<String, List<String>> errors = javac.compile(sources);
      if (!errors.isEmpty()) throw new IllegalStateException("bindings do not compile: " + errors);
      bindingClasses = javac.classes();
    }
    return bindingClasses;
  }

  /** File name to text for the given files. */
  static Map<String, String> texts(List<Path> paths) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (Path p : paths) texts.put(p.getFileName().toString(), Corpus.read(p));
    return texts;
  }

  /** The results that did not pass. */
  static List<Result> failures(Map<String, Result> results) {
    List<Result> failed = new ArrayList<>();
    for (Result r : results.values()) if (!r.passed()) failed.add(r);
    return failed;
  }
}
