package dev.gha4j.codegen.manifests;

import dev.gha4j.api.WorkflowSource;
import dev.gha4j.codegen.importer.Javac;
import dev.gha4j.generate.Generation;
import dev.gha4j.generate.OutputDirectory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A user's project in a temporary directory: manifests, the generated binding classes, the
 * generated workflows, and a pipeline. {@link #run} is what the make targets run; {@link
 * #generate} is {@code make generate} (compile the bindings and the pipeline, render, write).
 */
final class Project {
  final Path manifests;
  final Path sources;
  final Path workflows;
  private final String gitHost;

  /** What one command printed and returned. */
  record Run(int exit, String out, String err) {}

  /** What generating did: the files written, or javac's errors. */
  record Generated(Map<String, List<String>> errors, Map<String, String> files) {}

  Project(Path root, String gitHost) {
    this.manifests = root.resolve("dsl/actions/src/main/actions");
    this.sources = root.resolve("dsl/actions/target/generated-sources/gha4j");
    this.workflows = root.resolve("generated/.github/workflows");
    this.gitHost = gitHost;
  }

  /** Runs {@link ActionsCommand} with this project's directories and git host. */
  Run run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--manifests", manifests.toString(), "--sources", sources.toString(), "--workflows",
        workflows.toString(), "--git-host", gitHost));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = ActionsCommand.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /**
   * Compiles the generated bindings with {@code pipeline} (source path to text), builds the
   * workflow of {@code pipelineClass}, and writes it to the workflows directory.
   */
  Generated generate(Map<String, String> pipeline, String pipelineClass) throws Exception {
    Map<String, String> units = new TreeMap<>(tree(sources));
    units.putAll(pipeline);
    Javac javac = Javac.into(List.of());
    Map<String, List<String>> errors = javac.compile(units);
    if (!errors.isEmpty()) return new Generated(errors, Map.of());
    WorkflowSource source = (WorkflowSource) javac.loader().loadClass(pipelineClass).getConstructor().newInstance();
    Generation generation = Generation.of(List.of(source), List.of());
    if (!generation.problems().isEmpty()) throw new AssertionError("invalid workflow: " + generation.problems());
    new OutputDirectory(workflows).apply(generation.files());
    return new Generated(Map.of(), tree(workflows));
  }

  /** Every file below {@code dir}, relative path to text. */
  static SortedMap<String, String> tree(Path dir) {
    SortedMap<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(dir)) return files;
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** Every file of the project: to show that a failed command changed nothing. */
  SortedMap<String, String> snapshot() {
    SortedMap<String, String> all = new TreeMap<>();
    tree(manifests).forEach((k, v) -> all.put("manifests/" + k, v));
    tree(sources).forEach((k, v) -> all.put("sources/" + k, v));
    tree(workflows).forEach((k, v) -> all.put("workflows/" + k, v));
    return all;
  }

  /** Writes back the files of a {@link #snapshot()}, taken from this project or another. */
  void restore(SortedMap<String, String> snapshot) {
    try {
      for (Map.Entry<String, String> file : snapshot.entrySet()) {
        String key = file.getKey();
        int slash = key.indexOf('/');
        Path dir = switch (key.substring(0, slash)) {
          case "manifests" -> manifests;
          case "sources" -> sources;
          default -> workflows;
        };
        Path target = dir.resolve(key.substring(slash + 1));
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void writeWorkflow(String name, String text) throws IOException {
    Files.createDirectories(workflows);
    Files.writeString(workflows.resolve(name), text);
  }

  String workflow(String name) throws IOException {
    return Files.readString(workflows.resolve(name));
  }

  String manifest(String file) throws IOException {
    return Files.readString(manifests.resolve(file));
  }
}
