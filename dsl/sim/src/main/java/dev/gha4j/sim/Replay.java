package dev.gha4j.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a {@link FaultSweep}'s run without faults left after each job it decided: the job's reports,
 * the fake models' states ({@link FakeModel#copiedWith}) and the fake commands' state files. A
 * fault changes what comes after it, never what came before; so a faulted run takes the jobs
 * decided before the first job its faults touch from here, restores the state they left, and runs
 * on from there. Jobs are decided in the same order in every run of a workflow.
 */
final class Replay {
  /** After the job {@code jobId}: its reports (one per matrix combination) and the state then. */
  record Checkpoint(String jobId, List<JobReport> reports, RunModels models, Map<Path, byte[]> fakeState) {}

  private final List<Checkpoint> checkpoints = new ArrayList<>();
  private boolean usable = true;

  /** Records the state after a job; a model without a copier makes the replay unusable. */
  synchronized void add(String jobId, List<JobReport> reports, RunModels models, Path fakeStateDir) {
    RunModels copy = models.copy();
    if (copy == null) usable = false;
    if (usable) checkpoints.add(new Checkpoint(jobId, List.copyOf(reports), copy, read(fakeStateDir)));
  }

  /** The checkpoint after the job decided {@code index}th. */
  Checkpoint get(int index) {
    return checkpoints.get(index);
  }

  /** How many jobs a run injecting {@code faults} can take from here: those before the first job a fault touches. */
  int replayable(List<Fault> faults) {
    if (!usable) return 0;
    for (int i = 0; i < checkpoints.size(); i++) {
      for (JobReport r : checkpoints.get(i).reports()) {
        if (faults.stream().anyMatch(f -> f.site().job().equals(r.name()))) return i;
      }
    }
    return 0;
  }

  /** Writes the state files of {@code checkpoint} into a run's empty fake-state directory. */
  static void restore(Checkpoint checkpoint, Path fakeStateDir) {
    try {
      for (Map.Entry<Path, byte[]> f : checkpoint.fakeState().entrySet()) {
        Path file = fakeStateDir.resolve(f.getKey());
        Files.createDirectories(file.getParent());
        Files.write(file, f.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<Path, byte[]> read(Path dir) {
    Map<Path, byte[]> files = new LinkedHashMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) files.put(dir.relativize(p), Files.readAllBytes(p));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
