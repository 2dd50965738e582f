package dev.gha4j.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;

/**
 * Peak heap of one generation, measured two ways, each in a fresh JVM so that nothing else the
 * harness did is on the heap:
 *
 * <ul>
 *   <li><b>smallest -Xmx</b>: the least of a ladder of heap limits under which the generation
 *       still completes (it fails with OutOfMemoryError below). The closest thing to "the heap
 *       this needs", independent of how lazily the collector works.
 *   <li><b>pool peak</b>: with the default heap, after a full GC as baseline, every heap pool's
 *       peak-usage counter is reset, the generation runs once, and the peaks are added up. An
 *       upper bound: it counts garbage not yet collected and peaks of different pools that did
 *       not happen at the same time.
 * </ul>
 */
final class HeapProbe {
  static final int[] LADDER_MIB = {16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 1024};

  private HeapProbe() {}

  /** The child's side: warm up once, then report the pool peak of one more generation in MiB. */
  static void child(Scenario scenario) {
    scenario.run();
    System.gc();
    System.gc();
    List<MemoryPoolMXBean> heap = new ArrayList<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
        heap.add(pool);
      }
    }
    long chars = scenario.run();
    long peak = 0;
    for (MemoryPoolMXBean pool : heap) peak += pool.getPeakUsage().getUsed();
    System.out.println("peak " + peak / (1024 * 1024) + " chars " + chars);
  }

  /** The smallest heap on the ladder the scenario completes in, or -1 if none. */
  static int smallestHeapMib(Scenario scenario) throws IOException, InterruptedException {
    for (int mib : LADDER_MIB) {
      if (runChild(scenario, "-Xmx" + mib + "m") != null) return mib;
    }
    return -1;
  }

  /** Pool peak in MiB with the JVM's default heap. */
  static long poolPeakMib(Scenario scenario) throws IOException, InterruptedException {
    String line = runChild(scenario, "-Xms16m");
    if (line == null) throw new IllegalStateException("the heap probe for " + scenario.name() + " failed");
    return Long.parseLong(line.split(" ")[1]);
  }

  // The child's "peak ..." line, or null when it failed (out of memory).
  private static String runChild(Scenario scenario, String heapOption) throws IOException, InterruptedException {
    List<String> lines = ChildJvm.run(List.of(heapOption), "--heap-child", scenario.name());
    return lines == null ? null : lines.stream().filter(l -> l.startsWith("peak ")).findFirst().orElse(null);
  }
}
