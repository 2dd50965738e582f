package dev.gha4j.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Conditions compare by meaning and say when a job runs. */
class ConditionTest {
  @Test
  void wrappedAndBareConditionsReadAlike() {
    assertThat(Condition.read("${{ github.ref == 'refs/heads/main' }}").text())
        .isEqualTo(Condition.read("github.ref=='refs/heads/main'").text());
    assertThat(Condition.read("(github.a && env.b)").text()).isEqualTo("github.a && env.b");
  }

  @Test
  void textThatIsNoExpressionIsKeptAsWritten() {
    Condition c = Condition.read("a ==");
    assertThat(c.text()).isEqualTo("a ==");
    assertThat(c.expr()).isNull();
    assertThat(c.run()).isEqualTo(Condition.Run.ON_SUCCESS);
  }

  @Test
  void statusFunctionsDecideWhenTheJobRuns() {
    assertThat(Condition.read("failure() && needs.a.result == 'failure'").run()).isEqualTo(Condition.Run.ON_FAILURE);
    assertThat(Condition.read("always()").run()).isEqualTo(Condition.Run.ALWAYS);
    assertThat(Condition.read("!cancelled() && github.event_name == 'push'").run())
        .isEqualTo(Condition.Run.UNLESS_CANCELLED);
    assertThat(Condition.read("cancelled()").run()).isEqualTo(Condition.Run.IF_CANCELLED);
    assertThat(Condition.read("success() && github.ref == 'x'").run()).isEqualTo(Condition.Run.ON_SUCCESS);
    assertThat(Condition.read("github.event_name == 'push'").run()).isEqualTo(Condition.Run.ON_SUCCESS);
  }
}
