package dev.gha4j.generator;

import dev.gha4j.generate.Header;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of {@link FastGenerate} and {@link WatchGenerate}: {@code --workflows Class#method}
 * (without it, the workflows are found: {@link WorkflowDiscovery}), {@code --checks Class#method},
 * {@code --src DIR} (default {@code pipelines/src/main/java}), {@code --state DIR} for the compile
 * cache (default {@code pipelines/target/gha4j}), {@code --out DIR} (default
 * {@code generated/.github/workflows}), {@code --graphs DIR} for the job graphs (none unless given)
 * and {@code --regenerate-command TEXT}, the command each file's header names (default
 * {@value Header#DEFAULT_COMMAND}).
 */
record DevOptions(Path src, Path state, Path out, Path graphs, PipelineEntries entries, String regenerateCommand) {
  static final String USAGE = "usage: [--workflows Class#method] [--checks Class#method] [--src DIR] [--state DIR]"
      + " [--out DIR] [--graphs DIR] [--regenerate-command TEXT]";

  /** Parses {@code args}; throws {@link IllegalArgumentException} with {@link #USAGE} when they are wrong. */
  static DevOptions parse(String[] args) {
    Path src = Path.of("pipelines", "src", "main", "java");
    Path state = Path.of("pipelines", "target", "gha4j");
    Path out = Path.of("generated", ".github", "workflows");
    Path graphs = null;
    String workflows = null;
    String checks = null;
    String command = Header.DEFAULT_COMMAND;
    for (int i = 0; i < args.length; i += 2) {
      if (i + 1 >= args.length) throw new IllegalArgumentException(USAGE);
      String value = args[i + 1];
      switch (args[i]) {
        case "--src" -> src = Path.of(value);
        case "--state" -> state = Path.of(value);
        case "--out" -> out = Path.of(value);
        case "--graphs" -> graphs = Path.of(value);
        case "--workflows" -> workflows = value;
        case "--checks" -> checks = value;
        case "--regenerate-command" -> command = value;
        default -> throw new IllegalArgumentException(USAGE);
      }
    }
    return new DevOptions(src, state, out, graphs, PipelineEntries.options(workflows, checks), command);
  }

  /**
   * The arguments of {@code GenerateCommand}: {@code --out DIR}, {@code --graphs DIR} when given, and
   * the command the headers name.
   */
  String[] outputArgs() {
    List<String> args = new ArrayList<>(List.of("--out", out.toString(), "--regenerate-command", regenerateCommand));
    if (graphs != null) args.addAll(List.of("--graphs", graphs.toString()));
    return args.toArray(String[]::new);
  }

  /** The project these options describe, on {@code classPath}, compiled for Java 17 as the parent POM says. */
  PipelineProject project(String classPath) {
    return new PipelineProject(src, classPath, state, "17");
  }
}
