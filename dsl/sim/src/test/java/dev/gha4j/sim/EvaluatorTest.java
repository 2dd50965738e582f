package dev.gha4j.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The evaluator against GitHub's documented expression semantics
 * (docs.github.com/en/actions/reference/workflows-and-actions/expressions).
 */
class EvaluatorTest {

  private final Evaluator ev = Evaluator.of(Value.dictionary(Map.of(
      "github", Map.of(
          "ref", "refs/heads/main",
          "run_number", 42,
          "event", Map.of(
              "commits", List.of(
                  Map.of("message", "fix", "author", Map.of("name", "Ada")),
                  Map.of("message", "feat", "author", Map.of("name", "Linus"))),
              "labels", List.of("bug", "Urgent"))),
      "env", Map.of("STAGE", "staging", "EMPTY", ""))));

  /** The value as a plain Java value, to compare with literals. */
  private Object eval(String text) {
    return JavaValues.of(ev.evaluate(text));
  }

  @Test
  void literals() {
    assertThat(eval("'it''s'")).isEqualTo("it's");
    assertThat(eval("0x10")).isEqualTo(16.0);
    assertThat(eval("-2.5")).isEqualTo(-2.5);
    assertThat(eval("null")).isNull();
    assertThat(eval("true")).isEqualTo(true);
  }

  @Test
  void stringEqualityIgnoresCase() {
    // "GitHub ignores case when comparing strings."
    assertThat(eval("github.ref == 'REFS/HEADS/MAIN'")).isEqualTo(true);
    assertThat(eval("'abc' != 'ABD'")).isEqualTo(true);
  }

  @Test
  void mismatchedTypesAreCoercedToNumbers() {
    // "If the types do not match, GitHub coerces the type to a number": null→0, true→1,
    // strings parsed as JSON numbers ('' → 0), anything else NaN.
    assertThat(eval("null == 0")).isEqualTo(true);
    assertThat(eval("true == 1")).isEqualTo(true);
    assertThat(eval("'1' == 1")).isEqualTo(true);
    assertThat(eval("' 1.50 ' == 1.5")).isEqualTo(true);
    assertThat(eval("'' == 0")).isEqualTo(true);
    assertThat(eval("'' == false")).isEqualTo(true);
    assertThat(eval("'0x1F' == 31")).isEqualTo(true);
    assertThat(eval("'abc' == 0")).isEqualTo(false);
    assertThat(eval("github.run_number == '42'")).isEqualTo(true);
    // Two strings are compared as strings, not numbers.
    assertThat(eval("'1.0' == '1'")).isEqualTo(false);
  }

  @Test
  void nanIsNotEqualToAnything() {
    assertThat(eval("NaN == NaN")).isEqualTo(false);
    assertThat(eval("NaN != NaN")).isEqualTo(true);
    assertThat(eval("'abc' == NaN")).isEqualTo(false);
    assertThat(eval("NaN < 1 || NaN >= 1")).isEqualTo(false);
  }

  @Test
  void objectsAreEqualOnlyToThemselves() {
    assertThat(eval("github.event == github.event")).isEqualTo(true);
    assertThat(eval("fromJSON('[]') == fromJSON('[]')")).isEqualTo(false);
  }

  @Test
  void logicalOperatorsReturnOperands() {
    assertThat(eval("env.STAGE && 'yes'")).isEqualTo("yes");
    assertThat(eval("env.EMPTY && 'yes'")).isEqualTo("");
    assertThat(eval("env.EMPTY || 'fallback'")).isEqualTo("fallback");
    assertThat(eval("env.STAGE || 'fallback'")).isEqualTo("staging");
    assertThat(eval("0 || null")).isNull();
  }

