package io.matcher.taxonomy;

/**
 * Bilingual display labels, Vietnamese first: "Thanh toán / Payments", "Hạt giống / Seed"; a
 * label that reads the same in both languages ("Fintech", "Edtech") is shown once.
 */
public final class Labels {
  private Labels() {}

  /** "vi / en", or one of them when they are equal (ignoring case) or one is missing. */
  public static String both(String vietnamese, String english) {
    boolean noVi = vietnamese == null || vietnamese.isBlank();
    boolean noEn = english == null || english.isBlank();
    if (noVi) {
      return noEn ? "" : english;
    }
    if (noEn || vietnamese.equalsIgnoreCase(english)) {
      return vietnamese;
    }
    return vietnamese + " / " + english;
  }

  /** The sector {@code code}'s label in both languages, else the code itself. */
  public static String sector(Taxonomy taxonomy, String code) {
    return taxonomy.byCode(code).map(s -> both(s.labels().get("vi"), s.label("en"))).orElse(code);
  }

  /** The stage's label in both languages. */
  public static String stage(Stage stage) {
    return both(stage.vietnamese(), stage.english());
  }
}
