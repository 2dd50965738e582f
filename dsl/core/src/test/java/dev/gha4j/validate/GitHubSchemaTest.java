package dev.gha4j.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.model.Scope;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema the validator reads ({@code github-workflow-schema.json}) is GitHub's own, as the
 * installed {@code @actions/workflow-parser} ships it (descriptions removed). When the package is
 * updated this test fails until {@code make schema} vendors the new file.
 */
class GitHubSchemaTest {
  static final Path INSTALLED = Path.of(
      "tools/workflow-check/node_modules/@actions/workflow-parser/dist/workflow-v1.0.min.json");
  private static final Path VENDORED = Path.of("dsl/core/src/main/resources/dev/gha4j/validate",
      GitHubSchema.RESOURCE);
  private static final JsonMapper JSON = JsonMapper.shared();

  @Test
  void theVendoredSchemaIsTheInstalledParsersSchema() throws IOException {
    Path root = GitHubTools.repositoryRoot();
    ObjectNode expected = derive(JSON.readTree(root.resolve(INSTALLED).toFile()));
    if (Boolean.getBoolean("gha4j.schema.update")) { // make schema: vendor it; the next build reads it
      Files.writeString(root.resolve(VENDORED), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(expected) + "\n");
      return;
    }
    JsonNode vendored;
    try (InputStream in = GitHubSchema.class.getResourceAsStream(GitHubSchema.RESOURCE)) {
      vendored = JSON.readTree(in);
    }
    Set<String> differing = new TreeSet<>();
    for (String name : union(vendored.get("definitions"), expected.get("definitions"))) {
      if (!vendored.get("definitions").path(name).equals(expected.get("definitions").path(name))) differing.add(name);
    }
    assertThat(differing).as("definitions that differ from %s; run `make schema` and review the diff", INSTALLED)
        .isEmpty();
  }

  private static Set<String> union(JsonNode a, JsonNode b) {
    Set<String> names = new TreeSet<>(a.propertyNames());
    names.addAll(b.propertyNames());
    return names;
  }

  /** GitHub's schema without descriptions, headed by where it comes from. */
  static ObjectNode derive(JsonNode installed) throws IOException {
    JsonNode pkg = JSON.readTree(GitHubTools.repositoryRoot().resolve(INSTALLED).getParent().getParent()
        .resolve("package.json").toFile());
    ObjectNode out = JSON.createObjectNode();
    out.putObject("$source")
        .put("package", "@actions/workflow-parser")
        .put("version", pkg.get("version").stringValue())
        .put("file", "dist/workflow-v1.0.min.json")
        .put("licence", "MIT, see github-workflow-schema.LICENSE")
        .put("vendored", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString())
        .put("changed", "descriptions removed; `make schema` writes this file from the installed package");
    out.set("version", installed.get("version"));
    ObjectNode definitions = out.putObject("definitions");
    for (Map.Entry<String, JsonNode> d : installed.get("definitions").properties()) {
      ObjectNode definition = (ObjectNode) d.getValue().deepCopy();
      definition.remove("description");
      JsonNode properties = definition.path("mapping").path("properties");
      for (JsonNode property : properties) if (property.isObject()) ((ObjectNode) property).remove("description");
      definitions.set(d.getKey(), definition);
    }
    return out;
  }

  @Test
  void everyPermissionScopeOfGitHubsSchemaIsAScope() {
    GitHubSchema schema = GitHubSchema.github();
    Set<String> github = new TreeSet<>(schema.definition("permissions-mapping").properties().keySet());
    Set<String> gha4j = Arrays.stream(Scope.values()).map(Scope::wire).collect(Collectors.toCollection(TreeSet::new));
    assertThat(gha4j).isEqualTo(github);
    for (Scope s : Scope.values()) {
      String levels = schema.definition("permissions-mapping").properties().get(s.wire()).type();
      for (dev.gha4j.model.Access a : dev.gha4j.model.Access.values()) {
        boolean allowed = schema.definition(levels).oneOf().contains("permission-level-" + level(a));
        assertThat(s.allows(a)).as("%s: %s", s.wire(), a.wire()).isEqualTo(allowed);
      }
    }
  }

  private static String level(dev.gha4j.model.Access a) {
    return a == dev.gha4j.model.Access.NONE ? "no-access" : a.wire();
  }
}
