package io.matcher.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SafeFileNamesTest {
  @Test
  void foldsVietnameseToAsciiAndKeepsTheId() {
    assertThat(SafeFileNames.stem("Quỹ Đầu tư Sao Mai", "I007")).isEqualTo("quy-dau-tu-sao-mai-I007");
    assertThat(SafeFileNames.stem("Nguyễn Thị Thu Hà", "I001")).isEqualTo("nguyen-thi-thu-ha-I001");
    assertThat(SafeFileNames.stem("  ĐẶNG -- Văn   Đức!! ", "S-12")).isEqualTo("dang-van-duc-S-12");
  }

  @Test
  void hostileNamesCannotEscape() {
    assertThat(SafeFileNames.stem("../../etc/passwd", "I1")).isEqualTo("etc-passwd-I1");
    assertThat(SafeFileNames.stem("..", "..")).isEqualTo("person");
    assertThat(SafeFileNames.stem(".hidden", ".x")).isEqualTo("hidden-x");
    assertThat(SafeFileNames.stem("a\\b/c\u0000d", "I/../2")).isEqualTo("a-b-cd-I-2");
    assertThat(SafeFileNames.stem("<script>alert(1)</script>", "I2")).isEqualTo("script-alert-1-script-I2");
    assertThat(SafeFileNames.stem("CON", "")).isEqualTo("con_");
    assertThat(SafeFileNames.stem("", "nul")).isEqualTo("nul_");
    assertThat(SafeFileNames.stem("東京", "S9")).isEqualTo("S9");
  }

  @Test
  void longNamesAreCapped() {
    String longName = "Công ty Cổ phần Đầu tư ".repeat(40);
    String stem = SafeFileNames.stem(longName, "I3");
    assertThat(SafeFileNames.slug(longName, SafeFileNames.MAX_NAME)).hasSizeLessThanOrEqualTo(60).doesNotEndWith("-");
    assertThat(stem).endsWith("-I3").hasSizeLessThanOrEqualTo(60 + 1 + 40);
  }

  @Test
  void collisionsGetSuffixesIgnoringCase() {
    Map<String, String> stems = SafeFileNames.assign(List.of(
        Map.entry("X-1", "Quỹ Đầu tư Sao Mai"), Map.entry("X/1", "Quy dau tu SAO MAI"),
        Map.entry("x-1", "quy dau tu sao mai"), Map.entry("Y", "y")));
    assertThat(stems).containsExactly(Map.entry("X-1", "quy-dau-tu-sao-mai-X-1"),
        Map.entry("X/1", "quy-dau-tu-sao-mai-X-1-2"), Map.entry("x-1", "quy-dau-tu-sao-mai-x-1-3"),
        Map.entry("Y", "y-Y"));
  }

  @Test
  void relativePathCheck() {
    assertThat(SafeFileNames.isSafeRelativePath("investors/a-I1.ics")).isTrue();
    assertThat(SafeFileNames.isSafeRelativePath("../a.ics")).isFalse();
    assertThat(SafeFileNames.isSafeRelativePath("investors/.a")).isFalse();
    assertThat(SafeFileNames.isSafeRelativePath("/etc/passwd")).isFalse();
    assertThat(SafeFileNames.isSafeRelativePath("a\\b")).isFalse();
    assertThat(SafeFileNames.isSafeRelativePath("a//b")).isFalse();
  }

  @Property(tries = 1000)
  void anyNameAndIdGiveASafeName(@ForAll String name, @ForAll String id) {
    String stem = SafeFileNames.stem(name, id);
    assertThat(stem).matches("[A-Za-z0-9_][A-Za-z0-9_-]*").hasSizeLessThanOrEqualTo(102);
    assertThat(SafeFileNames.isSafeRelativePath("startups/" + stem + ".ics")).isTrue();
  }
}
