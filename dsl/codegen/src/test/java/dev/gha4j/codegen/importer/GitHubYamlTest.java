package dev.gha4j.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GitHubYamlTest {

  @Test
  void plainScalarsFollowTheYaml12CoreSchemaLikeGitHub() {
    JsonNode n = GitHubYaml.read("""
        a: True
        b: FALSE
        c: ~
        d: Null
        e: 0x1F
        f: 0o17
        g: +5
        h: 'True'
        i: "~"
        j: yes
        k: on
        """);

    assertThat(n.get("a").booleanValue()).isTrue();
    assertThat(n.get("b").isBoolean()).isTrue();
    assertThat(n.get("b").booleanValue()).isFalse();
    assertThat(n.get("c").isNull()).isTrue();
    assertThat(n.get("d").isNull()).isTrue();
    assertThat(n.get("e").longValue()).isEqualTo(31);
    assertThat(n.get("f").longValue()).isEqualTo(15);
    assertThat(n.get("g").longValue()).isEqualTo(5);
    assertThat(n.get("h").stringValue()).isEqualTo("True");
    assertThat(n.get("i").stringValue()).isEqualTo("~");
    assertThat(n.get("j").stringValue()).as("YAML 1.1 booleans are text in 1.2").isEqualTo("yes");
    assertThat(n.get("k").stringValue()).isEqualTo("on");
  }

  @Test
  void anEmptyValueIsNull() {
    assertThat(GitHubYaml.read("on:\n  push:\n").get("on").get("push").isNull()).isTrue();
  }

  @Test
  void aliasesAreExpanded() {
    JsonNode n = GitHubYaml.read("a: &steps [x, y]\nb: *steps\n");

    assertThat(n.get("b")).isEqualTo(n.get("a"));
    assertThat(n.get("b").get(1).stringValue()).isEqualTo("y");
  }

  @Test
  void mergeKeysAreRefusedBecauseGitHubDoesNotSupportThem() {
    assertThatThrownBy(() -> GitHubYaml.read("base: &b {x: 1}\njob:\n  <<: *b\n  y: 2\n"))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("merge keys ('<<') are not supported by GitHub Actions")
        .extracting(e -> ((ImportException) e).line()).isEqualTo(3);
  }

  @Test
  void aKeyTwiceInOneMappingIsRefused() {
    assertThatThrownBy(() -> GitHubYaml.read("on: push\non: pull_request\n"))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("on");
  }

  @Test
  void brokenYamlIsReportedWithItsLine() {
    assertThatThrownBy(() -> GitHubYaml.read("jobs:\n  a: [unclosed\n"))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("not valid workflow YAML")
        .extracting(e -> ((ImportException) e).line()).isEqualTo(3);
  }
}
