package dev.gha4j.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ShellScriptTest {

  private static List<List<String>> commands(String script) {
    return ShellScript.parse(script).commands().stream().map(ShellCommand::texts).toList();
  }

  @Test
  void quotesEscapesAndCommentsAreNotCommands() {
    assertThat(commands("echo \"a || true\" 'set +e' \\; x # sleep 60 || true"))
        .containsExactly(List.of("echo", "a || true", "set +e", ";", "x"));
  }

  @Test
  void operatorsSeparateCommandsAndRememberWhatPrecedes() {
    List<ShellCommand> cs = ShellScript.parse("make lint || true; make test && echo ok | tee log & next").commands();
    assertThat(cs).extracting(ShellCommand::name).containsExactly("make", "true", "make", "echo", "tee", "next");
    assertThat(cs).extracting(ShellCommand::before).containsExactly("\n", "||", ";", "&&", "|", "&");
    assertThat(cs.get(1).previous().source()).isEqualTo("make lint");
  }

  @Test
  void hereDocumentsAreText() {
    assertThat(commands("cat > f <<'EOF'\nsleep 60 || true\nEOF\ncat <<-END\n\tset +e\n\tEND\necho done"))
        .containsExactly(List.of("cat"), List.of("cat"), List.of("echo", "done"));
  }

  @Test
  void commandSubstitutionsAreReadAsCommandsInsideTheirLoop() {
    ShellScript s = ShellScript.parse("for i in 1 2; do\n  v=$(curl -f x || true)\ndone");
    assertThat(s.commands()).extracting(ShellCommand::name).containsExactly("", "curl", "true");
    ShellCommand orTrue = s.commands().get(2);
    assertThat(orTrue.before()).isEqualTo("||");
    assertThat(orTrue.loops()).containsExactly(s.loops().get(0));
    assertThat(orTrue.line()).isEqualTo(2);
  }

  @Test
  void expressionsAreMaskedWithTheirLineBreaksKept() {
    assertThat(ShellScript.masked("a ${{ x || 'y}}' }} b\n${{\n z }}c")).isEqualTo("a GHA4J_EXPRESSION b\nGHA4J_EXPRESSION\nc");
    assertThat(commands("echo ${{ inputs.a || true }}")).containsExactly(List.of("echo", "GHA4J_EXPRESSION"));
  }

  @Test
  void redirectionsAreNotWords() {
    assertThat(commands("make 2>&1 > log.txt < /dev/null &> all")).containsExactly(List.of("make"));
  }

  @Test
  void loopsKnowHeaderConditionBodyAndNesting() {
    ShellScript s = ShellScript.parse("""
        while ! ready; do
          for f in a b; do
            sleep 1
          done
        done
        for ((i = 0; i < 3; i++)); do :; done
        """);
    assertThat(s.loops()).extracting(ShellLoop::keyword).containsExactly("while", "for", "for");
    ShellLoop outer = s.loops().get(0);
    assertThat(outer.condition()).extracting(ShellCommand::name).containsExactly("ready");
    assertThat(outer.all()).extracting(ShellCommand::name).containsExactly("ready", "sleep");
    assertThat(s.loops().get(1).header()).extracting(ShellToken::text).containsExactly("f", "in", "a", "b");
    assertThat(s.loops().get(2).arithmetic()).isEqualTo("i = 0; i < 3; i++");
    ShellCommand sleep = s.commands().stream().filter(c -> c.name().equals("sleep")).findFirst().orElseThrow();
    assertThat(sleep.loops()).containsExactly(outer, s.loops().get(1));
  }

  @Test
  void boundsOfLoops() {
    assertThat(bounded("for x in a b; do :; done")).isTrue();
    assertThat(bounded("for ((i=0; i<3; i++)); do :; done")).isTrue();
    assertThat(bounded("for ((;;)); do :; done")).isFalse();
    assertThat(bounded("while true; do :; done")).isFalse();
    assertThat(bounded("until ready; do sleep 1; done")).isFalse();
    assertThat(bounded("n=0; until ready; do n=$((n+1)); [ \"$n\" -lt 5 ] || exit 1; done")).isTrue();
    assertThat(bounded("until ready; do let tries++; if (( tries > 5 )); then exit 1; fi; done")).isTrue();
    assertThat(bounded("while read -r l; do echo \"$l\"; done < f")).isTrue();
    assertThat(bounded("while [ $# -gt 0 ]; do shift; done")).isTrue();
    // A counter that is counted but never compared bounds nothing.
    assertThat(bounded("until ready; do n=$((n+1)); echo \"$n\"; done")).isFalse();
  }

  private static boolean bounded(String script) {
    ShellScript s = ShellScript.parse(script);
    return LoopBounds.bounded(s.loops().get(0));
  }

  @Test
  void sleepDurations() {
    assertThat(WaitChecks.seconds(List.of("30"))).isEqualTo(30);
    assertThat(WaitChecks.seconds(List.of("1m", "30s"))).isEqualTo(90);
    assertThat(WaitChecks.seconds(List.of("0.5h"))).isEqualTo(1800);
    assertThat(WaitChecks.seconds(List.of("$DELAY"))).isZero();
    assertThat(WaitChecks.seconds(List.of("infinity"))).isInfinite();
  }

  @Test
  void linesCountFromOneAndFollowContinuations() {
    List<ShellCommand> cs = ShellScript.parse("a \\\n  b\n\n# c\nd").commands();
    assertThat(cs).extracting(ShellCommand::line).containsExactly(1, 5);
    assertThat(cs.get(0).texts()).containsExactly("a", "b");
  }

  // Scripts are whatever pipeline authors write: reading one must never fail, however broken.
  @Test
  void neverThrowsOnAnyScript() {
    Gen<String> pieces = strings().betweenCodePoints(0, 0x7f).ofLengthBetween(0, 3)
        .mix(lists().of(shellish()).ofSizeBetween(1, 3).map(l -> String.join("", l)), 60);
    qt().withExamples(3000).forAll(lists().of(pieces).ofSizeBetween(0, 30).map(l -> String.join("", l)))
        .checkAssert(script -> {
          ShellScript s = ShellScript.parse(script);
          for (ShellLoop loop : s.loops()) LoopBounds.bounded(loop);
          for (ShellCommand c : s.commands()) WaitChecks.seconds(c.args());
        });
  }

  private static Gen<String> shellish() {
    List<String> tokens = List.of("'", "\"", "\\", "$(", "$((", "))", ")", "(", "((", "`", "${", "}", "${{", "}}",
        "<<", "<<-", "EOF", "\n", "#", "||", "&&", ";", "|", "&", "for", "while", "until", "do", "done", " ",
        "sleep 9", "true", "2>&1", ">", "<", "i++", "[", "-lt", "$n");
    return integers().between(0, tokens.size() - 1).map(tokens::get);
  }
}
