package io.matcher.export;

/**
 * Cleans input text before it lands in any output. Names come from spreadsheets and web forms,
 * so they may carry control characters, lone surrogates or bidirectional overrides that would make
 * an iCalendar file invalid, break a CSV row or visually spoof a name on a printed agenda.
 */
final class Text {
  private Text() {}

  /**
   * {@code text} without control characters (newlines and tabs kept, CR LF and lone CR become
   * LF), lone surrogates, bidi overrides/isolates, byte-order marks or non-characters; null
   * becomes "".
   */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, text.charAt(i + 1));
          i++;
          if ((cp & 0xFFFE) != 0xFFFE) {
            b.appendCodePoint(cp);
          }
        }
        continue;
      }
      if (Character.isLowSurrogate(c)) {
        continue;
      }
      if (c == '\r') {
        if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
          b.append('\n');
        }
        continue;
      }
      if (c == '\n' || c == '\t') {
        b.append(c);
        continue;
      }
      if (Character.isISOControl(c) || isInvisibleTrouble(c)) {
        continue;
      }
      b.append(c);
    }
    return b.toString();
  }

  /** {@link #clean} with every run of white space (newlines included) made one space, trimmed. */
  static String oneLine(String text) {
    String c = clean(text);
    StringBuilder b = new StringBuilder(c.length());
    boolean space = false;
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      if (Character.isWhitespace(ch) || Character.isSpaceChar(ch)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
        }
        space = false;
        b.append(ch);
      }
    }
    return b.toString();
  }

  /** Whether {@code text} is null or blank after cleaning. */
  static boolean blank(String text) {
    return oneLine(text).isEmpty();
  }

  private static boolean isInvisibleTrouble(char c) {
    return (c >= '\u202A' && c <= '\u202E') // bidi embeddings and overrides
        || (c >= '\u2066' && c <= '\u2069') // bidi isolates
        || c == '\u2028' || c == '\u2029' // line/paragraph separators break CSV and JSON viewers
        || c == '\uFEFF' // byte-order mark in the middle of text
        || c == '\uFFFE' || c == '\uFFFF';
  }
}
