package dev.gha4j.actions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.codegen.Codegen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The generated bindings are reproducible and clean. */
class GeneratedSourcesTest {
  private static final Path MANIFESTS = Path.of("src/main/actions");
  private static final Path BUILD_OUTPUT = Path.of("target/generated-sources/gha4j");

  @Test
  void generatingTwiceGivesIdenticalBytes() {
    assertThat(Codegen.generate(MANIFESTS)).isEqualTo(Codegen.generate(MANIFESTS));
  }

  @Test
  void buildOutputIsExactlyWhatTheManifestsGenerate() throws Exception {
    SortedMap<String, String> onDisk = new TreeMap<>();
    try (Stream<Path> files = Files.walk(BUILD_OUTPUT)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        onDisk.put(BUILD_OUTPUT.relativize(file).toString().replace('\\', '/'), Files.readString(file));
      }
    }

    assertThat(onDisk).isEqualTo(Codegen.generate(MANIFESTS));
  }

  @Test
  void generatedBindingsCompileWithoutAnyDiagnosticUnderXlintAll() {
    assertThat(InProcessJavac.compile(Codegen.generate(MANIFESTS))).isEmpty();
  }

  @Test
  void everyBindingIsGenerated() {
    assertThat(Codegen.generate(MANIFESTS).keySet()).map(k -> k.replaceAll(".*/|\\.java", "")).containsExactly(
        "AmazonEcrLogin", "AmazonEcsDeployTaskDefinition", "AmazonEcsRenderTaskDefinition", "Cache", "Checkout",
        "Codecov", "CodeqlAnalyze", "CodeqlAutobuild", "CodeqlInit", "ConfigureAwsCredentials", "DependencyReview",
        "DockerBuildPush", "DockerLogin", "DockerMetadata", "DockerSetupBuildx",
        "DownloadArtifact", "GhRelease", "GithubScript", "KnownActions", "PipAudit", "SetupJava", "SetupNode",
        "SetupPython", "Slack", "Trivy", "UploadArtifact");
  }
}
