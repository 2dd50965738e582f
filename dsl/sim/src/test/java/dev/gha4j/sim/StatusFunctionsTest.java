package dev.gha4j.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Status functions and the implicit {@code success() &&} of an {@code if}. */
class StatusFunctionsTest {

  private static boolean condition(Status status, String text) {
    return Evaluator.of(Value.dictionary(Map.of("github", Map.of("event_name", "push")))).status(status).condition(text);
  }

  private static final Status FAILED = new Status(false, true, false);
  private static final Status CANCELLED = new Status(false, false, true);
  private static final Status NEED_SKIPPED = new Status(false, false, false);

  @Test
  void withoutStatusFunctionTheConditionIsAndedWithSuccess() {
    // "A default status check of success() is applied unless you include one of these functions."
    assertThat(condition(Status.SUCCESS, "github.event_name == 'push'")).isTrue();
    assertThat(condition(FAILED, "github.event_name == 'push'")).isFalse();
    assertThat(condition(NEED_SKIPPED, "true")).isFalse();
    assertThat(condition(Status.SUCCESS, "")).isTrue();
    assertThat(condition(FAILED, null)).isFalse();
  }

  @Test
  void statusFunctionAnywhereReplacesTheImplicitCheck() {
    assertThat(condition(FAILED, "failure()")).isTrue();
    assertThat(condition(Status.SUCCESS, "failure()")).isFalse();
    assertThat(condition(FAILED, "always()")).isTrue();
    assertThat(condition(CANCELLED, "always()")).isTrue();
    assertThat(condition(FAILED, "!cancelled()")).isTrue();
    assertThat(condition(CANCELLED, "!cancelled()")).isFalse();
    assertThat(condition(CANCELLED, "cancelled()")).isTrue();
    assertThat(condition(FAILED, "failure() && github.event_name == 'push'")).isTrue();
    assertThat(condition(FAILED, "${{ failure() && github.event_name == 'pull_request' }}")).isFalse();
    // A job whose need was skipped: neither success() nor failure().
    assertThat(condition(NEED_SKIPPED, "success() || failure()")).isFalse();
    assertThat(condition(NEED_SKIPPED, "always()")).isTrue();
  }
}
