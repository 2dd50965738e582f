package dev.gha4j.codegen.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading {@code git ls-remote --tags} and ordering releases. */
class TagsTest {
  private static final String A = "a".repeat(40);
  private static final String B = "b".repeat(40);
  private static final String C = "c".repeat(40);
  private static final String D = "d".repeat(40);

  @Test
  void anAnnotatedTagResolvesToThePeeledCommitAndALightweightOneToItsOwnObject() {
    Tags tags = Tags.parse(A + "\trefs/tags/v1.0.0\n" + B + "\trefs/tags/v1.1.0\n" + C + "\trefs/tags/v1.1.0^{}\n");

    assertThat(tags.commit("v1.0.0")).contains(A);
    assertThat(tags.commit("v1.1.0")).contains(C);
    assertThat(tags.commit("v9")).isEmpty();
  }

  @Test
  void releasesAreOrderedByNumberNotByText() {
    Tags tags = Tags.parse(A + "\trefs/tags/v1.9.0\n" + B + "\trefs/tags/v1.10.0\n" + C + "\trefs/tags/v2.0.0-rc.1\n"
        + D + "\trefs/tags/v2\n" + D + "\trefs/tags/latest\n");

    assertThat(tags.newest()).map(Version::tag).contains("v1.10.0");
    assertThat(tags.releases()).extracting(Version::tag).containsExactly("v1.10.0", "v1.9.0");
  }

  @Test
  void newestInTheSameMajorAndOverall() {
    Tags tags = Tags.parse(A + "\trefs/tags/v1.2.0\n" + B + "\trefs/tags/v1.3.1\n" + C + "\trefs/tags/v2.0.0\n");

    assertThat(tags.newestInMajor(1)).map(Version::tag).contains("v1.3.1");
    assertThat(tags.newestInMajor(3)).isEmpty();
    assertThat(tags.newest()).map(Version::tag).contains("v2.0.0");
    assertThat(Version.majorOf("v4")).hasValue(4);
    assertThat(Version.majorOf("v4.1")).hasValue(4);
    assertThat(Version.majorOf("main")).isEmpty();
  }

  @Test
  void theTagWithAVWinsOverTheSameNumbersWithout() {
    Tags tags = Tags.parse(A + "\trefs/tags/0.35.0\n" + A + "\trefs/tags/v0.35.0\n");

    assertThat(tags.newest()).map(Version::tag).contains("v0.35.0");
  }

  @Test
  void messagesNameTheNewestReleases() {
    assertThat(Tags.parse(A + "\trefs/tags/v1.0.0\n" + B + "\trefs/tags/v1.1.0\n").newestNames(5))
        .isEqualTo("v1.1.0, v1.0.0");
    assertThat(Tags.parse("").newestNames(5)).isEqualTo("none (no vX.Y.Z tags)");
  }
}
