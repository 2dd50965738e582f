package com.financehub.pipelines;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.Step;

/** Messages to the team's Slack channel through its incoming webhook (secret {@code SLACK_WEBHOOK}). */
final class Slack {
  private Slack() {}

  /**
   * Posts {@code lines} as one message. The payload is YAML whose {@code text} is a literal block,
   * so expressions in the lines (commit, actor) need no quoting. {@code errors: true} makes a failed
   * post fail the step instead of passing silently.
   */
  static dev.gha4j.actions.Slack notify(String... lines) {
    StringBuilder payload = new StringBuilder("text: |\n");
    for (String line : lines) payload.append("  ").append(line).append('\n');
    return dev.gha4j.actions.Slack.of().name("Notify Slack")
        .webhook(Expr.secrets("SLACK_WEBHOOK"))
        .webhookType(dev.gha4j.actions.Slack.WebhookType.INCOMING_WEBHOOK)
        .errors(true)
        .payload(payload.toString());
  }
}
