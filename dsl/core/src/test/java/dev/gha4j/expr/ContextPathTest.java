package dev.gha4j.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContextPathTest {

  private static List<List<String>> read(String text) {
    return ContextPath.readBy(Expr.parse(text)).stream().map(ContextPath::segments).toList();
  }

  @Test
  void eachLongestChainIsOnePath() {
    assertThat(read("github.event.pull_request.title == 'x' && needs.build.outputs.tag"))
        .containsExactly(List.of("github", "event", "pull_request", "title"), List.of("needs", "build", "outputs", "tag"));
  }

  @Test
  void aStringIndexIsASegmentAndAnyOtherIndexOrFilterIsTheWildcard() {
    assertThat(read("github.event['pull_request'].commits[0].message"))
        .containsExactly(List.of("github", "event", "pull_request", "commits", "*", "message"));
    assertThat(read("github.event.commits.*.message"))
        .containsExactly(List.of("github", "event", "commits", "*", "message"));
  }

  @Test
  void computedIndexesInsideAChainAreReadToo() {
    assertThat(read("needs[matrix.job].outputs[secrets.KEY]")).containsExactly(
        List.of("needs", "*", "outputs", "*"), List.of("matrix", "job"), List.of("secrets", "KEY"));
  }

  @Test
  void pathsInsideCallsOperatorsAndNegationsAreFound() {
    assertThat(read("!contains(fromJSON(inputs.list), env.X) || toJSON(github)"))
        .containsExactly(List.of("inputs", "list"), List.of("env", "X"), List.of("github"));
    assertThat(read("fromJSON(steps.a.outputs.json).field")).containsExactly(List.of("steps", "a", "outputs", "json"));
  }

  @Test
  void namedIsThePartKnownByName() {
    ContextPath p = ContextPath.readBy(Expr.parse("needs.deploy.outputs[matrix.x]")).get(0);
    assertThat(p.named()).containsExactly("needs", "deploy", "outputs");
    assertThat(p.root()).isEqualTo("needs");
    assertThat(p.segment(1)).isEqualTo("deploy");
    assertThat(p.segment(9)).isNull();
    assertThat(p.isIn("NEEDS")).isTrue();
  }

  @Test
  void aNodeThatIsNotAChainHasNoPath() {
    assertThat(ContextPath.of(Expr.parse("fromJSON('{}').a"))).isNull();
    assertThat(ContextPath.of(Expr.literal("x"))).isNull();
    assertThat(ContextPath.of(Expr.github("sha")).segments()).containsExactly("github", "sha");
  }

  @Test
  void statusFunctionsAreFoundAnywhere() {
    assertThat(Expr.parse("github.ref == 'x' && !cancelled()").usesStatusFunction()).isTrue();
    assertThat(Expr.parse("fromJSON(format('{0}', failure()))[0]").usesStatusFunction()).isTrue();
    assertThat(Expr.parse("contains(github.ref, 'main')").usesStatusFunction()).isFalse();
  }
}