  @Test
  void falsyValues() {
    for (String falsy : List.of("false", "0", "-0", "''", "null", "NaN", "env.MISSING")) {
      assertThat(eval("!" + falsy)).as(falsy).isEqualTo(true);
    }
    for (String truthy : List.of("'false'", "'0'", "1", "fromJSON('[]')", "fromJSON('{}')", "github")) {
      assertThat(eval("!" + truthy)).as(truthy).isEqualTo(false);
    }
  }

  @Test
  void comparisons() {
    assertThat(eval("'a' < 'B'")).isEqualTo(true);
    assertThat(eval("'10' > 9")).isEqualTo(true);
    assertThat(eval("2 <= 2 && 3 >= 2 && !(3 < 2)")).isEqualTo(true);
    assertThat(eval("github.event < 1")).isEqualTo(false);
  }

  @Test
  void propertiesIgnoreCaseAndMissingPathsAreNull() {
    assertThat(eval("github.REF")).isEqualTo("refs/heads/main");
    assertThat(eval("env.stage")).isEqualTo("staging");
    assertThat(eval("github.event.nothing.deeper")).isNull();
    assertThat(eval("steps.build.outputs.image")).isNull();
    assertThat(eval("github['ref']")).isEqualTo("refs/heads/main");
  }

  @Test
  void indexAndFilter() {
    assertThat(eval("github.event.labels[1]")).isEqualTo("Urgent");
    assertThat(eval("github.event.labels[5]")).isNull();
    assertThat(eval("github.event.commits.*.author.name")).isEqualTo(List.of("Ada", "Linus"));
    assertThat(eval("join(github.event.commits.*.message, ' + ')")).isEqualTo("fix + feat");
    assertThat(eval("fromJSON('{\"a\":1,\"b\":2}').*")).isEqualTo(List.of(1.0, 2.0));
  }

  @Test
  void containsStartsWithEndsWithIgnoreCase() {
    assertThat(eval("contains(github.ref, 'HEADS')")).isEqualTo(true);
    assertThat(eval("contains(github.event.labels, 'urgent')")).isEqualTo(true);
    assertThat(eval("contains(github.event.labels, 'feature')")).isEqualTo(false);
    assertThat(eval("contains(fromJSON('[1, 2]'), '2')")).isEqualTo(true);
    assertThat(eval("startsWith(github.ref, 'Refs/Heads/')")).isEqualTo(true);
    assertThat(eval("endsWith(github.ref, '/MAIN')")).isEqualTo(true);
    assertThat(eval("startsWith(github.ref, 'refs/tags/')")).isEqualTo(false);
  }

  @Test
  void format() {
    assertThat(eval("format('{0}-{1}-{0}', 'a', 42)")).isEqualTo("a-42-a");
    assertThat(eval("format('{{{0}}}', 'x')")).isEqualTo("{x}");
    // GitHub's format() writes an array as "Array" and an object as "Object", never as JSON.
    assertThat(eval("format('{0} {1}', fromJSON('[\"a\"]'), github.event)")).isEqualTo("Array Object");
    assertThatThrownBy(() -> eval("format('{1}', 'x')")).isInstanceOf(EvaluationException.class)
        .hasMessageContaining("reads {1} but has only 1 argument");
    assertThatThrownBy(() -> eval("format('{x}', 'x')")).isInstanceOf(EvaluationException.class)
        .hasMessageContaining("invalid placeholder");
    assertThatThrownBy(() -> eval("format('a}b')")).isInstanceOf(EvaluationException.class);
  }

  @Test
  void join() {
    assertThat(eval("join(github.event.labels)")).isEqualTo("bug,Urgent");
    assertThat(eval("join('text', '-')")).isEqualTo("text");
  }

  @Test
  void toJsonIsIndentedLikeGitHub() {
    assertThat(eval("toJSON(fromJSON('{\"a\":[1,true,null],\"b\":{},\"c\":\"x\\\"y\"}'))")).isEqualTo("""
        {
          "a": [
            1,
            true,
            null
          ],
          "b": {},
          "c": "x\\"y"
        }""");
    assertThat(eval("toJSON('text')")).isEqualTo("\"text\"");
  }

