package com.financehub.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.generate.Generation;
import dev.gha4j.generate.Header;
import dev.gha4j.review.WorkflowGraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.approvaltests.writers.ApprovalTextWriter;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Snapshot tests of the job graphs: the approved file of each workflow's graph IS its committed
 * file under {@code generated/graphs/}, drawn from the YAML the pipelines produce now. A pipeline
 * edited without {@code make generate} fails here (and in {@link GeneratedWorkflowsTest}).
 */
class GeneratedGraphsTest {

  private static Path graphs() {
    return RepoPaths.root().resolve("generated/graphs");
  }

  private static Map<String, String> drawn() {
    Generation g = Generation.of(FinanceHubWorkflows.all(), Generate.checks());
    assertThat(g.problems()).as("pipelines must be valid").isEmpty();
    return WorkflowGraph.files(g.files());
  }

  @TestFactory
  Stream<DynamicTest> committedGraphsAreWhatThePipelinesProduce() {
    return drawn().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      Path approved = graphs().resolve(e.getKey());
      assertThat(approved).as("%s is not committed; run `make generate`", approved).exists();
      Options options = new Options().withReporter(new UnifiedDiffReporter()).forFile().withExtension(".md");
      try {
        Approvals.verify(new ApprovalTextWriter(e.getValue(), options), new CommittedFileNamer(approved), options);
      } catch (Error stale) {
        throw new AssertionError("generated/graphs/" + e.getKey()
            + " is stale: the pipelines draw a different graph (diff above). Run `make generate`.", stale);
      }
    }));
  }

  @Test
  void everyWorkflowHasItsGraphAndNoGraphIsLeftOver() throws IOException {
    assertThat(drawn().keySet()).containsExactlyInAnyOrder("ci.md", "security.md", "deploy.md", "release.md");
    try (Stream<Path> committed = Files.list(graphs())) {
      List<String> orphans = committed
          .filter(p -> firstLine(p).startsWith(Header.MARKDOWN_MARK) && !drawn().containsKey(p.getFileName().toString()))
          .map(p -> p.getFileName().toString())
          .toList();
      assertThat(orphans).as("graphs no workflow produces; run `make generate`").isEmpty();
    }
  }

  @Test
  void deployGraphShowsTheRollbacksAsRunningOnFailure() {
    String deploy = drawn().get("deploy.md");
    assertThat(deploy)
        .contains("  triggers([\"on: push (branches: main)<br/>on: workflow_dispatch\"])\n")
        .contains("  job_deploy_staging -. on failure or cancel .-> job_rollback_staging\n")
        .contains("  job_deploy_production -. on failure or cancel .-> job_rollback_production\n")
        .contains("  class job_rollback_staging,job_rollback_production onFailure\n")
        .contains("  job_deploy_production --> job_release\n")
        .contains("environment: production");
  }

  @Test
  void theDeployGraphShownInTheDocsIsTheCommittedOne() throws IOException {
    String committed = mermaid(Files.readString(RepoPaths.root().resolve("generated/graphs/deploy.md")));
    for (String doc : new String[] {"README.md", "docs/review.md"}) {
      assertThat(mermaid(Files.readString(RepoPaths.root().resolve(doc)))).as(doc).isEqualTo(committed);
    }
  }

  private static String mermaid(String markdown) {
    int start = markdown.indexOf("```mermaid");
    return markdown.substring(start, markdown.indexOf("```", start + 3));
  }

  private static String firstLine(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8).lines().findFirst().orElse("");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
