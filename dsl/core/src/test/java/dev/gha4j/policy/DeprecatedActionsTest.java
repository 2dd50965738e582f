package dev.gha4j.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gha4j.policy.DeprecatedActions.Entry;
import org.junit.jupiter.api.Test;

class DeprecatedActionsTest {

  @Test
  void theResourceListsTheFourRefusedActions() {
    assertThat(DeprecatedActions.all()).extracting(Entry::action).containsExactly(
        "8398a7/action-slack", "actions/create-release", "actions/upload-release-asset", "aws-actions/configure-aws");
    assertThat(DeprecatedActions.all()).allSatisfy(e -> assertThat(e.reason()).doesNotEndWith("."));
  }

  @Test
  void rawUsesValuesAreLookedUpIgnoringCaseAndRef() {
    assertThat(DeprecatedActions.find("actions/create-release@v1")).hasValueSatisfying(e -> {
      assertThat(e.action()).isEqualTo("actions/create-release");
      assertThat(e.replacement()).isEqualTo("softprops/action-gh-release");
    });
    assertThat(DeprecatedActions.find("8398A7/Action-Slack@v3")).map(Entry::action).contains("8398a7/action-slack");
    assertThat(DeprecatedActions.find("actions/upload-release-asset")).isPresent();
  }

  @Test
  void actionsInsideARefusedRepositoryAreRefusedToo() {
    assertThat(DeprecatedActions.find("actions/create-release/sub@v1")).map(Entry::action)
        .contains("actions/create-release");
  }

  @Test
  void namesThatOnlyShareAPrefixAreNotRefused() {
    assertThat(DeprecatedActions.find("aws-actions/configure-aws-credentials@v6")).isEmpty();
    assertThat(DeprecatedActions.find("actions/checkout@v4")).isEmpty();
    assertThat(DeprecatedActions.find("./.github/actions/create-release")).isEmpty();
  }

  @Test
  void aMissingResourceFailsNamingIt() {
    assertThatThrownBy(() -> DeprecatedActions.load("dev/gha4j/policy/no-such-file.yml"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("gha4j resource dev/gha4j/policy/no-such-file.yml is missing from the classpath");
  }

  @Test
  void aMisspelledKeyFailsNamingTheFormat() {
    assertThatThrownBy(() -> DeprecatedActions.load("dev/gha4j/policy/deprecated-misspelled.yml"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("gha4j resource dev/gha4j/policy/deprecated-misspelled.yml is not a list of "
            + "{action, replacement, reason}")
        .hasMessageContaining("replacment");
  }

  @Test
  void anEntryWithoutReasonFails() {
    assertThatThrownBy(() -> DeprecatedActions.load("dev/gha4j/policy/deprecated-no-reason.yml"))
        .hasMessageContaining("every entry needs action, replacement and reason");
  }

  @Test
  void anActionListedTwiceIgnoringCaseFails() {
    assertThatThrownBy(() -> DeprecatedActions.load("dev/gha4j/policy/deprecated-twice.yml"))
        .hasMessageEndingWith(": Octo/Old is listed twice");
  }
}
