package io.matcher.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** HTML escaping and the page frame shared by the agenda, the grid and the report. */
final class Html {
  private Html() {}

  /**
   * {@code text} cleaned and escaped for element content and quoted attribute values alike:
   * escaping the five characters everywhere means a caller can never pick the wrong variant.
   */
  static String esc(String text) {
    String t = Text.clean(text);
    if (!needsEscape(t)) {
      return t; // most names and labels: no copy
    }
    StringBuilder b = new StringBuilder(t.length() + 16);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** One pass over a copy of the chars (faster than {@code charAt} under C1, see {@code Text}). */
  private static boolean needsEscape(String t) {
    for (char c : t.toCharArray()) {
      if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
        return true;
      }
    }
    return false;
  }

  /** {@link #esc} of the one-line form of {@code text}. */
  static String line(String text) {
    return esc(Text.oneLine(text));
  }

  /**
   * A complete, self-contained page: UTF-8, the CSS inlined (no network on a venue's printer
   * laptop), no scripts.
   */
  static String page(String lang, String title, String cssResource, String bodyClass, String body) {
    return "<!DOCTYPE html>\n<html lang=\"" + esc(lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta name=\"generator\" content=\"matcher\">\n"
        + "<title>" + line(title) + "</title>\n<style>\n" + css(cssResource) + "</style>\n</head>\n"
        + "<body class=\"" + esc(bodyClass) + "\">\n" + body + "</body>\n</html>\n";
  }

  /** Stylesheets by resource name, read once: every personal agenda inlines the same one. */
  private static final Map<String, String> STYLESHEETS = new ConcurrentHashMap<>();

  /** The stylesheet shipped beside this class, e.g. {@code agenda.css}. */
  static String css(String name) {
    return STYLESHEETS.computeIfAbsent(name, Html::readCss);
  }

  private static String readCss(String name) {
    try (InputStream in = Html.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource io/matcher/export/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
