package dev.gha4j.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RuleCatalogueTest {

  /** Ids of rules that became validator checks; never given to another rule. */
  private static final java.util.Set<String> RETIRED = java.util.Set.of("GHA012");

  @Test
  void idsAreSequentialInDeclarationOrderAndNamesUnique() {
    Rule[] rules = Rule.values();
    int number = 1;
    for (Rule rule : rules) {
      while (RETIRED.contains(String.format("GHA%03d", number))) number++;
      assertThat(rule.id()).isEqualTo(String.format("GHA%03d", number++));
      assertThat(Rule.byId(rule.id())).isSameAs(rule);
    }
    RETIRED.forEach(id -> assertThat(Rule.byId(id)).isNull());
    assertThat(Arrays.stream(rules).map(Rule::title).distinct()).hasSize(rules.length);
    assertThat(Rule.byId("GHA999")).isNull();
  }

  // The docs table is the reference users read; it must say what the code does.
  @Test
  void docsTableMatchesTheRules() throws IOException {
    String docs = Files.readString(Path.of("..", "..", "docs", "policies.md"));
    assertThat(docs).contains(table());
  }

  static String table() {
    String rows = Arrays.stream(Rule.values())
        .map(r -> "| " + String.join(" | ", r.id(), "`" + r.title() + "`", r.severity().name().toLowerCase(Locale.ROOT),
            cell(r.what()), cell(r.why()), cell(r.fix())) + " |")
        .collect(Collectors.joining("\n"));
    return "| Id | Rule | Severity | What it finds | Why | Fix |\n|---|---|---|---|---|---|\n" + rows + "\n";
  }

  private static String cell(String markdown) {
    return markdown.replace("|", "\\|");
  }
}
