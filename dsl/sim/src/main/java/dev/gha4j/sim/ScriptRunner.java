package dev.gha4j.sim;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs one script file in a shell with a clean environment, capturing output, within a wall-time limit. */
final class ScriptRunner {
  private ScriptRunner() {}

  /** How the process ended. {@code exitCode} is -1 when it was killed for running too long. */
  record Outcome(int exitCode, String stdout, String stderr, boolean timedOut) {}

  static Outcome run(List<String> command, Path workingDirectory, Map<String, String> env, Path scratch,
      Duration timeout) {
    try {
      Path out = Files.createTempFile(scratch, "stdout", ".txt");
      Path err = Files.createTempFile(scratch, "stderr", ".txt");
      ProcessBuilder pb = new ProcessBuilder(command).directory(workingDirectory.toFile())
          .redirectInput(new File("/dev/null")).redirectOutput(out.toFile()).redirectError(err.toFile());
      pb.environment().clear();
      pb.environment().putAll(env);
      // The fakes compare their stdout with this file to tell whether the script reads their output.
      pb.environment().put("GHA4J_STDOUT", out.toString());
      Process p = pb.start();
      boolean finished = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (!finished) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor(2, TimeUnit.SECONDS);
      }
      return new Outcome(finished ? p.exitValue() : -1, read(out), read(err), !finished);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + command, e);
    }
  }

  private static String read(Path file) throws IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }
}