  @Test
  void fromJsonGivesTypedValues() {
    assertThat(eval("fromJSON('3') == 3")).isEqualTo(true);
    assertThat(eval("fromJSON('true')")).isEqualTo(true);
    assertThat(eval("fromJSON('{\"Key\":\"v\"}').key")).isEqualTo("v");
    assertThatThrownBy(() -> eval("fromJSON('not json')")).isInstanceOf(EvaluationException.class)
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void hashFilesIsFakeDeterministicAndConfigurable() {
    Object first = eval("hashFiles('**/requirements.txt')");
    assertThat(first).isEqualTo(eval("hashFiles('**/requirements.txt')")).asString().hasSize(64);
    assertThat(first).isNotEqualTo(eval("hashFiles('**/package-lock.json')"));
    Evaluator custom = ev.hashFiles(patterns -> "hash-of-" + String.join("+", patterns));
    assertThat(custom.evaluate("hashFiles('a', 'b')")).isEqualTo(Value.of("hash-of-a+b"));
  }

  @Test
  void interpolationRendersValuesAsText() {
    assertThat(ev.interpolate("v${{ github.run_number }} on ${{ github.ref }}${{ env.MISSING }}."))
        .isEqualTo("v42 on refs/heads/main.");
    assertThat(ev.interpolate("${{ 1.5 }} ${{ 0.10 }} ${{ true }} ${{ null }}|")).isEqualTo("1.5 0.1 true |");
    assertThat(ev.interpolate("${{ format('}}') }}!")).isEqualTo("}!");
    // Mixed text is format() on GitHub: containers read Array and Object.
    assertThat(ev.interpolate("echo ${{ github.event.labels }} ${{ github.event }}")).isEqualTo("echo Array Object");
    // A value that is one whole array is not text on GitHub: an error, not silent JSON.
    assertThatThrownBy(() -> ev.interpolate("${{ fromJSON('[1]') }}")).isInstanceOf(EvaluationException.class)
        .hasMessageContaining("is an array, where GitHub needs text; write toJSON(...)");
  }

  @Test
  void numbersAreFormattedLikeGitHub() {
    // GitHub prints numbers with .NET's "G15" format.
    assertThat(Value.of(42).asText()).isEqualTo("42");
    assertThat(Value.of(0.1 + 0.2).asText()).isEqualTo("0.3");
    assertThat(Value.of(1e20).asText()).isEqualTo("1E+20");
    assertThat(Value.of(123456789012345.0).asText()).isEqualTo("123456789012345");
    assertThat(Value.of(0.00001).asText()).isEqualTo("1E-05");
    assertThat(Value.of(0.0001).asText()).isEqualTo("0.0001");
    assertThat(Value.of(-2.5).asText()).isEqualTo("-2.5");
  }

  @Test
  void resolveKeepsTheTypeOfOneWholeExpression() {
    assertThat(ev.resolve("${{ fromJSON('[\"a\",\"b\"]') }}")).isEqualTo(Value.array("a", "b"));
    assertThat(ev.resolve("x-${{ github.run_number }}")).isEqualTo(Value.of("x-42"));
  }

  @Test
  void typedValuesReadLikeTheDomain() {
    Value labels = ev.evaluate("github.event.labels");
    assertThat(labels.kind()).isEqualTo(Value.Kind.ARRAY);
    assertThat(labels.get(1)).isEqualTo(Value.of("Urgent"));
    assertThat(ev.evaluate("github").get("REF").asText()).isEqualTo("refs/heads/main");
    assertThat(ev.evaluate("github.run_number")).isEqualTo(Value.of(42));
    assertThat(ev.evaluate("github.event.commits.*.author.name")).isEqualTo(Value.array("Ada", "Linus"));
    assertThat(Value.from(List.of(1, "a", true)).toJson()).isEqualTo("[\n  1,\n  \"a\",\n  true\n]");
  }
}
