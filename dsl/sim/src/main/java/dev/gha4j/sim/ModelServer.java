package dev.gha4j.sim;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Answers the calls of modelled fake commands ({@link FakeModel}) for every simulation of this JVM:
 * one loopback socket, a token per run. A call sends the token, the command, its number in the
 * step, whether its output is read, its standard input (for a command whose model reads it), and
 * its arguments, NUL-separated ({@code fake-model.sh}); the
 * answer is the exit code, the milliseconds it takes, {@code print} or {@code script}, then stdout
 * (or the snippet) and stderr.
 */
final class ModelServer {
  private static final class Holder {
    static final ModelServer INSTANCE = new ModelServer();
  }

  private final ServerSocket socket;
  private final Map<String, RunModels> runs = new ConcurrentHashMap<>();
  private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "gha4j-fake-model");
    t.setDaemon(true);
    return t;
  });

  private ModelServer() {
    try {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open a loopback socket for the fake models", e);
    }
    Thread accept = new Thread(this::accept, "gha4j-fake-model-accept");
    accept.setDaemon(true);
    accept.start();
  }

  static ModelServer get() {
    return Holder.INSTANCE;
  }

  /** Registers one run's models; its steps reach them with the returned {@code $GHA4J_MODEL} value. */
  String register(RunModels models) {
    String token = UUID.randomUUID().toString();
    runs.put(token, models);
    return socket.getLocalPort() + " " + token;
  }

  void unregister(String address) {
    runs.remove(address.substring(address.indexOf(' ') + 1));
  }

  private void accept() {
    while (true) {
      try {
        Socket s = socket.accept();
        workers.execute(() -> serve(s));
      } catch (IOException e) {
        // A failed accept affects one call, which then reports that it cannot reach the model.
      }
    }
  }

  private void serve(Socket s) {
    try (s; InputStream in = new BufferedInputStream(s.getInputStream()); OutputStream out = s.getOutputStream()) {
      RunModels models = runs.get(field(in));
      String command = field(in);
      int occurrence = Integer.parseInt(field(in));
      boolean read = field(in).equals("1");
      String input = field(in);
      int argc = Integer.parseInt(field(in));
      List<String> args = new ArrayList<>();
      for (int i = 0; i < argc; i++) args.add(field(in));
      Answer a;
      if (models == null) {
        a = Answer.fails(125, "gha4j: no simulation is running for this call of '" + command + "'");
      } else {
        a = models.answer(command, occurrence, read, input, args);
      }
      String kind = a.script() != null ? "script" : "print";
      String body = a.script() != null ? a.script() : a.stdout();
      for (String f : List.of(String.valueOf(a.exitCode()), String.valueOf(a.takes().toMillis()), kind, body, a.stderr())) {
        out.write(f.getBytes(StandardCharsets.UTF_8));
        out.write(0);
      }
    } catch (IOException | RuntimeException e) {
      // The bash side sees a closed socket and answers 125; the step's log shows it.
    }
  }

  private static String field(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int c = in.read(); c != 0; c = in.read()) {
      if (c < 0) throw new IOException("the call ended early");
      b.write(c);
    }
    return b.toString(StandardCharsets.UTF_8);
  }
}
