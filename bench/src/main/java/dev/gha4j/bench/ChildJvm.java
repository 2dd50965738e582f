package dev.gha4j.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** {@code Bench} run again in a JVM of its own, on the same class path, for one measurement. */
final class ChildJvm {
  private ChildJvm() {}

  /**
   * The child's output lines (standard error included), or null when it exited non-zero, as a
   * heap probe does when the scenario runs out of memory.
   */
  static List<String> run(List<String> jvmOptions, String... benchArgs) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Bench.class.getName()));
    command.addAll(List.of(benchArgs));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return p.waitFor() == 0 ? output.lines().toList() : null;
  }
}
