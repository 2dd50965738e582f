package dev.gha4j.actions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.codegen.Catalog;
import dev.gha4j.codegen.Manifest;
import dev.gha4j.codegen.Manifest.Input;
import dev.gha4j.codegen.Manifest.Type;
import dev.gha4j.codegen.ManifestReader;
import dev.gha4j.policy.DeprecatedActions;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The manifests in src/main/actions obey the rules the generator and the policy rules rely on. */
class ManifestConsistencyTest {
  private static final Catalog CATALOG = ManifestReader.read(Path.of("src/main/actions"));
  private static final Pattern KEBAB_OR_SNAKE = Pattern.compile("[A-Za-z][A-Za-z0-9]*([-_][A-Za-z0-9]+)*");

  @Test
  void everyInputAndOutputNameIsAValidKebabOrSnakeName() {
    for (Manifest m : CATALOG.actions()) {
      assertThat(m.inputs()).as(m.file()).allSatisfy(i -> assertThat(i.name()).matches(KEBAB_OR_SNAKE));
      assertThat(m.outputs()).as(m.file()).allSatisfy(o -> assertThat(o.name()).matches(KEBAB_OR_SNAKE));
    }
  }

  @Test
  void enumDefaultsAreAmongTheirValues() {
    List<Input> enums = CATALOG.actions().stream().flatMap(m -> m.inputs().stream())
        .filter(i -> i.type() == Type.ENUM).toList();

    assertThat(enums).isNotEmpty().allSatisfy(i -> {
      assertThat(i.values()).as(i.name()).isNotEmpty().doesNotHaveDuplicates();
      if (i.defaultValue() != null) assertThat(i.values()).as(i.name()).contains(i.defaultValue());
    });
  }

  @Test
  void everyActionIsPinnedToAFullCommitShaAndNamesItsTag() {
    assertThat(CATALOG.actions()).allSatisfy(m -> {
      assertThat(m.sha()).as(m.file()).matches("[0-9a-f]{40}");
      assertThat(m.version()).as(m.file()).matches("v\\d+\\.\\d+\\.\\d+");
    });
  }

  @Test
  void everyManifestSaysWhatTheActionRunsOn() {
    assertThat(CATALOG.actions()).allSatisfy(m -> assertThat(m.runtime()).as(m.file()).isIn("node20", "node24",
        "composite", "docker"));
  }

  @Test
  void theTwentyFiveSupportedActionsAreBoundOnceEach() {
    assertThat(CATALOG.actions()).extracting(Manifest::action).containsExactlyInAnyOrder(
        "actions/checkout", "actions/setup-python", "actions/setup-node", "actions/setup-java", "actions/cache",
        "actions/upload-artifact", "actions/download-artifact", "actions/dependency-review-action",
        "actions/github-script", "codecov/codecov-action", "aquasecurity/trivy-action", "softprops/action-gh-release",
        "aws-actions/configure-aws-credentials", "aws-actions/amazon-ecr-login",
        "aws-actions/amazon-ecs-deploy-task-definition", "aws-actions/amazon-ecs-render-task-definition",
        "docker/build-push-action", "docker/setup-buildx-action", "docker/login-action", "docker/metadata-action",
        "slackapi/slack-github-action", "github/codeql-action/init", "github/codeql-action/analyze",
        "github/codeql-action/autobuild", "pypa/gh-action-pip-audit");
  }

  @Test
  void everyActionThePolicyRulesRefuseHasABoundReplacement() {
    List<String> bound = CATALOG.actions().stream().map(Manifest::action).toList();

    assertThat(DeprecatedActions.all()).isNotEmpty()
        .allSatisfy(d -> assertThat(bound).as(d.action()).contains(d.replacement()));
  }

  @Test
  void summariesAreShortSingleLines() {
    assertThat(CATALOG.actions().stream().flatMap(m -> m.inputs().stream()).map(Input::summary)
        .filter(s -> s != null)).allSatisfy(s -> assertThat(s).hasSizeLessThanOrEqualTo(110).doesNotContain("\n"));
  }

  @Test
  void deprecatedInputsSayWhatToDoInstead() {
    List<Input> deprecated = CATALOG.actions().stream().flatMap(m -> m.inputs().stream())
        .filter(i -> i.deprecated() != null).toList();

    assertThat(deprecated).extracting(Input::name).contains("save-always", "jdkFile", "add-snippets");
    assertThat(deprecated).allSatisfy(i -> assertThat(i.deprecated()).isNotBlank());
  }
}
