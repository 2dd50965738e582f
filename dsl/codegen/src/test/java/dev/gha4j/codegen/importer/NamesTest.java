package dev.gha4j.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void aFileNameBecomesAWorkflowClassName() {
    assertThat(Names.className("ci.yml")).isEqualTo("CiWorkflow");
    assertThat(Names.className("release-drafter.yaml")).isEqualTo("ReleaseDrafterWorkflow");
    assertThat(Names.className("App-vNext__Polly__build.yml")).isEqualTo("AppVNextPollyBuildWorkflow");
    assertThat(Names.className("2024-cleanup.yml")).isEqualTo("Imported2024CleanupWorkflow");
  }

  @Test
  void jobIdsBecomeDistinctJavaVariables() {
    assertThat(Names.jobVariables(List.of("build", "unit-test", "unit_test", "class", "3rd", "workflow", "Lint")))
        .containsValues("build", "unitTest", "unitTest2", "classJob", "job3rd", "workflowJob", "lint");
  }
}
