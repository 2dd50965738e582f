package dev.gha4j.codegen.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A local git host for the tests: bare repositories under one directory, reached as {@code
 * file://<dir>/owner/repo.git}, each filled from a work tree whose commits and tags the test makes.
 * Nothing touches the network; the user's git configuration is ignored.
 */
final class GitFixture {
  private final Path root;

  GitFixture(Path root) {
    this.root = root;
  }

  /** The base URL to give {@link GitHost}. */
  String baseUrl() {
    return root.resolve("host").toUri().toString();
  }

  /** A new repository {@code owner/repo} on the host, with an empty work tree. */
  Repo repository(String ownerRepo) {
    Path bare = root.resolve("host").resolve(ownerRepo + ".git");
    Path work = root.resolve("work").resolve(ownerRepo);
    try {
      Files.createDirectories(bare);
      Files.createDirectories(work);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    git(bare, "init", "-q", "--bare");
    git(work, "init", "-q");
    return new Repo(work, bare);
  }

  /** A work tree whose commits and tags are pushed to its bare repository. */
  static final class Repo {
    private final Path work;
    private final Path bare;
    private int commits;

    Repo(Path work, Path bare) {
      this.work = work;
      this.bare = bare;
    }

    /** Writes {@code files} (path to text) and commits; returns the commit. Tagging pushes it. */
    String commit(Map<String, String> files) {
      try {
        for (Map.Entry<String, String> f : files.entrySet()) {
          Path file = work.resolve(f.getKey());
          Files.createDirectories(file.getParent());
          Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      git(work, "add", "-A");
      git(work, "commit", "-q", "--allow-empty", "-m", "commit " + ++commits);
      return git(work, "rev-parse", "HEAD").strip();
    }

    /** Commits {@code action.yml} with {@code text}; returns the commit. */
    String commitActionYml(String text) {
      return commit(Map.of("action.yml", text));
    }

    /** A lightweight tag on HEAD, pushed (moved there if it exists). */
    void tag(String name) {
      git(work, "tag", "-f", name);
      git(work, "push", "-q", "-f", bare.toString(), "refs/tags/" + name);
    }

    /** An annotated tag on HEAD, pushed (moved there if it exists). */
    void annotatedTag(String name) {
      git(work, "tag", "-f", "-a", "-m", "release " + name, name);
      git(work, "push", "-q", "-f", bare.toString(), "refs/tags/" + name);
    }

    /** The object a tag names in the bare repository: the tag object for an annotated tag. */
    String tagObject(String name) {
      return git(work, "rev-parse", "refs/tags/" + name).strip();
    }
  }

  static String git(Path dir, String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.put("GIT_CONFIG_GLOBAL", "/dev/null");
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("GIT_AUTHOR_NAME", "Fixture");
    env.put("GIT_AUTHOR_EMAIL", "fixture@example.com");
    env.put("GIT_COMMITTER_NAME", "Fixture");
    env.put("GIT_COMMITTER_EMAIL", "fixture@example.com");
    try {
      Process process = builder.start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() != 0) throw new IllegalStateException("git " + String.join(" ", args) + ": " + out);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
