package fr.veille.internal.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * Samples the heap while a benchmark runs: the peak of heap in use (garbage included: how close the
 * run came to -Xmx) and the peak of heap in use right after a collection (the live set: what the run
 * really needs). Start it, then close it to stop sampling. Thread-safe.
 */
final class HeapWatcher implements AutoCloseable {
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peakUsed;
  private volatile long peakAfterGc;

  HeapWatcher() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    thread = new Thread(this::sample, "veille-bench-heap");
    thread.setDaemon(true);
    thread.start();
  }

  private void sample() {
    while (running) {
      long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      long afterGc = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        MemoryUsage collected = pool.getCollectionUsage();
        if (pool.getType() == MemoryType.HEAP && collected != null) {
          afterGc += collected.getUsed();
        }
      }
      peakUsed = Math.max(peakUsed, used);
      peakAfterGc = Math.max(peakAfterGc, afterGc);
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  double peakUsedMb() {
    return peakUsed / (1024.0 * 1024.0);
  }

  double peakAfterGcMb() {
    return peakAfterGc / (1024.0 * 1024.0);
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
