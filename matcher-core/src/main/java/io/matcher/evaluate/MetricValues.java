package io.matcher.evaluate;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Named metric values ({@code recall@10 ... map, coverage}), in a fixed order. Immutable. */
public final class MetricValues {
  private final List<String> names;
  private final double[] values;

  MetricValues(List<String> names, double[] values) {
    if (names.size() != values.length) {
      throw new IllegalArgumentException("names and values differ in length");
    }
    this.names = List.copyOf(names);
    this.values = values.clone();
  }

  public List<String> names() {
    return names;
  }

  /** The value of a metric by name, such as {@code ndcg@50}. */
  public double get(String name) {
    int i = names.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no metric " + name + " (have " + names + ")");
    }
    return values[i];
  }

  double at(int index) {
    return values[index];
  }

  public Map<String, Double> asMap() {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      m.put(names.get(i), values[i]);
    }
    return m;
  }

  /** The mean of each metric over several investors' values (same names). */
  static MetricValues mean(List<MetricValues> all) {
    if (all.isEmpty()) {
      throw new IllegalArgumentException("no values to average");
    }
    List<String> names = all.get(0).names;
    double[] sum = new double[names.size()];
    for (MetricValues m : all) {
      for (int i = 0; i < sum.length; i++) {
        sum[i] += m.values[i];
      }
    }
    for (int i = 0; i < sum.length; i++) {
      sum[i] /= all.size();
    }
    return new MetricValues(names, sum);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MetricValues m && names.equals(m.names) && Arrays.equals(values, m.values);
  }

  @Override
  public int hashCode() {
    return names.hashCode() * 31 + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return asMap().toString();
  }
}
