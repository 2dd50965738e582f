package dev.gha4j.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportWordingTest {
  @Test
  void thePackageIsTheGroupIdFollowedByWorkflowsMadeValid() {
    assertThat(ImportWording.defaultPackage("com.example")).isEqualTo("com.example.workflows");
    assertThat(ImportWording.defaultPackage("io.Acme-Corp.9lives")).isEqualTo("io.acme_corp._9lives.workflows");
  }

  @Test
  void packageNamesAreLowerCaseAndNoKeywords() {
    assertThat(ImportWording.isPackageName("com.example.workflows")).isTrue();
    assertThat(ImportWording.isPackageName("com.example.int")).isFalse();
    assertThat(ImportWording.isPackageName("com.Example")).isFalse();
    assertThat(ImportWording.isPackageName("com..example")).isFalse();
  }

  @Test
  void theImportersAdviceNamesThePluginsPropertiesAndGoals() {
    assertThat(ImportWording.forMaven("skipped ci.yml -> src/main/java/a/CiWorkflow.java (exists; FORCE=1 to overwrite)"))
        .isEqualTo("skipped ci.yml -> src/main/java/a/CiWorkflow.java (exists; -Dgha4j.force to overwrite)");
    assertThat(ImportWording.forMaven("Add the new classes to your list of workflow sources, then run `make generate`."))
        .isEqualTo("Run `mvn gha4j:generate` to generate them (if you set <workflows>, add them to that list first).");
    assertThat(ImportWording.forMaven("imported ci.yml -> x")).isEqualTo("imported ci.yml -> x");
  }
}
