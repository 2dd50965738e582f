package dev.gha4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An action pinned by commit; its version ends up in a YAML comment, so it must stay one line. */
class ActionRefTest {
  private static final String SHA = "11bd71901bbe5b1630ceea73d27597364c9af683";

  @Test
  void usesIsRepositoryAtSha() {
    assertThat(new ActionRef("github/codeql-action/init", SHA, "v3.28.0").uses())
        .isEqualTo("github/codeql-action/init@" + SHA);
  }

  @ParameterizedTest
  @ValueSource(strings = {"v4", "v4.2.2", "release-2024.1", "v1.0.0+build.5", "codeql-bundle/v2.20.0", "v2@beta"})
  void versionsAsTagsSpellThem(String version) {
    assertThat(new ActionRef("actions/checkout", SHA, version).version()).isEqualTo(version);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "v4\npermissions: write-all", "v4 # latest", "v4\r", "v4\u2028x"})
  void aVersionThatWouldBreakTheCommentIsRefused(String version) {
    assertThatThrownBy(() -> new ActionRef("actions/checkout", SHA, version))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("version '" + version + "' must name the tag, e.g. v4.2.1 (letters, digits and . _ + / @ -)");
  }

  @Test
  void theShaMustBeFull() {
    assertThatThrownBy(() -> new ActionRef("actions/checkout", "11bd719", "v4"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("'11bd719' is not a full 40-hex commit SHA");
  }
}
