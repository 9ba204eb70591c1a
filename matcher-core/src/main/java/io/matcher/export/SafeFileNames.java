package io.matcher.export;

import io.matcher.taxonomy.Fold;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * File names for people, from their name and id: "Quỹ Đầu tư Sao Mai" + "I007" →
 * {@code quy-dau-tu-sao-mai-I007}. The result is plain ASCII letters, digits, '-' and '_' — no
 * separator, dot, control character or reserved device name — so a hostile name cannot leave the
 * output directory, hide the file or break on Windows, and every operating system and mail
 * client shows it the same way.
 */
public final class SafeFileNames {
  /** Longest slug taken from the name. */
  public static final int MAX_NAME = 60;
  /** Longest part taken from the id. */
  public static final int MAX_ID = 40;

  private static final Set<String> WINDOWS_RESERVED = Set.of(
      "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
      "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

  private SafeFileNames() {}

  /** The name folded to lower-case ASCII words joined by '-', at most {@code max} characters. */
  public static String slug(String name, int max) {
    String folded = Fold.key(Text.clean(name));
    StringBuilder b = new StringBuilder();
    boolean dash = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (dash && b.length() > 0) {
          b.append('-');
        }
        dash = false;
        b.append(c);
      } else {
        dash = true; // non-ASCII letters that do not fold (e.g. CJK, ø) become separators
      }
    }
    return cut(b.toString(), max);
  }

  /** The id with everything but ASCII letters, digits and '_' made '-', case kept. */
  public static String id(String id, int max) {
    String t = Text.clean(id);
    StringBuilder b = new StringBuilder();
    boolean dash = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
        if (dash && b.length() > 0) {
          b.append('-');
        }
        dash = false;
        b.append(c);
      } else {
        dash = true;
      }
    }
    return cut(b.toString(), max);
  }

  /** The file stem (no extension) for one person, before making it unique. */
  public static String stem(String name, String id) {
    String n = slug(name, MAX_NAME);
    String i = id(id, MAX_ID);
    String s = n.isEmpty() ? i : i.isEmpty() ? n : n + "-" + i;
    if (s.isEmpty()) {
      s = "person";
    }
    if (WINDOWS_RESERVED.contains(s.toLowerCase(Locale.ROOT))) {
      s = s + "_";
    }
    return s;
  }

  /**
   * Unique stems for people given as (id, name) pairs in a fixed order: a stem already taken —
   * compared ignoring case, for macOS and Windows file systems — gets "-2", "-3", ….
   *
   * @return id → stem, in the given order
   */
  public static Map<String, String> assign(List<Map.Entry<String, String>> idAndName) {
    Map<String, String> out = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    List<Map.Entry<String, String>> todo = new ArrayList<>(idAndName);
    for (Map.Entry<String, String> p : todo) {
      String base = stem(p.getValue(), p.getKey());
      String s = base;
      for (int n = 2; !taken.add(s.toLowerCase(Locale.ROOT)); n++) {
        s = base + "-" + n;
      }
      out.put(p.getKey(), s);
    }
    return out;
  }

  /**
   * Whether a relative path is one this package may produce: '/'-separated segments of ASCII
   * letters, digits, '-', '_' and '.', none empty, none starting with '.'. A last line of defence
   * checked on every file before it is handed out.
   */
  public static boolean isSafeRelativePath(String path) {
    if (path == null || path.isEmpty() || path.length() > 200) {
      return false;
    }
    for (String seg : path.split("/", -1)) {
      if (seg.isEmpty() || seg.charAt(0) == '.' || seg.charAt(0) == '-') {
        return false;
      }
      for (int i = 0; i < seg.length(); i++) {
        char c = seg.charAt(i);
        boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '-' || c == '_' || c == '.';
        if (!ok) {
          return false;
        }
      }
    }
    return true;
  }

  private static String cut(String s, int max) {
    String t = s.length() > max ? s.substring(0, max) : s;
    int end = t.length();
    while (end > 0 && t.charAt(end - 1) == '-') {
      end--;
    }
    return t.substring(0, end);
  }
}
