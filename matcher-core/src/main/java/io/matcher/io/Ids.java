package io.matcher.io;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The rules for ids (of investors, startups, slots and tables, and every reference to one). An id
 * is compared in Unicode normalisation form NFC, so that {@code Hà} typed on a Mac (decomposed)
 * and on Windows (composed) is one id. It may not hold a control character (category Cc), a
 * format character (Cf: U+FEFF, zero-width spaces and joiners, bidirectional controls), an
 * unpaired surrogate (Cs), a private-use character (Co) or a line or paragraph separator (Zl, Zp),
 * and is at most {@value #MAX_LENGTH} characters long:
 * these are invisible or stripped in outputs, so that two distinct ids would print the same.
 * Names and other texts are kept exactly as written.
 */
public final class Ids {
  /**
   * Longest id, in characters. Ids are index keys (Lucene refuses a term above 32766 bytes) and
   * file names; a longer one is a pasted text, not an id.
   */
  public static final int MAX_LENGTH = 200;

  private Ids() {}

  /** {@code id} in NFC. */
  public static String normalise(String id) {
    return Normalizer.isNormalized(id, Normalizer.Form.NFC) ? id : Normalizer.normalize(id, Normalizer.Form.NFC);
  }

  /**
   * Why {@code id} is not a valid id, naming the first bad character's position (1-based, in
   * characters of the id as written) and code point; null when it is valid.
   */
  public static String problem(String id) {
    if (id.length() > MAX_LENGTH) {
      return "an id of " + id.length() + " characters, expected at most " + MAX_LENGTH;
    }
    int index = 1;
    for (int i = 0; i < id.length(); index++) {
      int cp = id.codePointAt(i);
      String kind = kind(cp);
      if (kind != null) {
        String name = Character.getName(cp);
        return "character " + index + " is " + String.format(Locale.ROOT, "U+%04X", cp)
            + (name == null ? "" : " " + name) + " (" + kind + "), expected an id of visible characters";
      }
      i += Character.charCount(cp);
    }
    return null;
  }

  private static String kind(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONTROL -> "a control character";
      case Character.FORMAT -> "an invisible format character";
      case Character.SURROGATE -> "half of a surrogate pair";
      case Character.PRIVATE_USE -> "a private-use character";
      case Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> "a line separator";
      case Character.UNASSIGNED -> "an unassigned code point";
      default -> null;
    };
  }
}
