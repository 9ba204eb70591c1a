package io.matcher.pipeline;

import io.matcher.model.Investor;
import io.matcher.model.Startup;
import io.matcher.score.PairScores;
import io.matcher.taxonomy.Labels;
import io.matcher.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The why-line of a planned meeting: the components that contributed most to the pair's score,
 * as short bilingual phrases a participant understands, Vietnamese first ("lĩnh vực / sector:
 * Thanh toán / Payments", "giai đoạn / stage: Hạt giống / Seed", "được đề nghị gặp / asked to
 * meet"), strongest first. Only components that carry weight and scored at least half count.
 */
final class MatchReasons {
  private static final int MAX_REASONS = 3;

  private MatchReasons() {}

  static List<String> of(PairScores scores, int i, int s, Investor investor, Startup startup, Taxonomy taxonomy) {
    List<String> names = scores.componentNames();
    double[] values = scores.components(i, s);
    List<Integer> order = new ArrayList<>();
    for (int c = 0; c < names.size(); c++) {
      if (scores.weights().of(names.get(c)) > 0 && values[c] >= 0.5) {
        order.add(c);
      }
    }
    order.sort(Comparator.comparingDouble((Integer c) -> -scores.weights().of(names.get(c)) * values[c])
        .thenComparing(c -> c));
    List<String> out = new ArrayList<>();
    for (int c : order) {
      String phrase = phrase(names.get(c), values[c], scores.must(i, s), investor, startup, taxonomy);
      if (phrase != null && out.size() < MAX_REASONS) {
        out.add(phrase);
      }
    }
    return out;
  }

  private static String phrase(String component, double value, boolean must, Investor investor,
      Startup startup, Taxonomy taxonomy) {
    switch (component) {
      case "sector": {
        for (String code : startup.sectors()) {
          for (String covered : taxonomy.selfAndParent(code)) {
            if (investor.sectors().contains(covered)) {
              return "lĩnh vực / sector: " + label(taxonomy, code);
            }
          }
        }
        return startup.sectors().isEmpty() || investor.sectors().isEmpty()
            ? null : "lĩnh vực gần / related sector: " + label(taxonomy, startup.sectors().get(0));
      }
      case "stage":
        return startup.stage() == null ? null
            : (value >= 1 ? "giai đoạn / stage: " : "giai đoạn gần / near stage: ") + Labels.stage(startup.stage());
      case "ticket":
        return startup.raiseAmount() == null ? null : "khoản đầu tư hợp với số vốn gọi / ticket fits the raise";
      case "text":
        return "định hướng đầu tư khớp mô tả / thesis matches the description";
      case "location":
        return startup.location() == null ? null : "địa điểm / location: " + startup.location();
      case "wish":
        return must ? "bắt buộc gặp / must-meet wish" : "được đề nghị gặp / asked to meet";
      default:
        return component.toLowerCase(Locale.ROOT) + String.format(Locale.ROOT, " %.2f", value);
    }
  }

  private static String label(Taxonomy taxonomy, String code) {
    return Labels.sector(taxonomy, code);
  }
}
