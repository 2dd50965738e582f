package dev.gha4j.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shapes of real workflows that stopped a migration (issue #15), each imported, compiled, run
 * and compared with the original the way {@link CorpusRoundTripTest} does, in one javac run.
 */
class ImportMigrationTest {
  private static final String SHA = "55cc8345863c7cc4c66a329aec7e433d2d1c52a9";
  private static final String HEAD = "on: push\njobs:\n";
  private static final Map<String, String> FILES = new LinkedHashMap<>();
  private static Map<String, RoundTrip.Result> results;

  static {
    FILES.put("comments.yml", HEAD + "  a:\n    runs-on: x\n    steps:\n"
        + "      - uses: actions/cache@" + SHA + " # zizmor: ignore[cache-poisoning]\n"
        + "      - uses: actions/cache@" + SHA + " # tag=v4.2.2\n"
        + "      - uses: actions/cache@" + SHA + " #\u00a0v7.0.0\n"
        + "      - uses: actions/cache@" + SHA + " # pin to v7.0.0 (see #123)\n"
        + "      - uses: actions/cache@" + SHA + " # v4.2.2 # zizmor: ignore[cache-poisoning]\n"
        + "      - uses: actions/cache@v4 # keep on v4\n");
    FILES.put("dynamic.yml", HEAD
        + "  prepare:\n    runs-on: x\n    outputs: {matrix: '${{ steps.m.outputs.matrix }}'}\n"
        + "    steps: [{id: m, run: echo}]\n"
        + "  include:\n    needs: prepare\n    runs-on: ${{ matrix.os }}\n"
        + "    strategy: {matrix: {include: '${{ fromJSON(needs.prepare.outputs.matrix) }}'}}\n"
        + "    steps:\n      - run: echo ${{ matrix.version }}\n"
        + "  whole:\n    needs: prepare\n    runs-on: x\n"
        + "    strategy:\n      matrix: ${{ fromJSON(needs.prepare.outputs.matrix) }}\n"
        + "      fail-fast: ${{ github.event_name == 'pull_request' }}\n      max-parallel: ${{ fromJSON(vars.N) }}\n"
        + "    steps:\n      - run: echo ${{ matrix.anything }}\n"
        + "  exclude:\n    runs-on: x\n"
        + "    strategy: {matrix: {os: [a, b], exclude: '${{ fromJSON(vars.SKIP) }}'}}\n"
        + "    steps: [run: echo]\n"
        + "  strategy:\n    runs-on: x\n    strategy: ${{ fromJSON(vars.STRATEGY) }}\n    steps: [run: echo]\n"
        + "  container:\n    runs-on: x\n    strategy: {matrix: {include: [{container: 'node:20'}, {container: {image: x}}]}}\n"
        + "    container: ${{ matrix.container }}\n    services: {db: '${{ fromJSON(vars.DB) }}'}\n"
        + "    steps: [run: echo]\n");
    FILES.put("release.yaml", HEAD + "  a: {runs-on: x, steps: [run: echo]}\n");
    FILES.put("condition.yml", HEAD + "  a:\n    runs-on: x\n    if: \"${{ false }} \"\n    steps: [run: echo]\n");
  }

  @BeforeAll
  static void roundTrip() {
    results = RoundTrip.run(FILES);
  }

  private static RoundTrip.Result passed(String file) {
    RoundTrip.Result r = results.get(file);
    assertThat(r.outcome()).as("%s: %s%n%s", file, r.detail(), r.java()).isEqualTo(RoundTrip.Outcome.PASSED);
    return r;
  }

  @Test
  void aVersionCommentInAnyFormIsTheVersionAndAnyOtherCommentStaysOnTheUsesLine() {
    RoundTrip.Result r = passed("comments.yml");

    assertThat(r.java()).contains(
        "Step.uses(\"actions/cache@" + SHA + "\")\n                .usesComment(\"zizmor: ignore[cache-poisoning]\")",
        "new ActionRef(\"actions/cache\", \"" + SHA + "\", \"v4.2.2\")",
        "new ActionRef(\"actions/cache\", \"" + SHA + "\", \"v7.0.0\")",
        "Step.uses(\"actions/cache@" + SHA + "\")\n                .usesComment(\"pin to v7.0.0 (see #123)\")",
        ".usesComment(\"# zizmor: ignore[cache-poisoning]\")",
        "Step.uses(\"actions/cache@v4\").usesComment(\"keep on v4\")");
    assertThat(r.yaml()).contains(
        "- uses: actions/cache@" + SHA + " # zizmor: ignore[cache-poisoning]\n",
        "- uses: actions/cache@" + SHA + " # v4.2.2\n",
        "- uses: actions/cache@" + SHA + " # v7.0.0\n",
        "- uses: actions/cache@" + SHA + " # pin to v7.0.0 (see #123)\n",
        "- uses: actions/cache@" + SHA + " # v4.2.2 # zizmor: ignore[cache-poisoning]\n",
        "- uses: actions/cache@v4 # keep on v4\n");
  }

  @Test
  void dynamicMatricesAndEveryStrategyPartGivenAsAnExpressionAreTypedExpressions() {
    RoundTrip.Result r = passed("dynamic.yml");

    assertThat(r.java()).contains(
        ".matrix(Matrix.including(Expr.fromJson(prepare.output(\"matrix\"))))",
        "Strategy.matrix(Matrix.fromExpression(Expr.fromJson(prepare.output(\"matrix\"))))",
        ".failFast(Expr.github(\"event_name\").eq(\"pull_request\"))",
        ".maxParallel(Expr.fromJson(Expr.vars(\"N\")))",
        ".exclude(Expr.fromJson(Expr.vars(\"SKIP\")))",
        ".strategy(Strategy.fromExpression(Expr.fromJson(Expr.vars(\"STRATEGY\"))))",
        ".container(Container.fromExpression(Expr.matrix(\"container\")))",
        ".service(\"db\", Container.fromExpression(Expr.fromJson(Expr.vars(\"DB\"))))");
    assertThat(r.problems()).as("the validator accepts matrix keys an expression may define")
        .allMatch(p -> p.startsWith("[GHA"));
  }

  @Test
  void aYamlFileKeepsItsExtension() {
    RoundTrip.Result r = passed("release.yaml");

    assertThat(r.java()).contains("Workflow.builder(\"release.yaml\")");
  }

  @Test
  void aConditionWithTextOutsideTheBracesIsKeptExactlyWithACheck() {
    RoundTrip.Result r = passed("condition.yml");
    Importer.Imported imported = new Importer(Bindings.none(), "p").importWorkflow("condition.yml", FILES.get("condition.yml"));

    assertThat(r.java()).contains("// check: GitHub reads this condition as text because not all of it is inside one"
        + " ${{ }}, so it is true whenever that text is not empty; kept as written: put the whole condition in one ${{ }}\n"
        + "        .when(\"${{ false }} \")");
    assertThat(r.yaml()).contains("    if: \"${{ false }} \"\n");
    assertThat(imported.checks()).containsExactly("condition.yml:5: jobs.a.if: GitHub reads this condition as text"
        + " because not all of it is inside one ${{ }}, so it is true whenever that text is not empty; kept as written:"
        + " put the whole condition in one ${{ }}");
  }

  @Test
  void aWholeValueExpressionGha4jCannotHoldIsRefusedWithItsLine() {
    String yaml = HEAD + "  a:\n    runs-on: x\n    steps:\n      - run: echo\n        env: ${{ fromJSON(vars.ENV) }}\n";

    assertThatThrownBy(() -> new Importer(Bindings.none(), "p").importWorkflow("env.yml", yaml))
        .isInstanceOf(ImportException.class)
        .hasMessage("jobs.a.steps[0].env: GitHub takes one ${{ }} expression for this whole value, but gha4j cannot"
            + " hold one here yet; write the value out, or keep this workflow in YAML")
        .extracting(e -> ((ImportException) e).line()).isEqualTo(7);
  }

  @Test
  void theBaselineAllowsEachFindingOnTheNarrowestElementSoGenerateWritesTheWorkflow() {
    String yaml = HEAD + "  # gha4j allows GHA005: takes seconds\n  a:\n    runs-on: x\n    steps:\n"
        + "      - uses: actions/checkout@v4\n      - run: make || true\n"
        + "  b:\n    runs-on: x\n    steps: [run: make]\n";
    Map<String, RoundTrip.Result> withBaseline = RoundTrip.runWithBaseline(Map.of("legacy.yml", yaml));
    RoundTrip.Result r = withBaseline.get("legacy.yml");

    assertThat(r.outcome()).as(r.detail()).isEqualTo(RoundTrip.Outcome.PASSED);
    assertThat(r.written()).as("%s", r.problems()).isTrue();
    assertThat(r.java()).contains(
        "Step.uses(\"actions/checkout@v4\")\n                .allow(Rule.UNPINNED_ACTION, \"imported: existed before migration\")\n"
            + "                .allow(Rule.PERSISTED_CREDENTIALS, \"imported: existed before migration\")",
        "Step.run(\"make || true\").allow(Rule.SILENT_FAILURE, \"imported: existed before migration\")",
        "Job.builder(\"b\")\n        .allow(Rule.MISSING_TIMEOUT, \"imported: existed before migration\")",
        "Workflow.builder(\"legacy.yml\")\n        .allow(Rule.MISSING_PERMISSIONS, \"imported: existed before migration\")")
        .contains(".allow(Rule.MISSING_TIMEOUT, \"takes seconds\")")
        .containsOnlyOnce("MISSING_TIMEOUT, \"imported");
  }
}
