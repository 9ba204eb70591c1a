package io.matcher.score;

import java.util.List;
import java.util.Locale;

/**
 * Everything about one pair: the components with weights and contributions and their reasons,
 * the external score if any, and why the pair cannot meet if it cannot.
 *
 * @param allowed whether the pair may be planned
 * @param impossibility why not, or null when allowed
 * @param must whether a "must" preference (either side) names the pair: the planner forces it
 * @param total the score the planner sees (after external scores)
 * @param computed the weighted combination of the components
 * @param external the external score, or null
 * @param externalMode how the external score was used, or null
 * @param components in the order of {@link PairScores#componentNames()}
 */
public record PairExplanation(
    String investorId,
    String investorName,
    String startupId,
    String startupName,
    boolean allowed,
    Impossibility impossibility,
    boolean must,
    double total,
    double computed,
    Double external,
    ExternalMode externalMode,
    List<ComponentExplanation> components) {
  public PairExplanation {
    components = List.copyOf(components);
  }

  /** A readable report for terminals. */
  public String toText() {
    StringBuilder b = new StringBuilder();
    b.append(investorName).append(" (").append(investorId).append(") x ").append(startupName)
        .append(" (").append(startupId).append(")\n");
    b.append(String.format(Locale.ROOT, "total %.3f", total));
    if (external != null) {
      b.append(String.format(Locale.ROOT, " (computed %.3f, external %.3f, %s)", computed,
          external, externalMode.name().toLowerCase(Locale.ROOT)));
    }
    b.append(allowed ? "" : "  IMPOSSIBLE: " + impossibility.description());
    b.append(must ? "  MUST MEET" : "").append('\n');
    for (ComponentExplanation c : components) {
      b.append(String.format(Locale.ROOT, "  %-9s weight %.2f  value %.3f  contributes %.3f%n",
          c.name(), c.weight(), c.value(), c.contribution()));
      for (ExplanationNode d : c.detail().details()) {
        d.append(b, 3);
      }
      if (c.detail().details().isEmpty()) {
        b.append("      ").append(c.detail().description()).append('\n');
      }
    }
    return b.toString();
  }
}
