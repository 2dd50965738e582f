package dev.gha4j.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.model.Job;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Quotes only where YAML needs them; every value still parses back to itself. */
class GitHubQuotingTest {

  /** How {@code value} is written as the value of {@code env: {A: ...}}, and a check that it reads back. */
  private static String written(String value) {
    Workflow w = Workflow.builder("w").on(Trigger.push()).env("A", value)
        .jobs(Job.builder("b").runsOn("ubuntu-latest").steps(Step.run("make")).build()).build();
    String yaml = WorkflowYaml.render(w, List.of());
    assertThat(WorkflowYaml.parse(yaml).at("/env/A").stringValue()).isEqualTo(value);
    return yaml.substring(yaml.indexOf("\nenv:\n  A: ") + "\nenv:\n  A: ".length(), yaml.indexOf("\n\njobs:"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "main", "ubuntu-latest", "releases/**", "v*", "${{ github.sha }}", "echo ${{ matrix.os }}",
      "ci-${{ github.ref }}", "a:b", "a#b", "https://example.com/x?y=1#z", "postgres:15", "hello world",
      "It's fine", "say \"hi\"", "50%", "a - b", "é", "\uD83D\uDE80 launch"})
  void plainWhereAPersonWouldWriteItPlain(String value) {
    assertThat(written(value)).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "yes", "No", "ON", "off", "y", "N", "true", "False", "null", "NULL", "~", "<<", "=",
      "1", "3.11", "-1", "+1", "0x1F", "0o17", "0b101", "1e3", ".5", "1_000", "12:30", "190:20:30", "2001-12-14",
      "2001-12-14 21:59:43.10 -5", ".inf", "-.Inf", ".NaN",
      "", " lead", "trail ", "\ttab", "*alias", "&anchor", "!tag", "|", ">", "%YAML", "@at", "`cmd`", "#comment",
      "- item", "? key", ": colon", "a: b", "a #b", "ends:", "{}", "[]", "{a}", "[a]", "'quoted'", "\"quoted\"",
      ",comma", "---", "-"})
  void doubleQuotedWhereYamlWouldMisreadIt(String value) {
    assertThat(written(value)).startsWith("\"").endsWith("\"");
  }

  @Test
  void theDocumentEndMarkerIsSingleQuotedBySnakeYaml() {
    assertThat(written("...")).isEqualTo("'...'");
    assertThat(written("... more")).isEqualTo("'... more'");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "a\\u0000b      | \"a\\0b\"",
      "a\\u0007b      | \"a\\ab\"",
      "a\\rb          | \"a\\rb\"",
      "tab\\tin       | \"tab\\tin\"",
      "x\\u0085y      | \"x\\Ny\"",
      "\\u007f        | \"\\x7f\"",
      "\\u009f        | \"\\x9f\""})
  void controlCharactersAreEscapedInDoubleQuotes(String javaEscaped, String expected) {
    assertThat(written(unescape(javaEscaped))).isEqualTo(expected);
  }

  @Test
  void multiLineTextIsALiteralBlockWithTheRightChomping() {
    assertThat(written("one\ntwo")).isEqualTo("|-\n    one\n    two");
    assertThat(written("one\ntwo\n")).isEqualTo("|\n    one\n    two");
    assertThat(written("  indented\nnot")).isEqualTo("|2-\n      indented\n    not");
  }

  @Test
  void multiLineTextALiteralBlockCannotCarryIsDoubleQuoted() {
    assertThat(written("a\n\u0085")).isEqualTo("\"a\\n\\N\"");   // a NEL at a line start read as a break
    assertThat(written("a\n\n")).isEqualTo("\"a\\n\\n\"");        // |+ would swallow the blank line after it
    assertThat(written("\n")).isEqualTo("\"\\n\"");
    assertThat(written("a\r\nb")).isEqualTo("\"a\\r\\nb\"");
    assertThat(written("trailing \nspace")).isEqualTo("\"trailing \\nspace\"");
    assertThat(written("a\n\u0000")).isEqualTo("\"a\\n\\0\"");
  }

  @Test
  void keysAreQuotedByTheSameRulesExceptOn() {
    Workflow w = Workflow.builder("w").on(Trigger.push()).env("on", "1").env("ON", "2").env("y", "3").env("a b", "4")
        .jobs(Job.builder("b").runsOn("ubuntu-latest").steps(Step.run("make")).build()).build();
    assertThat(WorkflowYaml.render(w, List.of())).contains("""
        env:
          on: "1"
          "ON": "2"
          "y": "3"
          a b: "4"
        """);
  }

  private static String unescape(String javaEscaped) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < javaEscaped.length(); i++) {
      char c = javaEscaped.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char kind = javaEscaped.charAt(++i);
      switch (kind) {
        case 'u' -> {
          out.append((char) Integer.parseInt(javaEscaped.substring(i + 1, i + 5), 16));
          i += 4;
        }
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'n' -> out.append('\n');
        default -> out.append(kind);
      }
    }
    return out.toString();
  }
}
