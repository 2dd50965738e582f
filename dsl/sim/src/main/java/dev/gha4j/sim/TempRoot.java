package dev.gha4j.sim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Where a simulation keeps its files: workspaces, scripts, fakes, logs. A simulated run creates a
 * few hundred small files, so on a loaded machine a disk-backed temp directory costs more than the
 * processes do; {@code /dev/shm} (memory) is used when it lets scripts run, else
 * {@code java.io.tmpdir}.
 */
final class TempRoot {
  private TempRoot() {}

  private static final class Base {
    static final Path INSTANCE = choose();
  }

  static Path create() throws IOException {
    return Files.createTempDirectory(Base.INSTANCE, "gha4j-sim-");
  }

  static void delete(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Leftovers in a temp directory do no harm; the result is what matters.
    }
  }

  private static Path choose() {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    Path shm = Path.of("/dev/shm");
    return Files.isDirectory(shm) && Files.isWritable(shm) && canExecuteIn(shm) ? shm : tmp;
  }

  // A noexec mount would break the fake commands on PATH, so try one script there first.
  private static boolean canExecuteIn(Path dir) {
    Path probe = null;
    try {
      probe = Files.createTempDirectory(dir, "gha4j-sim-probe-");
      Path script = Files.writeString(probe.resolve("probe"), "#!/bin/sh\nexit 0\n");
      Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
      Process p = new ProcessBuilder(script.toString()).start();
      return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      if (probe != null) delete(probe);
    }
  }
}
