package io.matcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapPeakTest {
  private static final int MB = 1 << 20;

  @Test
  void whatIsHeldAcrossACollectionCountsAsKeptAndGarbageOnlyAsUsed() {
    HeapPeak heap = new HeapPeak();
    byte[][] held = new byte[48][];
    for (int i = 0; i < held.length; i++) {
      held[i] = new byte[MB];
      held[i][i] = 1;
    }
    System.gc(); // a collection while the 48 MB are held
    long sum = 0;
    for (byte[] b : held) {
      sum += b[0];
    }
    HeapPeak.Peaks p = heap.stop();
    assertThat(sum).isGreaterThanOrEqualTo(0);
    assertThat(p.keptBytes()).isGreaterThanOrEqualTo(48L * MB);
    assertThat(p.usedBytes()).isGreaterThanOrEqualTo(p.keptBytes());
  }

  @Test
  void garbageThatDiesBeforeACollectionIsNotKept() {
    HeapPeak before = new HeapPeak();
    System.gc();
    long baseline = before.stop().keptBytes(); // whatever else this JVM holds
    HeapPeak heap = new HeapPeak();
    long sum = 0;
    for (int i = 0; i < 64; i++) {
      byte[] b = new byte[MB];
      b[i] = (byte) i;
      sum += b[i];
    }
    System.gc(); // nothing of the 64 MB survives it
    HeapPeak.Peaks p = heap.stop();
    assertThat(sum).isPositive();
    assertThat(p.keptBytes()).isLessThan(baseline + 32L * MB);
    assertThat(p.usedBytes()).isGreaterThan(p.keptBytes());
  }
}
