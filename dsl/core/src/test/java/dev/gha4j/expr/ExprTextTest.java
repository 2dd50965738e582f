package dev.gha4j.expr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing expression text and writing it back in canonical form. */
class ExprTextTest {

  /** Real expressions from GitHub's documentation and common workflows, already canonical. */
  @ParameterizedTest
  @ValueSource(strings = {
      "success()", "failure()", "always()", "cancelled()", "!cancelled()",
      "github.sha", "github.event.pull_request.head.sha", "secrets.GITHUB_TOKEN", "vars.AWS_REGION",
      "env.PYTHON_VERSION", "inputs.dry-run", "matrix.os", "runner.temp", "job.status", "strategy.job-index",
      "steps.meta.outputs.tags", "needs.build.outputs.image", "needs.deploy.result",
      "contains(github.event.pull_request.labels.*.name, 'deploy')",
      "startsWith(github.ref, 'refs/tags/v')", "endsWith(github.head_ref, '-hotfix')",
      "format('{0}-{1}', github.ref_name, github.run_id)", "join(matrix.*, ', ')", "join(github.event.commits.*.id)",
      "toJSON(github.event)", "fromJSON(needs.plan.outputs.matrix)", "fromJSON(inputs.shards)[0]",
      "hashFiles('**/package-lock.json', '**/yarn.lock')",
      "github.event['pull-request']", "github.event.inputs['dry-run']", "matrix.include[0].os",
      "github.ref == 'refs/heads/main'", "github.event_name != 'pull_request'",
      "github.event.pull_request.head.repo.full_name == github.repository",
      "failure() && github.ref == 'refs/heads/main'", "env.A || env.B && env.C",
      "(env.A || env.B) && env.C", "!(github.event_name == 'push')", "!github.event.pull_request.draft",
      "github.run_attempt > 1", "github.run_number <= 10", "matrix.node >= 20", "matrix.python < 3.12",
      "'it''s'", "''", "null", "true", "false", "0", "-1", "1.5", "NaN", "Infinity", "-Infinity",
      "case(github.ref == 'refs/heads/main', 'production', github.ref == 'refs/heads/dev', 'staging', 'none')",
      "fromJSON(inputs.matrix).*[0]", "github.event.commits.*.author.name",
      "always() && (needs.test.result == 'failure' || needs.test.result == 'cancelled')",
      "env.A == env.B == env.C", "env.A == (env.B == env.C)", "env.A < env.B == true"})
  void canonicalTextRoundTrips(String text) {
    Expr parsed = Expr.parse(text);
    assertThat(parsed.text()).isEqualTo(text);
    assertThat(Expr.parse(parsed.text())).isEqualTo(parsed);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = "=>", value = {
      "  github.sha                          => github.sha",
      "((github.sha))                        => github.sha",
      "(env.A) || (env.B)                    => env.A || env.B",
      "env.A || (env.B && env.C)             => env.A || env.B && env.C",
      "(env.A || env.B) || env.C             => env.A || env.B || env.C",
      "env.A || (env.B || env.C)             => env.A || (env.B || env.C)",
      "!(env.A)                              => !env.A",
      "!(!env.A)                             => !!env.A",
      "(env.A == env.B) && (env.C != env.D)  => env.A == env.B && env.C != env.D",
      "(env.A < env.B) == (env.C > env.D)    => env.A < env.B == env.C > env.D",
      "SUCCESS()                             => success()",
      "toJson(github.event)                  => toJSON(github.event)",
      "FromJSON( inputs.x )                  => fromJSON(inputs.x)",
      "contains( github.ref ,'x' )           => contains(github.ref, 'x')",
      "0x1F                                  => 31",
      "0o17                                  => 15",
      "1e3                                   => 1000",
      "2.50                                  => 2.5",
      ".5                                    => 0.5",
      "+3                                    => 3",
      "1e-7                                  => 0.0000001",
      "(github.event).action                 => github.event.action",
      "github.event.*.name                   => github.event.*.name",
      "(env.A < env.B) == true               => env.A < env.B == true",
      "github.event.commits[*].id            => github.event.commits.*.id",
      "fromJSON(env.A)[*][1]                 => fromJSON(env.A).*[1]",
      "GITHUB.Ref                            => github.Ref",
      "CASE(env.A == 'x', 1, env.B)          => case(env.A == 'x', 1, env.B)",
      "+Infinity                             => Infinity"})
  void nonCanonicalTextIsNormalised(String input, String canonical) {
    assertThat(Expr.parse(input).text()).isEqualTo(canonical);
  }

  @Test
  void anEmptyExpressionIsNull() {
    // GitHub evaluates ${{ }} to null.
    assertThat(Expr.parse("  ")).isEqualTo(Expr.nullLiteral());
  }

