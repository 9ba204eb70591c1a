package io.matcher.export;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/** {@link Text}'s no-copy shortcuts give exactly what the character-by-character passes give. */
class TextTest {

  @Property(tries = 3000)
  void cleanIsTheLongWayWhateverTheText(@ForAll("awkward") String s) {
    assertThat(Text.clean(s)).isEqualTo(Text.rebuild(s));
  }

  @Property(tries = 3000)
  void oneLineIsTheLongWayWhateverTheText(@ForAll("awkward") String s) {
    assertThat(Text.oneLine(s)).isEqualTo(Text.joinWords(s));
  }

  @Property(tries = 1000)
  void cleanTextComesBackAsTheSameString(@ForAll("awkward") String s) {
    String once = Text.oneLine(s);
    assertThat(Text.oneLine(once)).isSameAs(once);
    String clean = Text.clean(s);
    assertThat(Text.clean(clean)).isSameAs(clean);
  }

  @Test
  void vietnameseNamesPassUntouchedAndTroubleIsTakenOut() {
    String name = "Quỹ Đầu tư Sáng tạo Hải Phòng";
    assertThat(Text.oneLine(name)).isSameAs(name);
    assertThat(Text.clean("Bàn\u202E 12\r\nSảnh B")).isEqualTo("Bàn 12\nSảnh B");
    assertThat(Text.oneLine("  Bàn\u00A012 \t Sảnh  B ")).isEqualTo("Bàn 12 Sảnh B");
    assertThat(Text.clean("a\uD83D\uDE00b\uD800c")).isEqualTo("a\uD83D\uDE00bc");
  }

  /** Strings mostly of ordinary letters, with the characters each pass treats specially. */
  @Provide
  Arbitrary<String> awkward() {
    Arbitrary<Character> special = Arbitraries.of(' ', ' ', '\n', '\r', '\t', '\u0000', '\u001F',
        '\u007F', '\u0085', '\u009F', '\u00A0', '\u2007', '\u2028', '\u2029', '\u202A', '\u202E',
        '\u2066', '\u2069', '\uFEFF', '\uFFFE', '\uFFFF', '\u3000', '\u1680',
        '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D', '\uDE00', '\uD83F', '\uDFFE');
    Arbitrary<Character> letters = Arbitraries.of('a', 'Z', '9', 'đ', 'ả', 'Ư', '·', '→', '中');
    return Arbitraries.frequencyOf(
            Tuple.of(6, letters), Tuple.of(2, special))
        .list().ofMaxSize(12)
        .map(cs -> {
          StringBuilder b = new StringBuilder();
          cs.forEach(b::append);
          return b.toString();
        });
  }
}
