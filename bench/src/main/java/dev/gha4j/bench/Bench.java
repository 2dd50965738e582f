package dev.gha4j.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code make bench}: how long generation takes in-process once warm, for FinanceHub's workflows
 * and for synthetic chains of 1,000 and 10,000 jobs, the 10k/1k ratio (10 means linear), and the
 * peak heap of each (see {@link HeapProbe}). A harness that prints medians, not a test: nothing
 * here passes or fails on a time.
 *
 * <p>{@code Bench --loop SCENARIO N} runs one scenario N times and prints each time, for a profiler.
 *
 * <p>Each scenario is timed in a JVM of its own. It warms up (at least 10 runs and 5 seconds),
 * then runs 21 times back to back, so
 * the collector is in the steady state a long-lived process would see (a full GC before each run
 * made G1 shrink its young generation and every run slower); the median and the fastest run are
 * printed.
 */
public final class Bench {
  private static final int MEASURED = 21;
  private static final int WARMUP_RUNS = 10;
  private static final long WARMUP_NANOS = 5_000_000_000L;

  private Bench() {}

  /**
   * Runs every scenario and prints its timings, or, with {@code --heap-child <scenario>}, runs one
   * scenario in a JVM of its own for the peak-heap probe.
   *
   * @param args nothing, or {@code --heap-child} and a scenario's name
   * @throws Exception when a scenario fails: the bench measures only runs that succeed
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("--heap-child")) {
      HeapProbe.child(Scenario.named(args[1]));
      return;
    }
    if (args.length == 3 && args[0].equals("--loop")) {
      loop(Scenario.named(args[1]), Integer.parseInt(args[2]));
      return;
    }
    if (args.length == 2 && args[0].equals("--time-child")) {
      Scenario s = Scenario.named(args[1]);
      double[] t = time(s);
      double[] p = phases(s);
      System.out.printf(Locale.ROOT, "timing %f %f %f %f %d%nphases", t[0], t[1], t[2], t[3], s.run());
      for (double ms : p) System.out.printf(Locale.ROOT, " %f", ms);
      System.out.println();
      return;
    }
    Runtime rt = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "java %s, %d cores, default max heap %d MiB%n",
        System.getProperty("java.version"), rt.availableProcessors(), rt.maxMemory() >> 20);
    System.out.printf(Locale.ROOT, "%-12s %10s %10s %10s %10s %12s %14s %12s%n",
        "scenario", "median ms", "min ms", "cpu ms", "gc ms", "YAML chars", "smallest -Xmx", "pool peak");
    double oneK = 0;
    double tenK = 0;
    Map<String, double[]> phases = new LinkedHashMap<>();
    for (Scenario s : Scenario.all()) {
      List<String> child = timeInOwnJvm(s);
      double[] t = numbers(child.get(0));
      phases.put(s.name(), numbers(child.get(1)));
      int xmx = HeapProbe.smallestHeapMib(s);
      long pool = HeapProbe.poolPeakMib(s);
      System.out.printf(Locale.ROOT, "%-12s %10.1f %10.1f %10.1f %10.1f %12d %10d MiB %8d MiB%n",
          s.name(), t[0], t[1], t[2], t[3], (long) t[4], xmx, pool);
      if (s.jobs() == 1_000) oneK = t[0];
      if (s.jobs() == 10_000) tenK = t[0];
    }
    System.out.printf(Locale.ROOT, "ratio 10k/1k (medians): %.2f (10 = linear)%n", tenK / oneK);
    System.out.println("cpu ms: median CPU time of the whole process per run (all threads, GC included);"
        + " unlike wall time it hardly grows when other work shares the machine.");
    System.out.println("gc ms: mean time the collectors report per run (a collection falls into some runs, so its"
        + " median is 0): time the phases below do not show, as their medians leave those runs out.");
    System.out.printf(Locale.ROOT, "%nwhere the time goes (median ms per phase)%n%-12s", "scenario");
    for (String phase : Scenario.PHASES) System.out.printf(Locale.ROOT, " %10s", phase);
    System.out.println();
    phases.forEach((name, ms) -> {
      System.out.printf(Locale.ROOT, "%-12s", name);
      for (double m : ms) System.out.printf(Locale.ROOT, " %10.1f", m);
      System.out.println();
    });
  }

  // Each scenario in a JVM of its own, as JMH forks per benchmark: timed after the others in one
  // JVM, the 10,000-job chain's median was 609 to 814 ms, alone 488 to 567 ms, minutes apart (the
  // JIT had compiled for the smaller scenarios first).
  private static List<String> timeInOwnJvm(Scenario s) throws IOException, InterruptedException {
    List<String> output = ChildJvm.run(List.of(), "--time-child", s.name());
    List<String> lines = output == null ? List.of()
        : output.stream().filter(l -> l.startsWith("timing ") || l.startsWith("phases ")).toList();
    if (lines.size() != 2) throw new IllegalStateException("timing " + s.name() + " failed: " + output);
    return lines;
  }

  private static double[] numbers(String line) {
    String[] parts = line.trim().split(" ");
    double[] out = new double[parts.length - 1];
    for (int i = 1; i < parts.length; i++) out[i - 1] = Double.parseDouble(parts[i]);
    return out;
  }

  // Median milliseconds of each phase over the measured runs (the scenario is warm by now).
  private static double[] phases(Scenario s) {
    int n = Scenario.PHASES.size();
    List<List<Double>> runs = new ArrayList<>();
    for (int p = 0; p < n; p++) runs.add(new ArrayList<>());
    for (int i = 0; i < MEASURED; i++) {
      long[] nanos = s.phases();
      for (int p = 0; p < n; p++) runs.get(p).add(nanos[p] / 1e6);
    }
    double[] medians = new double[n];
    for (int p = 0; p < n; p++) {
      Collections.sort(runs.get(p));
      medians[p] = runs.get(p).get(MEASURED / 2);
    }
    return medians;
  }

  // For profiling (BENCHMARKS.md): one scenario again and again, each time printed.
  private static void loop(Scenario s, int times) {
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int i = 0; i < times; i++) {
      long c0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      long chars = s.run();
      System.out.printf(Locale.ROOT, "%s %.1f ms, cpu %.1f ms (%d chars)%n", s.name(), (System.nanoTime() - t0) / 1e6,
          (os.getProcessCpuTime() - c0) / 1e6, chars);
    }
  }

  // {median wall, min wall, median process CPU, mean GC} in milliseconds.
  private static double[] time(Scenario s) {
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long sink = 0;
    long start = System.nanoTime();
    for (int i = 0; i < WARMUP_RUNS || System.nanoTime() - start < WARMUP_NANOS; i++) sink += s.run();
    List<Double> wall = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    List<Double> gc = new ArrayList<>();
    for (int i = 0; i < MEASURED; i++) {
      long g0 = gcMillis();
      long c0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      sink += s.run();
      wall.add((System.nanoTime() - t0) / 1e6);
      cpu.add((os.getProcessCpuTime() - c0) / 1e6);
      gc.add((double) (gcMillis() - g0));
    }
    if (sink == 42) System.out.println(); // keeps the results alive
    Collections.sort(wall);
    Collections.sort(cpu);
    double gcMean = gc.stream().mapToDouble(Double::doubleValue).sum() / MEASURED;
    return new double[] {wall.get(MEASURED / 2), wall.get(0), cpu.get(MEASURED / 2), gcMean};
  }

  // Total collection time all collectors report so far.
  private static long gcMillis() {
    long total = 0;
    for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }
}
