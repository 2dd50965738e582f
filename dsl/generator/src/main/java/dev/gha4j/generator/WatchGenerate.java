package dev.gha4j.generator;

import java.io.IOException;
import java.io.PrintStream;

/**
 * {@code make watch}: regenerates the workflows after every save of a pipeline source, in one
 * warm JVM (see {@link WatchLoop}). Takes the options of {@link FastGenerate}. Ctrl-C lets the
 * round in progress finish, so no file is left half-replaced, and exits with status 0; exits 3
 * when gha4j itself was rebuilt meanwhile, which needs a new JVM.
 */
public final class WatchGenerate {
  private WatchGenerate() {}

  /**
   * {@code make watch}: watches until Ctrl-C, then exits with the status the class comment gives
   * (2 for a usage error or a source root that cannot be watched).
   *
   * @param args the options of {@link FastGenerate}
   * @throws InterruptedException if the main thread is interrupted while it waits for a change;
   *     nothing in gha4j interrupts it (Ctrl-C closes the watch instead)
   */
  public static void main(String[] args) throws InterruptedException {
    DevOptions options;
    try {
      options = DevOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    PrintStream out = System.out;
    WatchLoop loop = new WatchLoop(options, System.getProperty("java.class.path"), out, System.err);
    Thread main = Thread.currentThread();
    boolean[] failed = {false};
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (failed[0]) return; // exiting on an error: keep its status
      try {
        loop.close();
        main.join(5_000);
      } catch (IOException | InterruptedException e) {
        // Stopping anyway.
      }
      out.println("stopped watching");
      out.flush();
      // Ctrl-C is how a watch ends, not a failure: exit 0 rather than the JVM's 130.
      Runtime.getRuntime().halt(0);
    }, "gha4j-watch-stop"));
    try {
      if (!loop.run()) {
        failed[0] = true;
        System.exit(3);
      }
    } catch (IOException e) {
      failed[0] = true;
      System.err.println("error: cannot watch " + options.src() + ": " + e.getMessage());
      System.exit(2);
    }
  }
}
