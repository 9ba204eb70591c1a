package io.matcher.generate;

import java.util.List;
import java.util.SplittableRandom;

/** A seeded source of choices; the only randomness the generator uses, so a seed fixes the output. */
final class Rnd {
  private final SplittableRandom random;

  Rnd(long seed) {
    this.random = new SplittableRandom(seed);
  }

  double unit() {
    return random.nextDouble();
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** A whole number in {@code [from, to]}. */
  int between(int from, int to) {
    return from >= to ? from : from + random.nextInt(to - from + 1);
  }

  int below(int bound) {
    return random.nextInt(bound);
  }

  <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  <T> T pick(T[] array) {
    return array[random.nextInt(array.length)];
  }

  /** Log-uniform in {@code [from, to]}: as many values per decade. */
  double logUniform(double from, double to) {
    // StrictMath: the same bits on every JVM and CPU, so a seed gives the same files everywhere.
    double lo = StrictMath.log(from);
    return StrictMath.exp(lo + random.nextDouble() * (StrictMath.log(to) - lo));
  }

  /** Stochastic rounding: {@code x} on average. */
  int round(double x) {
    int floor = (int) Math.floor(x);
    return floor + (random.nextDouble() < x - floor ? 1 : 0);
  }

  /** An index drawn with probability proportional to {@code weights}. */
  int weighted(double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** A draw from precomputed cumulative weights (binary search). */
  int cumulative(double[] cumulative) {
    double x = random.nextDouble() * cumulative[cumulative.length - 1];
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > x) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
}
