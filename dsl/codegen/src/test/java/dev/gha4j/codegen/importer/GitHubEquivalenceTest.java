package dev.gha4j.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each normalisation rule makes GitHub-equal forms equal, and nothing else. */
class GitHubEquivalenceTest {
  private static final String JOB = "jobs:\n  a:\n    runs-on: x\n    steps:\n      - run: y\n";

  private static boolean same(String a, String b) {
    return GitHubEquivalence.canonical(GitHubYaml.read(a)).equals(GitHubEquivalence.canonical(GitHubYaml.read(b)));
  }

  @Test
  void theThreeFormsOfOnAreEqual() {
    assertThat(same("on: push\n" + JOB, "on:\n  push: {}\n" + JOB)).isTrue();
    assertThat(same("on: [push, pull_request]\n" + JOB, "on:\n  push:\n  pull_request: {}\n" + JOB)).isTrue();
    assertThat(same("on: push\n" + JOB, "on: pull_request\n" + JOB)).isFalse();
  }

  @Test
  void oneStringAndAListOfItAreEqualWhereGitHubAcceptsBoth() {
    assertThat(same("on:\n  push:\n    branches: main\n" + JOB, "on:\n  push:\n    branches: [main]\n" + JOB)).isTrue();
    assertThat(same("on: push\njobs:\n  a: {runs-on: x, needs: b, steps: [run: y]}\n  b: {runs-on: [x], steps: [run: y]}\n",
        "on: push\njobs:\n  a: {runs-on: [x], needs: [b], steps: [run: y]}\n  b: {runs-on: x, steps: [run: y]}\n")).isTrue();
    assertThat(same("on:\n  push:\n    branches: main\n" + JOB, "on:\n  push:\n    branches: [main, dev]\n" + JOB)).isFalse();
  }

  @Test
  void theOrderOfMatrixAxesAndOfAnEntrysKeysMattersAsGitHubNamesJobsByIt() {
    String matrix = "on: push\njobs:\n  a:\n    runs-on: x\n    strategy:\n      matrix:\n%s    steps: [run: y]\n";
    String osFirst = "        os: [{name: linux}]\n        py: ['3.12']\n        include: [{os: mac, py: '3.13'}]\n";
    String pyFirst = "        py: ['3.12']\n        os: [{name: linux}]\n        include: [{os: mac, py: '3.13'}]\n";
    String entrySwapped = "        os: [{name: linux}]\n        py: ['3.12']\n        include: [{py: '3.13', os: mac}]\n";
    String includeFirst = "        include: [{os: mac, py: '3.13'}]\n        os: [{name: linux}]\n        py: ['3.12']\n";

    assertThat(same(matrix.formatted(osFirst), matrix.formatted(pyFirst))).isFalse();
    assertThat(same(matrix.formatted(osFirst), matrix.formatted(entrySwapped))).isFalse();
    assertThat(same(matrix.formatted(osFirst), matrix.formatted(includeFirst))).isTrue();
  }

  @Test
  void shortFormsEqualTheirMappings() {
    String shortForm = "on: push\njobs:\n  a: {runs-on: x, environment: prod, concurrency: c, container: img, steps: [run: y]}\n";
    String longForm = "on: push\njobs:\n  a: {runs-on: x, environment: {name: prod}, concurrency: {group: c},"
        + " container: {image: img}, steps: [run: y]}\n";

    assertThat(same(shortForm, longForm)).isTrue();
    assertThat(same(shortForm, longForm.replace("{name: prod}", "{name: prod, url: u}"))).isFalse();
  }

  @Test
  void conditionsWithAndWithoutDelimitersAreEqualButTheirTextCounts() {
    String bare = "on: push\njobs:\n  a: {runs-on: x, if: \"github.ref == 'x'\", steps: [run: y]}\n";

    assertThat(same(bare, bare.replace("\"github.ref == 'x'\"", "\"${{ github.ref == 'x' }}\""))).isTrue();
    assertThat(same("on: push\njobs:\n  a: {runs-on: x, if: false, steps: [run: y]}\n",
        "on: push\njobs:\n  a: {runs-on: x, if: 'false', steps: [run: y]}\n")).isTrue();
    assertThat(same(bare, bare.replace("'x'", "'z'"))).isFalse();
  }

  @Test
  void envAndWithValuesCompareAsTheTextGitHubPasses() {
    String typed = "on: push\nenv: {A: 1, B: true, C: 2.70}\njobs:\n  a:\n    runs-on: x\n    steps:\n"
        + "      - uses: o/r@v1\n        with: {n: 3.10}\n";
    String text = "on: push\nenv: {A: '1', B: 'true', C: '2.7'}\njobs:\n  a:\n    runs-on: x\n    steps:\n"
        + "      - uses: o/r@v1\n        with: {n: '3.1'}\n";

    assertThat(same(typed, text)).isTrue();
    assertThat(same(typed, text.replace("'2.7'", "'2.70'"))).isFalse();
  }

  @Test
  void aReusableWorkflowCallKeepsTheTypesOfItsInputs() {
    String call = "on: push\njobs:\n  a: {uses: ./.github/workflows/b.yml, with: {debug: true}}\n";

    assertThat(same(call, call.replace("debug: true", "debug: 'true'"))).isFalse();
  }

  @Test
  void matrixValuesKeepTheirTypes() {
    String numbers = "on: push\njobs:\n  a: {runs-on: x, strategy: {matrix: {node: [18, 20]}}, steps: [run: y]}\n";

    assertThat(same(numbers, numbers.replace("[18, 20]", "['18', '20']"))).isFalse();
  }

  @Test
  void inputDefaultsThatGitHubAssumesAreEqualToWritingThemOut() {
    String implicit = "on:\n  workflow_dispatch:\n    inputs:\n      tag: {description: t}\n"
        + "  workflow_call:\n    secrets:\n      token: {}\n" + JOB;
    String explicit = "on:\n  workflow_dispatch:\n    inputs:\n      tag: {description: t, type: string, required: false}\n"
        + "  workflow_call:\n    secrets:\n      token: {required: false}\n" + JOB;

    assertThat(same(implicit, explicit)).isTrue();
    assertThat(same(implicit, explicit.replace("type: string", "type: boolean"))).isFalse();
  }

  @Test
  void aWholeExpressionComparesByItsParsedForm() {
    String spaced = "on: push\nconcurrency: {group: g, cancel-in-progress: \"${{ github.event_name == 'x' }}\"}\n" + JOB;

    assertThat(same(spaced, spaced.replace("${{ github.event_name == 'x' }}", "${{github.event_name=='x'}}"))).isTrue();
    assertThat(same(spaced, spaced.replace("'x'", "'y'"))).isFalse();
    assertThat(same("on: push\nenv: {A: \"a ${{ github.sha }}\"}\n" + JOB, "on: push\nenv: {A: \"a ${{github.sha}}\"}\n" + JOB))
        .as("text around an expression is compared as written").isFalse();
  }

  @Test
  void scriptsMustBeIdentical() {
    assertThat(same(JOB.replace("run: y", "run: |\n          a\n          b") + "on: push\n",
        JOB.replace("run: y", "run: |-\n          a\n          b") + "on: push\n")).isFalse();
  }
}
