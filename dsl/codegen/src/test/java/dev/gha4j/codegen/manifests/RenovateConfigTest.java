package dev.gha4j.codegen.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.codegen.Manifest;
import dev.gha4j.codegen.ManifestReader;
import dev.gha4j.codegen.RepositoryFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code renovate.json}'s custom manager finds every manifest and captures the dependency name
 * ({@code owner/repo}, which the github-tags datasource looks up), the tag and the commit.
 *
 * <p>The pattern is run here with {@link java.util.regex}; Renovate runs it with RE2 (or
 * JavaScript's RegExp where RE2 is missing). For this pattern they agree: named groups are written
 * {@code (?<name>...)} in all three (Renovate rewrites them to RE2's {@code (?P<name>...)}); it
 * uses no lookaround or backreference (RE2 has neither, Java has both); {@code \s} is ASCII-only
 * in Java but Unicode in JavaScript, which differs only for text that no manifest contains; no
 * {@code ^} or {@code $}, whose meaning depends on flags; and Renovate applies it with the global
 * flag to the whole file, as the {@link Matcher#find()} loop below does.
 */
class RenovateConfigTest {
  private static final JsonNode MANAGER = customManager();

  private static JsonNode customManager() {
    try {
      JsonNode config = new JsonMapper().readTree(Files.readString(RepositoryFiles.root().resolve("renovate.json")));
      return config.path("customManagers").get(0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Pattern matchString() {
    return Pattern.compile(MANAGER.path("matchStrings").get(0).asString());
  }

  private static Pattern filePattern() {
    String slashed = MANAGER.path("managerFilePatterns").get(0).asString();
    assertThat(slashed).startsWith("/").endsWith("/");
    return Pattern.compile(slashed.substring(1, slashed.length() - 1));
  }

  @Test
  void everyManifestIsFoundOnceWithItsRepositoryTagAndCommit() throws IOException {
    List<Manifest> manifests = ManifestReader.read(RepositoryFiles.manifests()).actions();
    assertThat(manifests).hasSize(25);
    for (Manifest m : manifests) {
      Path file = RepositoryFiles.manifests().resolve(m.file());
      assertThat(RepositoryFiles.root().relativize(file).toString().replace('\\', '/')).matches(filePattern());
      Matcher match = matchString().matcher(Files.readString(file));

      assertThat(match.find()).as(m.file()).isTrue();
      assertThat(match.group("depName")).as(m.file()).isEqualTo(ActionName.parse(m.action()).repository());
      assertThat(match.group("currentValue")).as(m.file()).isEqualTo(m.version());
      assertThat(match.group("currentDigest")).as(m.file()).isEqualTo(m.sha());
      assertThat(match.find()).as(m.file()).isFalse();
    }
    assertThat(MANAGER.path("datasourceTemplate").asString()).isEqualTo("github-tags");
  }

  @Test
  void aManifestTheToolWritesIsFoundTooEvenWithAQuotedVersion() {
    Manifest m = ManifestReader.read(RepositoryFiles.manifests()).actions().stream()
        .filter(a -> a.action().equals("github/codeql-action/init")).findFirst().orElseThrow();
    String text = ManifestText.write(m.pinnedTo("1.10", m.sha()));
    assertThat(text).contains("version: \"1.10\"\n");

    Matcher match = matchString().matcher(text);

    assertThat(match.find()).isTrue();
    assertThat(match.group("depName")).isEqualTo("github/codeql-action");
    assertThat(match.group("currentValue")).isEqualTo("1.10");
  }

  @Test
  void renovateLeavesTheGeneratedWorkflowsAloneBecauseTheyFollowTheManifests() throws IOException {
    JsonNode config = new JsonMapper().readTree(Files.readString(RepositoryFiles.root().resolve("renovate.json")));

    assertThat(config.path("github-actions").path("enabled").asBoolean(true)).isFalse();
    assertThat(filePattern().matcher("generated/.github/workflows/ci.yml").find()).isFalse();
  }
}
