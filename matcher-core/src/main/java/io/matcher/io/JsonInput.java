package io.matcher.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strict JSON for every input file: exactly one value per file (anything after it but white
 * space is an error), no duplicate keys, no comments, NaN or Infinity, numbers bounded by {@link
 * Numbers} before they are converted, nesting at most {@value #MAX_DEPTH} levels, texts at most
 * {@value #MAX_TEXT} characters. Every failure becomes one {@link Problem} in our own words with
 * line, column and, where known, the JSON path; no parser message reaches the user.
 *
 * <p>The tree is built here from the parser's tokens rather than by {@code readTree}, so that each
 * number's text can be checked where it stands (with its position) before a {@link BigDecimal}
 * is made of it. Linear in the size of the text.
 */
public final class JsonInput {
  /** Deepest nesting of lists and objects accepted. Event files need 4. */
  public static final int MAX_DEPTH = 64;
  /** Longest text value (or key) accepted, in characters. */
  public static final int MAX_TEXT = 1_000_000;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_DEPTH)
          .maxNumberLength(Numbers.MAX_LENGTH)
          .maxStringLength(MAX_TEXT)
          .maxNameLength(MAX_TEXT)
          .build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private JsonInput() {}

  /**
   * The one JSON value of {@code text} (a leading byte-order mark is skipped), or null after
   * reporting one error to {@code problems}, naming {@code file}.
   */
  public static JsonNode parse(String file, String text, Consumer<Problem> problems) {
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      problems.accept(error(file, null, "is empty, expected JSON"));
      return null;
    }
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonNode root;
      try {
        root = tree(p, file, text, problems);
      } catch (JsonProcessingException e) {
        problems.accept(error(file, where(at(e, p, text), p), "is not valid JSON: " + explain(e, text, false)));
        return null;
      }
      if (root == null) {
        return null;
      }
      JsonLocation end = p.currentLocation();
      try {
        if (p.nextToken() != null) {
          problems.accept(error(file, where(p.currentTokenLocation(), null), "found more after the JSON value that "
              + "ends at line " + end.getLineNr() + ", column " + end.getColumnNr()
              + ", expected one JSON value per file"));
          return null;
        }
      } catch (JsonProcessingException e) {
        problems.accept(error(file, where(at(e, p, text), null), "found " + explain(e, text, true)
            + " after the JSON value that ends at line " + end.getLineNr() + ", column " + end.getColumnNr()
            + ", expected one JSON value per file"));
        return null;
      }
      return root;
    } catch (IOException e) {
      // reading from a String: only the parser's own exceptions above can occur
      problems.accept(error(file, null, "is not valid JSON"));
      return null;
    }
  }

  private static Problem error(String file, String where, String message) {
    return new Problem(Severity.ERROR, file, where, null, message);
  }

  /** Builds the tree of the first value; null after reporting a number out of bounds. */
  private static JsonNode tree(JsonParser p, String file, String text, Consumer<Problem> problems)
      throws IOException {
    Deque<JsonNode> open = new ArrayDeque<>();
    JsonNode root = null;
    String name = null;
    JsonToken t;
    while ((t = p.nextToken()) != null) {
      JsonNode value;
      switch (t) {
        case FIELD_NAME -> {
          name = p.currentName();
          if (!wholeCharacters(name, p, file, problems)) {
            return null;
          }
          continue;
        }
        case END_OBJECT, END_ARRAY -> {
          open.pop();
          if (open.isEmpty()) {
            return root;
          }
          continue;
        }
        case START_OBJECT -> value = NODES.objectNode();
        case START_ARRAY -> value = NODES.arrayNode();
        case VALUE_STRING -> {
          String text1 = p.getText();
          if (!wholeCharacters(text1, p, file, problems)) {
            return null;
          }
          value = NODES.textNode(text1);
        }
        case VALUE_TRUE -> value = NODES.booleanNode(true);
        case VALUE_FALSE -> value = NODES.booleanNode(false);
        case VALUE_NULL -> value = NODES.nullNode();
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
          Numbers.Reading r = Numbers.readJson(p.getText());
          if (!r.ok()) {
            problems.accept(error(file, where(p.currentTokenLocation(), p), "found the number "
                + shorten(p.getText()) + ", expected " + r.problem()));
            return null;
          }
          value = number(t, r.value());
        }
        default -> throw new IllegalStateException("token " + t + " in a JSON tree");
      }
      if (open.isEmpty()) {
        root = value;
      } else if (open.peek() instanceof ObjectNode o) {
        o.set(name, value);
      } else {
        ((ArrayNode) open.peek()).add(value);
      }
      if (value.isContainerNode()) {
        open.push(value);
      } else if (open.isEmpty()) {
        return root;
      }
    }
    return root;
  }

  /**
   * A {@code \\uD800} escape without its pair is half a character: no output could write it, so it is
   * refused where it stands.
   */
  private static boolean wholeCharacters(String s, JsonParser p, String file, Consumer<Problem> problems) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
      if (paired) {
        i++;
      } else if (Character.isSurrogate(c)) {
        problems.accept(error(file, where(p.currentTokenLocation(), p), "a text holds "
            + String.format(Locale.ROOT, "\\u%04X", (int) c) + " at character " + (i + 1)
            + ", half of a surrogate pair without its other half; expected whole characters"));
        return false;
      }
    }
    return true;
  }

  /** Whole numbers stay integral nodes (so that a count can tell 5 from 5.5); others exact. */
  private static JsonNode number(JsonToken t, BigDecimal v) {
    if (t == JsonToken.VALUE_NUMBER_INT) {
      BigInteger i = v.toBigIntegerExact();
      return i.bitLength() < 32 ? NODES.numberNode(i.intValue())
          : i.bitLength() < 64 ? NODES.numberNode(i.longValue()) : NODES.numberNode(i);
    }
    return NODES.numberNode(v);
  }

  /**
   * Where the parser failed. Its location lies on the offending character or just after it
   * (after skipping white space it has already moved on); the character named in its message
   * tells which, so that the column given is the character's own.
   */
  private static JsonLocation at(JsonProcessingException e, JsonParser p, String text) {
    JsonLocation l = e.getLocation() != null ? e.getLocation() : p.currentLocation();
    Matcher code = CODE.matcher(e.getOriginalMessage() == null ? "" : e.getOriginalMessage());
    long o = l.getCharOffset();
    if (code.find() && o > 0 && o <= text.length()
        && (o == text.length() || text.charAt((int) o) != Integer.parseInt(code.group(1)))
        && text.charAt((int) o - 1) == Integer.parseInt(code.group(1)) && l.getColumnNr() > 1) {
      return new JsonLocation(l.contentReference(), l.getByteOffset(), o - 1, l.getLineNr(), l.getColumnNr() - 1);
    }
    return l;
  }

  /** {@code line 12, column 5 (investors[3].name)}: the position, with the path when inside a value. */
  private static String where(JsonLocation at, JsonParser p) {
    if (at == null) {
      return null;
    }
    String w = "line " + at.getLineNr() + ", column " + at.getColumnNr();
    String path = p == null ? "" : path(p.getParsingContext());
    return path.isEmpty() ? w : w + " (" + path + ")";
  }

  private static String path(JsonStreamContext c) {
    StringBuilder b = new StringBuilder();
    for (; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        b.insert(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        b.insert(0, "." + shorten(c.getCurrentName()));
      }
    }
    return b.length() == 0 ? "" : "$" + b;
  }

  private static final Pattern CODE = Pattern.compile("\\bcode (\\d+)");
  private static final Pattern TOKEN = Pattern.compile("(?:Unrecognized|Non-standard) token '([^']*)'");
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) ['\"](.*)['\"]");

  /**
   * What went wrong, in our words. The parser's exception type and a few stable fragments of its
   * message tell the case apart; the message itself is never shown, since it speaks of the
   * parser's features ("enable JsonReadFeature...") rather than of the user's file.
   */
  static String explain(JsonProcessingException e, String text, boolean afterValue) {
    String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    String lower = m.toLowerCase(Locale.ROOT);
    if (e instanceof StreamConstraintsException) {
      if (lower.contains("nesting depth")) {
        return "nested deeper than " + MAX_DEPTH + " levels of lists and objects";
      }
      if (lower.contains("number")) {
        return "a number longer than " + Numbers.MAX_LENGTH + " characters";
      }
      if (lower.contains("name")) {
        return "a key longer than " + MAX_TEXT + " characters";
      }
      return "a text longer than " + MAX_TEXT + " characters";
    }
    if (e instanceof JsonEOFException) {
      return lower.contains("string") || lower.contains("quote")
          ? "the file ends inside a text: a closing \" is missing"
          : "the file ends before the JSON value is complete: a closing } or ] is missing";
    }
    Matcher dup = DUPLICATE.matcher(m);
    if (dup.find()) {
      return "the key " + Problems.quote(dup.group(1)) + " appears twice in one object, expected each key once";
    }
    Matcher tok = TOKEN.matcher(m);
    String token = tok.find() ? tok.group(1) : null;
    Matcher code = CODE.matcher(m);
    String ch = code.find() ? character(Integer.parseInt(code.group(1))) : "a character";
    if (afterValue) {
      return token != null ? Problems.quote(token) : ch;
    }
    if (token != null && (token.endsWith("NaN") || token.endsWith("Infinity") || token.endsWith("INF"))) {
      return "a number cannot be " + token + ", expected a finite number such as 0.5";
    }
    if (token != null) {
      return "found " + Problems.quote(token) + ", expected a value: \"text\" in double quotes, a number, "
          + "true, false, null, a [list] or an {object}";
    }
    if (lower.contains("leading zero")) {
      return "a number starts with 0, expected it without leading zeros (7, not 07)";
    }
    if (lower.contains("unrecognized character escape")) {
      return "a text holds an unknown escape after \\, expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX";
    }
    if (lower.contains("unquoted character")) {
      return "a text holds the control character " + ch + ", expected it escaped (\\n for a line break)";
    }
    if (lower.contains("close marker")) {
      return "unexpected " + closer(m) + ", expected " + (lower.contains("expected ']'") ? "]" : "}")
          + " to close what was opened before";
    }
    if (lower.contains("numeric value") || lower.contains("number")) {
      return "malformed number (" + ch + "), expected digits such as 12, -3.5 or 1e6";
    }
    String expected;
    if (lower.contains("comma to separate object")) {
      expected = ", or } after a value in an object";
    } else if (lower.contains("comma to separate array")) {
      expected = ", or ] after a value in a list";
    } else if (lower.contains("double-quote to start field name")) {
      expected = "a key in double quotes (a comma before } is not allowed)";
    } else if (lower.contains("colon")) {
      expected = ": between a key and its value";
    } else {
      expected = "a value: \"text\" in double quotes, a number, true, false, null, a [list] or an {object}";
    }
    return "unexpected " + ch + ", expected " + expected;
  }

  private static String closer(String m) {
    int i = m.indexOf("marker '");
    return i < 0 || i + 9 > m.length() ? "a closing bracket" : m.substring(i + 8, i + 9);
  }

  /** {@code 'x' (U+0078)} or {@code U+0000 (a control character)}. */
  static String character(int cp) {
    String u = String.format(Locale.ROOT, "U+%04X", cp);
    if (Character.isISOControl(cp) || !Character.isDefined(cp) || Character.getType(cp) == Character.FORMAT) {
      String n = Character.getName(cp);
      return u + (n == null ? "" : " (" + n.toLowerCase(Locale.ROOT) + ")");
    }
    return "'" + new String(Character.toChars(cp)) + "' (" + u + ")";
  }

  private static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 37) + "..." : s;
  }
}
