package dev.gha4j.codegen.manifests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code git} binary (no Java git library: the user's git has their proxies, credential
 * helpers and certificates). Never asks on the terminal, and speaks English so that {@link
 * GitHost} can tell a network failure from a missing repository.
 */
final class Git {
  /** Longer than any ls-remote or shallow fetch of one tag takes; a hung connection ends here. */
  static final Duration TIMEOUT = Duration.ofSeconds(120);

  /** What one git command did. */
  record Result(int exit, String out, String err) {
    boolean ok() {
      return exit == 0;
    }

    /** The line of stderr that says what failed: the first {@code fatal:} line, else the first line. */
    String reason() {
      List<String> lines = err.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
      for (String line : lines) {
        if (line.startsWith("fatal:")) return line.substring("fatal:".length()).strip();
      }
      return lines.isEmpty() ? "exit code " + exit : lines.get(0);
    }
  }

  private Git() {}

  /**
   * Runs {@code git [--git-dir DIR] args...}.
   *
   * @param gitDir the repository to run in, or null for commands that need none
   * @param args   the git command and its arguments
   * @return exit code and output; a non-zero exit is for the caller to explain
   * @throws ActionsException when git cannot be started
   * @throws ActionsException.HostUnreachable when git does not finish within {@link #TIMEOUT}
   */
  static Result run(Path gitDir, String... args) {
    List<String> command = new ArrayList<>(List.of("git"));
    if (gitDir != null) command.addAll(List.of("--git-dir", gitDir.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.put("GIT_TERMINAL_PROMPT", "0");
    env.put("LC_ALL", "C");
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new ActionsException("cannot run git (" + e.getMessage() + "); install git and put it on the PATH");
    }
    try {
      process.getOutputStream().close();
      // Both streams are drained on their own threads, so a chatty git cannot block on a full pipe
      // and a hung one still ends at the timeout.
      CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()), Git::daemon);
      CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()), Git::daemon);
      if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new ActionsException.HostUnreachable("git " + args[0] + " did not finish within "
            + TIMEOUT.toSeconds() + " s; is the git host reachable?");
      }
      return new Result(process.exitValue(), out.get(), err.get());
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new ActionsException("interrupted while git " + args[0] + " was running");
    } catch (IOException | ExecutionException e) {
      process.destroyForcibly();
      throw new ActionsException("cannot read what git " + args[0] + " printed: " + e.getMessage());
    }
  }

  private static void daemon(Runnable task) {
    Thread thread = new Thread(task, "git output");
    thread.setDaemon(true);
    thread.start();
  }

  private static String read(InputStream stream) {
    try (stream) {
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
