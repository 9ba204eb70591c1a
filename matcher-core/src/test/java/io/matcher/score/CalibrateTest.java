package io.matcher.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link BlockedText#calibrate}'s vector loops give, bit for bit, the calibration of {@link
 * TextRelevance#compute}: {@code (float) Math.min(1.0, v / self)}, for zeros of both signs,
 * values around and above the self-score, NaN and the extremes of float.
 */
class CalibrateTest {
  private static float reference(float v, double self) {
    return (float) Math.min(1.0, v / self);
  }

  @Property(tries = 300)
  void sameFloatsAsTheReference(@ForAll @IntRange(min = 0, max = 300) int n,
      @ForAll long seed) {
    Random r = new Random(seed);
    double self = Math.pow(10, r.nextDouble() * 12 - 6); // 1e-6 .. 1e6
    float[] v = new float[n];
    for (int k = 0; k < n; k++) {
      v[k] = switch (r.nextInt(8)) {
        case 0 -> 0f;
        case 1 -> -0f;
        case 2 -> (float) (self * (1 + (r.nextDouble() - 0.5) * 1e-6)); // about self
        case 3 -> Float.intBitsToFloat(r.nextInt()); // any bits: NaN, infinities, subnormals
        case 4 -> Float.MIN_VALUE * r.nextInt(100);
        default -> (float) (r.nextDouble() * 2 * self);
      };
    }
    float[] expected = new float[n];
    for (int k = 0; k < n; k++) {
      expected[k] = reference(v[k], self);
    }
    float[] one = v.clone();
    BlockedText.calibrate(v, self, new double[n + r.nextInt(3)]);
    BlockedText.calibrate(one, self);
    for (int k = 0; k < n; k++) {
      assertThat(Float.floatToRawIntBits(v[k])).as("value %d", k)
          .isEqualTo(Float.floatToRawIntBits(expected[k]));
      assertThat(Float.floatToRawIntBits(one[k])).as("value %d, one at a time", k)
          .isEqualTo(Float.floatToRawIntBits(expected[k]));
    }
  }
}
