package dev.gha4j.expr;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mistakes in expression text: each message names the column and what is wrong. */
class ExprSyntaxTest {

  /** Columns are where GitHub's parser reports the same mistake (its "Located at position N"). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "github.sha ==                                           | 12 | expression ends too early after '=='",
      "github.sha foo                                          | 12 | unexpected 'foo'",
      "github.sha]                                             | 11 | unexpected ']'",
      "(github.sha                                             | 9  | expression ends too early after 'sha'",
      "fromJSON(inputs.x)[0                                    | 20 | expression ends too early after '0'",
      "contains(github.ref 'x')                                | 21 | unexpected string 'x'",
      "'it''s                                                  | 1  | string literal is not closed",
      "github.                                                 | 7  | expression ends too early after '.'",
      "github.é                                                | 8  | unexpected 'é'",
      "github.event.1                                          | 14 | unexpected '1'",
      "== github.sha                                           | 1  | unexpected '=='",
      "github.ref = 'main'                                     | 12 | unexpected '='",
      "1.2.3                                                   | 1  | '1.2.3' is not a number",
      "0xZ                                                     | 1  | '0xZ' is not a number",
      "-0xFF                                                   | 1  | '-0xFF' is not a number",
      "-Inf                                                    | 1  | '-Inf' is not a number",
      "1 2                                                     | 3  | unexpected '2'",
      "'a'[0]                                                  | 4  | unexpected '['",
      "gihub.sha                                               | 1  | unknown context 'gihub' (known: env, github, inputs, job, jobs, matrix, needs, runner, secrets, steps, strategy, vars)",
      "env.A && secret.TOKEN                                   | 10 | unknown context 'secret' (known: env, github, inputs, job, jobs, matrix, needs, runner, secrets, steps, strategy, vars)",
      "contain(github.sha, 'x')                                | 1  | unknown function 'contain'",
      "!sucess()                                               | 2  | unknown function 'sucess'",
      "contains(github.sha)                                    | 1  | contains() takes 2 arguments, not 1",
      "startsWith(a.b, 'x', 'y')                               | 12 | unknown context 'a' (known: env, github, inputs, job, jobs, matrix, needs, runner, secrets, steps, strategy, vars)",
      "startsWith(env.A, 'x', 'y')                             | 1  | startsWith() takes 2 arguments, not 3",
      "join(env.A, ',', ' ')                                   | 1  | join() takes 1 or 2 arguments, not 3",
      "success(env.A)                                          | 1  | success() takes 0 arguments, not 1",
      "toJSON()                                                | 1  | toJSON() takes 1 argument, not 0",
      "format()                                                | 1  | format() takes 1 or more arguments, not 0",
      "env.A && hashFiles()                                    | 10 | hashFiles() takes 1 or more arguments, not 0",
      "case(true, 'a')                                         | 1  | case() takes 3 or more arguments, not 2",
      "case(true, 'a', false, 'b')                             | 1  | case() takes an odd number of arguments (condition, value pairs, then the default), not 4",
      "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!true  | 1  | nested more than GitHub's limit of 50 levels"})
  void aSyntaxErrorNamesItsColumn(String text, int column, String problem) {
    assertThatThrownBy(() -> Expr.parse(text)).isInstanceOf(ExprSyntaxException.class)
        .hasMessage("invalid expression '" + text + "' at column " + column + ": " + problem);
  }

  @org.junit.jupiter.api.Test
  void hostileTextIsASyntaxErrorNotAStackOverflow() {
    String parens = "(".repeat(5000) + "1" + ")".repeat(5000);
    assertThatThrownBy(() -> Expr.parse(parens)).isInstanceOf(ExprSyntaxException.class).hasMessageContaining("nested more than");
    String longText = "'" + "x".repeat(21_000) + "'";
    assertThatThrownBy(() -> Expr.parse(longText)).isInstanceOf(ExprSyntaxException.class)
        .hasMessageContaining("longer than GitHub's limit of 21000 characters");
    // Fifty levels are allowed, as on GitHub.
    org.assertj.core.api.Assertions.assertThat(Expr.parse("!".repeat(49) + "true").text()).isEqualTo("!".repeat(49) + "true");
  }
}
