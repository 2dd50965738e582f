package dev.gha4j.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Workflow text placed in Markdown. */
class MarkdownTest {
  @Test
  void aCodeSpanIsFencedLongerThanAnyBacktickRunInside() {
    assertThat(Markdown.code("deploy")).isEqualTo("`deploy`");
    assertThat(Markdown.code("a`b")).isEqualTo("``a`b``");
    assertThat(Markdown.code("a``b`")).isEqualTo("``` a``b` ```");
    assertThat(Markdown.code("two\nlines")).isEqualTo("`two lines`");
  }

  @Test
  void textEscapesEveryPunctuationCharacter() {
    assertThat(Markdown.text("*a* _b_ [c](d) <e> #f")).isEqualTo("\\*a\\* \\_b\\_ \\[c\\]\\(d\\) \\<e\\> \\#f");
    assertThat(Markdown.text("Déploiement\nsuite")).isEqualTo("Déploiement suite");
  }
}
