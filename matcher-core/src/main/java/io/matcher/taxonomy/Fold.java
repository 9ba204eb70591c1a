package io.matcher.taxonomy;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text to a lookup key: Unicode NFD, combining marks removed, {@code đ/Đ} to {@code d},
 * lower case, and every run of characters other than letters and digits to one space.
 *
 * <p>Vietnamese writes tones and vowel qualities as combining marks, so after NFD
 * "Công nghệ tài chính" and "cong nghe tai chinh" fold to the same key. {@code đ} is a letter of
 * its own (not d plus a mark) and is mapped explicitly. The Lucene index uses ICU folding for
 * the same purpose; this small function serves the vocabulary lookups, which must not depend on
 * the index.
 */
public final class Fold {
  private Fold() {}

  /** The folded key of {@code text}; never null, possibly empty. */
  public static String key(String text) {
    if (text == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean pendingSpace = false;
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.getType(cp) == Character.NON_SPACING_MARK
          || Character.getType(cp) == Character.COMBINING_SPACING_MARK
          || Character.getType(cp) == Character.ENCLOSING_MARK) {
        continue;
      }
      if (cp == 'đ' || cp == 'Đ') {
        cp = 'd';
      }
      if (Character.isLetterOrDigit(cp)) {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        out.appendCodePoint(Character.toLowerCase(cp));
      } else {
        pendingSpace = true;
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
