package fr.veille.internal.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;

/**
 * The machine and JVM a benchmark ran on, recorded next to its figures.
 *
 * @param cores available processors
 * @param maxHeapMb the heap limit (-Xmx)
 * @param java Java version and VM
 * @param os operating system
 */
public record Machine(int cores, long maxHeapMb, String java, String os) {

  static Machine current() {
    return new Machine(
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / (1024 * 1024),
        System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")",
        System.getProperty("os.name") + " " + System.getProperty("os.arch"));
  }

  /** Heap in use after two full collections, in MB: what the live objects take. */
  static double heapAfterGcMb() {
    System.gc();
    System.gc();
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    return heap.getUsed() / (1024.0 * 1024.0);
  }

  void addTo(Table table) {
    table.row("machine", cores + " cores, -Xmx " + maxHeapMb + " MB, Java " + java + ", " + os);
  }
}
