package io.matcher.score;

/**
 * Location preference: 1 when the startup's location matches one of the investor's locations, 0
 * when it matches none, neutral when the investor states none or the startup gives none. Both are
 * folded ({@link io.matcher.taxonomy.Fold#key}), and a match is equality or one containing the
 * other as whole words, so "Đà Nẵng" = "da nang" and "Hanoi, Vietnam" ⊇ "Vietnam".
 */
final class LocationFit implements ScoreComponent {
  private final Profiles p;
  private final double neutral;

  LocationFit(Profiles p, double neutral) {
    this.p = p;
    this.neutral = neutral;
  }

  @Override
  public String name() {
    return "location";
  }

  @Override
  public double value(int investor, int startup) {
    String[] wanted = p.investorLocations[investor];
    String at = p.startupLocation[startup];
    if (wanted.length == 0 || at == null) {
      return neutral;
    }
    return matching(wanted, at) == null ? 0 : 1;
  }

  private static String matching(String[] wanted, String at) {
    for (String w : wanted) {
      if (w.equals(at) || containsWords(at, w) || containsWords(w, at)) {
        return w;
      }
    }
    return null;
  }

  private static boolean containsWords(String text, String words) {
    return (" " + text + " ").contains(" " + words + " ");
  }

  @Override
  public ExplanationNode explain(int investor, int startup) {
    double v = value(investor, startup);
    if (p.investorLocations[investor].length == 0) {
      return ExplanationNode.of(v, "investor states no location: neutral");
    }
    if (p.startupLocation[startup] == null) {
      return ExplanationNode.of(v, "startup gives no location: neutral");
    }
    String m = matching(p.investorLocations[investor], p.startupLocation[startup]);
    String loc = p.startup(startup).location();
    String shown = m == null ? null : p.investor(investor).locations().stream()
        .filter(l -> io.matcher.taxonomy.Fold.key(l).equals(m)).findFirst().orElse(m);
    return ExplanationNode.of(v, m != null
        ? "startup location \"" + loc + "\" matches investor location \"" + shown + "\""
        : "startup location \"" + loc + "\" is not among " + p.investor(investor).locations());
  }
}
