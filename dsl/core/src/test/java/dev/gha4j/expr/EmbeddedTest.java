package dev.gha4j.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gha4j.expr.Embedded.Occurrence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding the {@code ${{ }}} expressions inside a text value. */
class EmbeddedTest {

  @Test
  void textWithoutExpressions() {
    assertThat(Embedded.find("echo hello $HOME ${HOME} {{ x }}")).isEmpty();
    assertThat(Embedded.hasExpression("echo ${HOME}")).isFalse();
    assertThat(Embedded.hasExpression("echo ${{ github.sha }}")).isTrue();
  }

  @Test
  void everyOccurrenceInOrderWithItsOffset() {
    List<Occurrence> found = Embedded.find("a ${{ github.sha }} b ${{env.X}}");
    assertThat(found).containsExactly(
        new Occurrence("github.sha", 5, true),
        new Occurrence("env.X", 25, true));
    assertThat(found.get(0).parse()).isEqualTo(Expr.github("sha"));
  }

  @Test
  void closingBracesInsideAQuotedLiteralDoNotEndTheExpression() {
    List<Occurrence> found = Embedded.find("${{ format('}}{0}', github.sha) }} and ${{ 'it''s }}' }}");
    assertThat(found).extracting(Occurrence::source)
        .containsExactly("format('}}{0}', github.sha)", "'it''s }}'");
    assertThat(found.get(1).parse()).isEqualTo(Expr.literal("it's }}"));
  }

  @Test
  void anUnclosedExpressionIsReportedWhenParsed() {
    List<Occurrence> found = Embedded.find("ok ${{ env.A }} then ${{ github.sha");
    assertThat(found).hasSize(2);
    assertThat(found.get(1).closed()).isFalse();
    assertThatThrownBy(() -> found.get(1).parse()).isInstanceOf(ExprSyntaxException.class)
        .hasMessage("invalid expression ' github.sha' at column 12: '${{' is never closed by '}}'");
  }

  @Test
  void anUnclosedQuoteSwallowsTheClosingBraces() {
    List<Occurrence> found = Embedded.find("${{ 'abc }}");
    assertThat(found).singleElement().extracting(Occurrence::closed).isEqualTo(false);
  }

  @Test
  void anInvalidExpressionInsideIsASyntaxError() {
    Occurrence o = Embedded.find("x ${{ github.sha == }} y").get(0);
    assertThat(o.closed()).isTrue();
    assertThatThrownBy(o::parse).isInstanceOf(ExprSyntaxException.class)
        .hasMessage("invalid expression 'github.sha ==' at column 12: expression ends too early after '=='");
  }
}