  @Test
  void caseOfBuildsGitHubsCaseFunction() {
    Expr stage = Expr.caseOf(Expr.github("ref").eq("refs/heads/main"), Expr.literal("production"), Expr.literal("staging"));
    assertThat(stage.text()).isEqualTo("case(github.ref == 'refs/heads/main', 'production', 'staging')");
    assertThat(Expr.parse(stage.text())).isEqualTo(stage);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Expr.caseOf(Expr.literal(true), Expr.literal(1), Expr.literal(2),
        Expr.literal(3))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one default");
  }

  @Test
  void namedValuesAreThoseTheCallerGivesInAnyCase() {
    assertThat(Expr.parse("SIMple.TEst", java.util.List.of("simPLE")).text()).isEqualTo("simPLE.TEst");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Expr.parse("env.A", java.util.List.of("github")))
        .isInstanceOf(ExprSyntaxException.class).hasMessageContaining("unknown context 'env' (known: github)");
  }

  @Test
  void builtExpressionsPutParenthesesOnlyWhereNeeded() {
    Expr a = Expr.env("A");
    Expr b = Expr.env("B");
    Expr c = Expr.env("C");
    assertThat(a.or(b.and(c)).text()).isEqualTo("env.A || env.B && env.C");
    assertThat(a.or(b).and(c).text()).isEqualTo("(env.A || env.B) && env.C");
    assertThat(a.and(b).or(c).text()).isEqualTo("env.A && env.B || env.C");
    assertThat(a.or(b.or(c)).text()).isEqualTo("env.A || (env.B || env.C)");
    assertThat(a.eq(b).not().text()).isEqualTo("!(env.A == env.B)");
    assertThat(a.not().eq(b).text()).isEqualTo("!env.A == env.B");
    assertThat(a.or(b).not().text()).isEqualTo("!(env.A || env.B)");
    assertThat(a.lt(b).eq(Expr.literal(true)).text()).isEqualTo("env.A < env.B == true");
    assertThat(a.eq(b.lt(c)).text()).isEqualTo("env.A == env.B < env.C");
    assertThat(a.eq(b.eq(c)).text()).isEqualTo("env.A == (env.B == env.C)");
    assertThat(a.or(b).dot("x").text()).isEqualTo("(env.A || env.B).x");
    assertThat(Expr.fromJson(a).at(Expr.literal(0)).text()).isEqualTo("fromJSON(env.A)[0]");
  }

  @Test
  void factoriesWriteTheDocumentedContexts() {
    assertThat(Expr.github("event.pull_request.title").embed()).isEqualTo("${{ github.event.pull_request.title }}");
    assertThat(Expr.secrets("TOKEN").toString()).isEqualTo("${{ secrets.TOKEN }}");
    assertThat(Expr.vars("REGION").text()).isEqualTo("vars.REGION");
    assertThat(Expr.inputs("dry-run").text()).isEqualTo("inputs.dry-run");
    assertThat(Expr.runner("temp").text()).isEqualTo("runner.temp");
    assertThat(Expr.job("services.postgres.ports").text()).isEqualTo("job.services.postgres.ports");
    assertThat(Expr.strategy("job-index").text()).isEqualTo("strategy.job-index");
    assertThat(Expr.step("lint", "outcome").text()).isEqualTo("steps.lint.outcome");
    assertThat(Expr.needsResult("build").text()).isEqualTo("needs.build.result");
    assertThat(Expr.format("{0}/{1}", Expr.github("repository"), Expr.github("sha")).text())
        .isEqualTo("format('{0}/{1}', github.repository, github.sha)");
    assertThat(Expr.join(Expr.matrix("os"), ",").text()).isEqualTo("join(matrix.os, ',')");
    assertThat(Expr.hashFiles("a", "b").text()).isEqualTo("hashFiles('a', 'b')");
    assertThat(Expr.contains(Expr.github("event.pull_request.labels").dot("*").dot("name"), Expr.literal("x")).text())
        .isEqualTo("contains(github.event.pull_request.labels.*.name, 'x')");
    assertThat(Expr.github("event").at(Expr.literal("pull-request")).text()).isEqualTo("github.event['pull-request']");
    assertThat(Expr.literal("it's").text()).isEqualTo("'it''s'");
    assertThat(Expr.nullLiteral().text()).isEqualTo("null");
    assertThat(Expr.literal(2.5).text()).isEqualTo("2.5");
    assertThat(Expr.literal(3).text()).isEqualTo("3");
  }

  @Test
  void anExpressionConcatenatesIntoAScript() {
    assertThat("echo " + Expr.github("sha") + " > sha.txt").isEqualTo("echo ${{ github.sha }} > sha.txt");
  }

  @Test
  void statusFunctionsAreRecognised() {
    assertThat(((Call) Expr.parse("Always()")).isStatusFunction()).isTrue();
    assertThat(((Call) Expr.failure()).isStatusFunction()).isTrue();
    assertThat(((Call) Expr.parse("toJSON(github)")).isStatusFunction()).isFalse();
  }

  @Test
  void aPropertyNameMustBeAnIdentifier() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Expr.github("event").dot("pull-request title"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'pull-request title' is not a property name (letters, digits, '_' and '-'); use at(literal(...))");
  }
}
