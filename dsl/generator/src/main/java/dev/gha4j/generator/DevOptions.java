package dev.gha4j.generator;

import java.nio.file.Path;

/**
 * The options of {@link FastGenerate} and {@link WatchGenerate}: {@code --workflows Class#method}
 * (required), {@code --checks Class#method}, {@code --src DIR} (default
 * {@code pipelines/src/main/java}), {@code --state DIR} for the compile cache (default
 * {@code pipelines/target/gha4j}), {@code --out DIR} (default {@code generated/.github/workflows})
 * and {@code --graphs DIR} for the job graphs (none unless given).
 */
record DevOptions(Path src, Path state, Path out, Path graphs, PipelineEntries entries) {
  static final String USAGE = "usage: --workflows Class#method [--checks Class#method] [--src DIR] [--state DIR]"
      + " [--out DIR] [--graphs DIR]";

  /** Parses {@code args}; throws {@link IllegalArgumentException} with {@link #USAGE} when they are wrong. */
  static DevOptions parse(String[] args) {
    Path src = Path.of("pipelines", "src", "main", "java");
    Path state = Path.of("pipelines", "target", "gha4j");
    Path out = Path.of("generated", ".github", "workflows");
    Path graphs = null;
    String workflows = null;
    String checks = null;
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
        default -> throw new IllegalArgumentException(USAGE);
      }
    }
    if (workflows == null) throw new IllegalArgumentException(USAGE);
    return new DevOptions(src, state, out, graphs, new PipelineEntries(workflows, checks));
  }

  /** The output arguments of {@code GenerateCommand}: {@code --out DIR}, and {@code --graphs DIR} when given. */
  String[] outputArgs() {
    return graphs == null ? new String[] {"--out", out.toString()}
        : new String[] {"--out", out.toString(), "--graphs", graphs.toString()};
  }
}
