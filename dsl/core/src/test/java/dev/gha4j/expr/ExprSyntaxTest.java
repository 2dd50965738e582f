package dev.gha4j.expr;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mistakes in expression text: each message names the column and what is wrong. */
class ExprSyntaxTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "\"\"                            | 1  | expression ends too early",
      "github.sha ==                   | 14 | expression ends too early",
      "github.sha foo                  | 12 | unexpected 'f'",
      "github.sha]                     | 11 | unexpected ']'",
      "(github.sha                     | 12 | expected ')'",
      "fromJSON(inputs.x)[0            | 21 | expected ']'",
      "contains(github.ref 'x')        | 21 | expected ')'",
      "'it''s                          | 7  | string literal is not closed",
      "github.                         | 8  | expected a name",
      "github.é                        | 8  | expected a name",
      "github.event.1                  | 14 | expected a name",
      "== github.sha                   | 1  | expected a name",
      "1.2.3                           | 1  | '1.2.3' is not a number",
      "0xZ                             | 1  | '0x' is not a number",
      "gihub.sha                       | 1  | unknown context 'gihub' (known: env, github, inputs, job, jobs, matrix, needs, runner, secrets, steps, strategy, vars)",
      "env.A && secret.TOKEN           | 10 | unknown context 'secret' (known: env, github, inputs, job, jobs, matrix, needs, runner, secrets, steps, strategy, vars)",
      "contain(github.sha, 'x')        | 1  | unknown function 'contain'",
      "!sucess()                       | 2  | unknown function 'sucess'",
      "contains(github.sha)            | 1  | contains() takes 2 arguments, not 1",
      "startsWith(a.b, 'x', 'y')       | 12 | unknown context 'a' (known: env, github, inputs, job, jobs, matrix, needs, runner, secrets, steps, strategy, vars)",
      "startsWith(env.A, 'x', 'y')     | 1  | startsWith() takes 2 arguments, not 3",
      "join(env.A, ',', ' ')           | 1  | join() takes 1 or 2 arguments, not 3",
      "success(env.A)                  | 1  | success() takes 0 arguments, not 1",
      "toJSON()                        | 1  | toJSON() takes 1 argument, not 0",
      "format()                        | 1  | format() takes 1 or more arguments, not 0",
      "env.A && hashFiles()            | 10 | hashFiles() takes 1 or more arguments, not 0"})
  void aSyntaxErrorNamesItsColumn(String text, int column, String problem) {
    assertThatThrownBy(() -> Expr.parse(text)).isInstanceOf(ExprSyntaxException.class)
        .hasMessage("invalid expression '" + text + "' at column " + column + ": " + problem);
  }
}
