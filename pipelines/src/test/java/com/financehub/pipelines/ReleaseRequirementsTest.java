package com.financehub.pipelines;

import static com.financehub.pipelines.Yaml.job;
import static com.financehub.pipelines.Yaml.step;
import static com.financehub.pipelines.Yaml.uses;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.actions.GhRelease;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** REL-1 of REQUIREMENTS.md, asserted on the committed release.yml. */
class ReleaseRequirementsTest {
  private final JsonNode release = Yaml.workflow("release.yml");

  @Test
  void rel1_aPushedVersionTagPublishesAReleaseWithGeneratedNotes() {
    assertThat(release.path("on").propertyNames()).containsExactly("push");
    assertThat(release.at("/on/push").propertyNames()).containsExactly("tags");
    assertThat(release.at("/on/push/tags").values()).extracting(JsonNode::asString).containsExactly("v*");

    assertThat(release.path("permissions").propertyNames()).containsExactly("contents");
    assertThat(release.at("/permissions/contents").asString()).isEqualTo("read");
    assertThat(release.path("jobs").propertyNames()).containsExactly("release");
    JsonNode job = job(release, "release");
    assertThat(job.path("permissions").propertyNames()).containsExactly("contents");
    assertThat(job.at("/permissions/contents").asString()).isEqualTo("write");
    assertThat(job.path("timeout-minutes").asInt()).isPositive();

    JsonNode create = step(job, uses("softprops/action-gh-release"), "action-gh-release");
    assertThat(create.path("uses").asString()).isEqualTo(GhRelease.REF.uses());
    assertThat(GhRelease.REF.version()).startsWith("v3.");
    assertThat(create.at("/with/generate_release_notes").asBoolean()).isTrue();
  }
}
