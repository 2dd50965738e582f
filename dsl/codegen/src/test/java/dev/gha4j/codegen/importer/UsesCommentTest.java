package dev.gha4j.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsesCommentTest {
  @ParameterizedTest(name = "''{0}''")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      " v4.2.2                                   | v4.2.2       | -",
      "v6.1.0                                    | v6.1.0       | -",
      " 4.2.2                                    | 4.2.2        | -",
      " tag=v4.2.2                               | v4.2.2       | -",
      " tag: v4.2.2                              | v4.2.2       | -",
      " version: v4                              | v4           | -",
      " pin@v4                                   | v4           | -",
      " ratchet:actions/checkout@v4              | v4           | -",
      " release/v1                               | release/v1   | -",
      " v4.2.2 # zizmor: ignore[cache-poisoning] | v4.2.2       | # zizmor: ignore[cache-poisoning]",
      " v7.0.0 (see #123)                        | v7.0.0       | (see #123)",
      " zizmor: ignore[cache-poisoning]          | -            | zizmor: ignore[cache-poisoning]",
      " pin to v7.0.0 (see #123)                 | -            | pin to v7.0.0 (see #123)",
      " stable                                   | -            | stable",
      " TODO: pin                                | -            | TODO: pin",
  })
  void aVersionInAnyCommonFormIsReadAndAnythingElseIsKept(String comment, String version, String rest) {
    assertThat(UsesComment.of(comment)).isEqualTo(new UsesComment(version, rest));
  }

  @ParameterizedTest(name = "no-break space {index}")
  @CsvSource({"'\u00a0v7.0.0', v7.0.0", "'\u00a0\u00a0tag=v7.0.0\u00a0', v7.0.0"})
  void noBreakSpacesAroundTheVersionAreBlanks(String comment, String version) {
    assertThat(UsesComment.of(comment)).isEqualTo(new UsesComment(version, null));
  }
}
