package io.matcher.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PairedBootstrapTest {
  @Test
  void aConsistentImprovementExceedsNoise() {
    double[] a = new double[50];
    double[] b = new double[50];
    for (int i = 0; i < 50; i++) {
      a[i] = (i % 7) / 10.0;
      b[i] = a[i] + 0.05 + (i % 3) / 100.0;
    }
    PairedBootstrap.Difference d = PairedBootstrap.compare(a, b, 1000, 1);
    assertThat(d.difference()).isPositive();
    assertThat(d.ciLow()).isPositive();
    assertThat(d.exceedsNoise()).isTrue();
    assertThat(d.p()).isLessThan(0.01);
  }

  @Test
  void noisyDifferencesAroundZeroDoNot() {
    double[] a = new double[40];
    double[] b = new double[40];
    for (int i = 0; i < 40; i++) {
      a[i] = 0.5;
      b[i] = 0.5 + (i % 2 == 0 ? 0.3 : -0.3) + (i == 0 ? 0.01 : 0);
    }
    PairedBootstrap.Difference d = PairedBootstrap.compare(a, b, 1000, 1);
    assertThat(d.ciLow()).isNegative();
    assertThat(d.ciHigh()).isPositive();
    assertThat(d.exceedsNoise()).isFalse();
    assertThat(d.p()).isGreaterThan(0.5);
  }

  @Test
  void identicalSamplesAndSeedsGiveIdenticalResults() {
    double[] a = {0.1, 0.4, 0.2, 0.9};
    double[] b = {0.3, 0.1, 0.5, 0.8};
    assertThat(PairedBootstrap.compare(a, b, 500, 9)).isEqualTo(PairedBootstrap.compare(a, b, 500, 9));
    assertThat(PairedBootstrap.compare(a, a, 100, 9).exceedsNoise()).isFalse();
  }
}
