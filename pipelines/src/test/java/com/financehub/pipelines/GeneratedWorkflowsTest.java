package com.financehub.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.generate.Header;
import dev.gha4j.api.WorkflowSource;
import dev.gha4j.generator.Drift;
import java.io.IOException;
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
 * Snapshot tests: the approved file of each workflow IS its committed file under
 * {@code generated/.github/workflows/}. Editing a pipeline without {@code make generate} fails here
 * with the YAML difference; the received text is left in {@code pipelines/target/approvals/}.
 */
class GeneratedWorkflowsTest {

  @TestFactory
  Stream<DynamicTest> committedYamlIsWhatThePipelinesProduce() {
    return Generated.files().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      Path approved = RepoPaths.workflow(e.getKey());
      assertThat(approved).as("%s is not committed; run `make generate`", approved).exists();
      Options options = new Options().withReporter(new UnifiedDiffReporter()).forFile().withExtension(".yml");
      try {
        Approvals.verify(new ApprovalTextWriter(e.getValue(), options), new CommittedFileNamer(approved), options);
      } catch (Error stale) {
        throw new AssertionError("generated/.github/workflows/" + e.getKey()
            + " is stale: the pipelines produce different YAML (diff above). Run `make generate`.", stale);
      }
    }));
  }

  @Test
  void noCommittedWorkflowIsLeftOverFromARemovedPipeline() throws IOException {
    List<Drift.Difference> stale = Drift.between(RepoPaths.workflows(), "generated/.github/workflows",
        Generated.files()).stream().filter(d -> d.kind() == Drift.Kind.STALE).toList();
    assertThat(stale).as("run `%s`", Generated.COMMAND).isEmpty();
  }

  @Test
  void everyPipelineIsListedAndNamesItsSourceInTheHeader() {
    Map<String, String> files = Generated.files();
    for (WorkflowSource source : FinanceHubWorkflows.all()) {
      String header = Header.MARK + source.getClass().getName();
      assertThat(files.values()).anySatisfy(text -> assertThat(text).startsWith(header));
    }
  }
}
