package com.financehub.pipelines;

import dev.gha4j.sim.Answer;
import dev.gha4j.sim.Call;
import dev.gha4j.sim.FakeModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The machine's own {@code jq}, remembered: jq is a pure function of its arguments and its input,
 * and deploy.yml's register step calls it four times per stage with the same few inputs in every
 * simulated run, so each distinct call runs jq once per test JVM (jq 1.6 takes tens of
 * milliseconds to start, which a fault sweep of a hundred runs would pay a thousand times). The
 * real jq, not a stand-in: it is what puts the new image into the task definition, as on GitHub's
 * runners, which have it.
 */
final class RealJq {
  private static final Map<List<String>, Answer> RAN = new ConcurrentHashMap<>();

  private RealJq() {}

  /** A model of {@code jq} that reads the call's input. */
  static FakeModel<RealJq> model() {
    return FakeModel.of(RealJq::new).answers("jq", (jq, call) -> run(call)).readingInput("jq").copiedWith(jq -> jq);
  }

  private static Answer run(Call call) {
    List<String> key = new ArrayList<>(call.args());
    key.add(call.input());
    return RAN.computeIfAbsent(key, k -> execute(call));
  }

  private static Answer execute(Call call) {
    List<String> command = new ArrayList<>(List.of("jq"));
    command.addAll(call.args());
    try {
      Process p = new ProcessBuilder(command).start();
      try (var in = p.getOutputStream()) {
        in.write(call.input().getBytes(StandardCharsets.UTF_8));
      }
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      return Answer.printsExactly(out).andPrintsError(err).andExits(p.waitFor());
    } catch (IOException e) {
      return Answer.fails(127, "jq: not found on this machine (" + e.getMessage() + "); deploy.yml's register step "
          + "needs it, as GitHub's runners have it: install jq");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Answer.fails(130, "interrupted");
    }
  }
}
