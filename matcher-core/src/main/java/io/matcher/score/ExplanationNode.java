package io.matcher.score;

import java.util.List;
import java.util.Locale;

/**
 * A value with the reason for it, and the reasons for that: the shape of Lucene's
 * {@code Explanation}, as an immutable record that serialises to JSON as it is.
 *
 * @param value the value explained
 * @param description what it is ("matched sector payments (exact)")
 * @param details the parts it came from
 */
public record ExplanationNode(double value, String description, List<ExplanationNode> details) {
  public ExplanationNode {
    details = List.copyOf(details);
  }

  public static ExplanationNode of(double value, String description, ExplanationNode... details) {
    return new ExplanationNode(value, description, List.of(details));
  }

  public static ExplanationNode of(double value, String description, List<ExplanationNode> details) {
    return new ExplanationNode(value, description, details);
  }

  /** Indented text, one node per line. */
  public String toText() {
    StringBuilder b = new StringBuilder();
    append(b, 0);
    return b.toString();
  }

  void append(StringBuilder b, int depth) {
    b.append("  ".repeat(depth)).append(String.format(Locale.ROOT, "%.3f", value)).append("  ")
        .append(description).append('\n');
    for (ExplanationNode d : details) {
      d.append(b, depth + 1);
    }
  }
}
