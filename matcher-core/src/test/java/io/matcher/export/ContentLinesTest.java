package io.matcher.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ContentLinesTest {
  /**
   * Text as it comes from spreadsheets: Vietnamese, emoji, iCalendar's special characters,
   * controls; the emoji's surrogates are drawn one by one, so pairs and lone halves both occur.
   */
  @Provide
  Arbitrary<String> hostileText() {
    return Arbitraries.strings()
        .withChars("aăâđêôơưAĐÝ ạảấầẩẫậếềểễệốồổỗộớờởỡợứừửữựỳỵỷỹ")
        .withChars(",;:\\\"\n\t\r\u0000\u001b\u007f")
        .withChars("😀🇻🇳") // surrogate pairs
        .withChars('0', '9')
        .ofMaxLength(400);
  }

  @Property(tries = 300)
  void foldedLinesAreAtMost75OctetsOfValidUtf8AndUnfoldToTheEscapedText(
      @ForAll("hostileText") String text) throws CharacterCodingException {
    byte[] bytes = new ContentLines().text("DESCRIPTION", text).toBytes();
    String written = new String(bytes, StandardCharsets.UTF_8);
    assertThat(written).endsWith("\r\n");
    for (String physical : physicalLines(bytes)) {
      assertThat(physical.getBytes(StandardCharsets.UTF_8).length)
          .isLessThanOrEqualTo(ContentLines.MAX_OCTETS);
    }
    String unfolded = written.substring(0, written.length() - 2).replace("\r\n ", "");
    assertThat(unfolded).startsWith("DESCRIPTION:");
    assertThat(unescape(unfolded.substring("DESCRIPTION:".length())))
        .isEqualTo(withoutControls(text));
  }

  /** Each physical line decoded strictly: a fold inside a UTF-8 sequence would fail here. */
  private static List<String> physicalLines(byte[] bytes) throws CharacterCodingException {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i + 1 < bytes.length; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
        lines.add(StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes, start, i - start)).toString());
        start = i + 2;
        i++;
      }
    }
    assertThat(start).isEqualTo(bytes.length);
    return lines;
  }

  private static String unescape(String value) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\') {
        char n = value.charAt(++i);
        b.append(n == 'n' || n == 'N' ? '\n' : n);
      } else {
        assertThat(c).as("unescaped special character").isNotIn(',', ';', '\n', '\r');
        b.append(c);
      }
    }
    return b.toString();
  }

  /** {@code text} without control characters (but newline and tab) and unpaired surrogates. */
  private static String withoutControls(String text) {
    StringBuilder b = new StringBuilder();
    text.codePoints()
        .filter(c -> c == '\n' || c == '\t' || !(Character.isISOControl(c) || isSurrogate(c)))
        .forEach(b::appendCodePoint);
    return b.toString();
  }

  private static boolean isSurrogate(int codePoint) {
    return codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
  }

  @Test
  void escapesTheFourSpecialsAndFoldsLongLines() {
    String written = new ContentLines()
        .text("SUMMARY", "Bàn 03, Sảnh A; a\\b\nc")
        .text("DESCRIPTION", "x".repeat(100))
        .toString();
    assertThat(written).startsWith("SUMMARY:Bàn 03\\, Sảnh A\\; a\\\\b\\nc\r\n");
    // 12 octets of name and colon, then 63 x; the rest on a line that starts with a space
    assertThat(written).endsWith("DESCRIPTION:" + "x".repeat(63) + "\r\n " + "x".repeat(37) + "\r\n");
  }

  @Test
  void foldsBeforeACharacterThatWouldCrossTheLimit() {
    // "ệ" is 3 octets: 12 + 3 x 21 = 75 octets fit, the 22nd goes to the next line
    String written = new ContentLines().text("DESCRIPTION", "ệ".repeat(22)).toString();
    assertThat(written).isEqualTo("DESCRIPTION:" + "ệ".repeat(21) + "\r\n ệ\r\n");
  }

  @Test
  void writesDateTimesAndOffsetsInTheBasicFormat() {
    String written = new ContentLines()
        .utc("DTSTAMP", Instant.parse("2025-10-09T17:00:00Z"))
        .local("DTSTART", "Asia/Ho_Chi_Minh", LocalDateTime.of(2025, 10, 10, 13, 30))
        .floating("DTSTART", LocalDateTime.of(1970, 1, 1, 0, 0))
        .offset("TZOFFSETFROM", ZoneOffset.ofHours(7))
        .offset("TZOFFSETTO", ZoneOffset.ofHoursMinutes(-3, -30))
        .offset("TZOFFSETTO", ZoneOffset.ofTotalSeconds(1234))
        .local("DTEND", "Odd;Zone", LocalDateTime.of(2025, 1, 2, 3, 4, 5))
        .toString();
    assertThat(written).isEqualTo("DTSTAMP:20251009T170000Z\r\n"
        + "DTSTART;TZID=Asia/Ho_Chi_Minh:20251010T133000\r\n"
        + "DTSTART:19700101T000000\r\n"
        + "TZOFFSETFROM:+0700\r\n"
        + "TZOFFSETTO:-0330\r\n"
        + "TZOFFSETTO:+002034\r\n"
        + "DTEND;TZID=\"Odd;Zone\":20250102T030405\r\n");
  }

  @Test
  void typedValuesMayNotCarryControlCharacters() {
    assertThatThrownBy(() -> new ContentLines().value("UID", "a\r\nSTATUS:CANCELLED"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UID");
  }
}
