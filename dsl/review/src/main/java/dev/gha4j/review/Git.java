package dev.gha4j.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The few git commands {@code make review} needs, run as processes in one repository. */
final class Git {
  /** A git command that failed; the message says which and why. */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;

    Failure(String message) {
      super(message);
    }
  }

  private final Path root;

  private Git(Path root) {
    this.root = root;
  }

  /** The repository that holds {@code dir}. */
  static Git at(Path dir) throws Failure {
    return new Git(Path.of(new Git(dir).run("rev-parse", "--show-toplevel").strip()));
  }

  /** The repository's top directory. */
  Path root() {
    return root;
  }

  /** The full commit id {@code ref} names. */
  String commit(String ref) throws Failure {
    return run("rev-parse", "--verify", "--quiet", ref + "^{commit}").strip();
  }

  /** The best common ancestor of two commits. */
  String mergeBase(String a, String b) throws Failure {
    return run("merge-base", a, b).strip();
  }

  /**
   * The {@code .yml}/{@code .yaml} files directly in {@code dir} (relative to the top directory) at
   * {@code commit}: file name to text. Empty when the directory did not exist then.
   */
  Map<String, String> workflowsAt(String commit, String dir) throws Failure {
    Map<String, String> files = new LinkedHashMap<>();
    for (String path : run("ls-tree", "-z", "--name-only", "--full-name", commit, "--", dir + "/").split("\0")) {
      String name = path.substring(path.lastIndexOf('/') + 1);
      if (name.endsWith(".yml") || name.endsWith(".yaml")) files.put(name, run("show", commit + ":" + path));
    }
    return files;
  }

  private String run(String... args) throws Failure {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Process process;
    try {
      process = new ProcessBuilder(command).directory(root.toFile()).start();
    } catch (IOException e) {
      throw new Failure("cannot run git (" + e.getMessage() + "); is git installed and on the PATH?");
    }
    try {
      process.getOutputStream().close();
      CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
      String output = read(process.getInputStream());
      int status = process.waitFor();
      if (status != 0) {
        String why = errors.join().strip();
        throw new Failure("git " + String.join(" ", args) + " failed" + (why.isEmpty() ? "" : ": " + why));
      }
      return output;
    } catch (IOException | UncheckedIOException e) {
      throw new Failure("git " + String.join(" ", args) + " failed: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failure("interrupted while git " + args[0] + " ran");
    } finally {
      process.destroy();
    }
  }

  private static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
