package dev.gha4j.codegen.manifests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Names of a new binding, and action names. */
class BindingNamesTest {
  private static String className(String action, String... taken) {
    return BindingNames.className(ActionName.parse(action), Set.of(taken));
  }

  @Test
  void classNamesDropTheWordsThatSayAction() {
    assertThat(className("acme/hello")).isEqualTo("Hello");
    assertThat(className("aquasecurity/trivy-action")).isEqualTo("Trivy");
    assertThat(className("softprops/action-gh-release")).isEqualTo("GhRelease");
    assertThat(className("pypa/gh-action-pip-audit")).isEqualTo("PipAudit");
    assertThat(className("slackapi/slack-github-action")).isEqualTo("Slack");
    assertThat(className("github/codeql-action/init")).isEqualTo("CodeqlInit");
    assertThat(className("actions/setup-node")).isEqualTo("SetupNode");
    assertThat(className("acme/step")).as("a name the class refers to").isEqualTo("AcmeStep");
    assertThat(className("octo/1password")).as("not a Java name alone").isEqualTo("Octo1password");
  }

  @Test
  void aTakenClassNameGetsTheOwnerInFrontAndThenAsksForOne() {
    assertThat(className("acme/setup-node", "SetupNode")).isEqualTo("AcmeSetupNode");
    assertThatThrownBy(() -> className("acme/setup-node", "SetupNode", "AcmeSetupNode"))
        .hasMessage("no free class name for acme/setup-node (SetupNode and AcmeSetupNode are taken); choose one: "
            + "CLASS=<UpperCamelCase name>");
  }

  @Test
  void inputsNamedLikeBindingMethodsOrKeywordsGetInputAdded() {
    assertThat(BindingNames.inputMethod("fetch-depth", Set.of())).isEqualTo("fetchDepth");
    assertThat(BindingNames.inputMethod("name", Set.of())).isEqualTo("nameInput");
    assertThat(BindingNames.inputMethod("class", Set.of())).isEqualTo("classInput");
    assertThat(BindingNames.inputMethod("fetch_depth", Set.of("fetchDepth"))).isEqualTo("fetchDepthInput");
    assertThat(BindingNames.outputMethod("hash-code", Set.of())).isEqualTo("hashCodeOutput");
  }

  @Test
  void actionNames() {
    assertThat(ActionName.parse("github/codeql-action/init")).isEqualTo(
        new ActionName("github", "codeql-action", "init"));
    assertThat(ActionName.parse("github/codeql-action/init").manifestFile()).isEqualTo("github__codeql-action__init.yml");
    assertThat(ActionName.parse("github/codeql-action/init").isSelectedBy("GitHub/CodeQL-Action")).isTrue();
    assertThatThrownBy(() -> ActionName.parse("acme/hello/../secrets")).hasMessageStartingWith(
        "'acme/hello/../secrets' is not an action name");
  }
}
