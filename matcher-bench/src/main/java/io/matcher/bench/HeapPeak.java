package io.matcher.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap a stretch of work used at its peak, measured at the collections: the used heap is
 * largest just before a collection, so the largest total over the heap pools just before any
 * collection (or at the end) is the peak of the used heap, garbage included; the largest total
 * just after a collection is the peak of what the work kept (its live set, plus what a young
 * collection leaves in the old generation).
 *
 * <p>Not the sum of each pool's own peak ({@link MemoryPoolMXBean#getPeakUsage}): the pools peak
 * at different moments (eden just before each young collection, the old generation later), so
 * that sum can exceed anything the heap ever held at once.
 *
 * <p>The collectors' notifications ({@link GarbageCollectionNotificationInfo}) arrive on a JMX
 * thread shortly after each collection; {@link #stop} waits until every collection counted by
 * the collectors has been seen.
 */
final class HeapPeak implements NotificationListener, AutoCloseable {
  private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
      .collect(Collectors.toUnmodifiableSet());
  private final List<GarbageCollectorMXBean> collectors =
      ManagementFactory.getGarbageCollectorMXBeans();
  private final AtomicLong seen = new AtomicLong();
  private final AtomicLong used = new AtomicLong();
  private final AtomicLong kept = new AtomicLong();
  private final long seenBefore;

  /** Starts measuring now. */
  HeapPeak() {
    long before = 0;
    for (GarbageCollectorMXBean gc : collectors) {
      before += Math.max(0, gc.getCollectionCount());
      ((NotificationEmitter) gc).addNotificationListener(this, null, null);
    }
    seenBefore = before;
    used.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
  }

  @Override
  public void handleNotification(Notification n, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
      return;
    }
    GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
    used.accumulateAndGet(heapTotal(info.getMemoryUsageBeforeGc()), Math::max);
    kept.accumulateAndGet(heapTotal(info.getMemoryUsageAfterGc()), Math::max);
    seen.incrementAndGet();
  }

  /** The peaks so far: used (garbage included) and kept after collections, in bytes. */
  record Peaks(long usedBytes, long keptBytes) {}

  /**
   * Stops measuring and returns the peaks, after the notifications of every collection so far
   * have arrived (at most a few seconds' wait).
   */
  Peaks stop() {
    long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long total = 0;
    for (GarbageCollectorMXBean gc : collectors) {
      total += Math.max(0, gc.getCollectionCount());
    }
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (seen.get() < total - seenBefore && System.nanoTime() < deadline) {
      Thread.onSpinWait();
      Thread.yield();
    }
    close();
    return new Peaks(Math.max(used.get(), now), seen.get() == 0 ? now : kept.get());
  }

  @Override
  public void close() {
    for (GarbageCollectorMXBean gc : collectors) {
      try {
        ((NotificationEmitter) gc).removeNotificationListener(this);
      } catch (javax.management.ListenerNotFoundException e) {
        // already removed
      }
    }
  }

  private long heapTotal(Map<String, MemoryUsage> byPool) {
    long sum = 0;
    for (Map.Entry<String, MemoryUsage> e : byPool.entrySet()) {
      if (heapPools.contains(e.getKey())) {
        sum += e.getValue().getUsed();
      }
    }
    return sum;
  }
}
