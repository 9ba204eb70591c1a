package io.matcher.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.matcher.io.TestEvents;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaxonomyTest {
  private final Taxonomy t = Taxonomy.builtIn();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void foldRemovesVietnameseDiacriticsCaseAndPunctuation() {
    assertThat(Fold.key("Công nghệ tài chính")).isEqualTo("cong nghe tai chinh");
    assertThat(Fold.key("ĐÀ NẴNG")).isEqualTo("da nang");
    assertThat(Fold.key("Nuôi trồng thủy sản")).isEqualTo("nuoi trong thuy san");
    assertThat(Fold.key("  fin-tech ")).isEqualTo("fin tech");
    assertThat(Fold.key(null)).isEmpty();
  }

  @Test
  void vietnameseAndEnglishNamesResolveToOneCode() {
    for (String s : List.of("fintech", "Fintech", "Công nghệ tài chính", "cong nghe tai chinh",
        "CÔNG NGHỆ TÀI CHÍNH", "tài chính số", "fin-tech")) {
      assertThat(t.sector(s)).as(s).map(Sector::code).contains("fintech");
    }
    assertThat(t.sector("Bán dẫn")).map(Sector::code).contains("semiconductors");
    assertThat(t.sector("AI tạo sinh")).map(Sector::code).contains("ai");
    assertThat(t.sector("Generative AI")).map(Sector::code).contains("ai");
    assertThat(t.sector("cảng biển")).map(Sector::code).contains("ports");
    assertThat(t.sector("quantum widgets")).isEmpty();
  }

  @Test
  void hierarchyHasTwoLevels() {
    assertThat(t.selfAndParent("payments")).containsExactly("payments", "fintech");
    assertThat(t.selfAndParent("fintech")).containsExactly("fintech");
    assertThat(t.children("logistics")).extracting(Sector::code)
        .containsExactly("ports", "shipping", "supply-chain");
    for (Sector s : t.sectors()) {
      if (s.parent() != null) {
        assertThat(t.byCode(s.parent())).as(s.code()).hasValueSatisfying(p -> assertThat(p.parent()).isNull());
      }
      assertThat(s.labels()).as(s.code()).containsKeys("en", "vi");
    }
  }

  @Test
  void stageSpellingsInBothLanguages() {
    assertThat(t.stage("hạt giống")).contains(Stage.SEED);
    assertThat(t.stage("hat giong")).contains(Stage.SEED);
    assertThat(t.stage("Series A")).contains(Stage.SERIES_A);
    assertThat(t.stage("vòng A")).contains(Stage.SERIES_A);
    assertThat(t.stage("tiền hạt giống")).contains(Stage.PRE_SEED);
    assertThat(t.stage("Tăng trưởng")).contains(Stage.GROWTH);
    assertThat(t.stage("series z")).isEmpty();
    assertThat(Stage.SEED.distance(Stage.SERIES_B)).isEqualTo(2);
  }

  @Test
  void suggestsNearestCodesForUnknownSpellings() {
    assertThat(t.suggestSectors("fintek")).first().isEqualTo("fintech");
    assertThat(t.suggestSectors("agritec")).first().isEqualTo("agritech");
    assertThat(t.suggestStages("pre seeed")).first().isEqualTo("pre-seed");
    assertThat(t.suggestSectors("zzzzzzzzzzzz")).isEmpty();
  }

  @Test
  void extensionAddsSpellingsAndSectors() throws Exception {
    List<String> problems = new ArrayList<>();
    Taxonomy ext = t.extend(json.readTree("""
        {"sectors": [
          {"code": "fintech", "parent": null, "labels": {"vi": "Tài chính công nghệ"}, "synonyms": ["neo bank"]},
          {"code": "spacetech", "parent": "deeptech", "labels": {"en": "Space", "vi": "Công nghệ vũ trụ"}, "synonyms": []}
        ],
         "stages": [{"code": "growth", "synonyms": ["pre-IPO"]}]}
        """), problems);
    assertThat(problems).isEmpty();
    assertThat(ext.sector("neo bank")).map(Sector::code).contains("fintech");
    assertThat(ext.sector("Tài chính công nghệ")).map(Sector::code).contains("fintech");
    assertThat(ext.sector("cong nghe vu tru")).map(Sector::code).contains("spacetech");
    assertThat(ext.selfAndParent("spacetech")).containsExactly("spacetech", "deeptech");
    assertThat(ext.stage("Pre-IPO")).contains(Stage.GROWTH);
    assertThat(t.sector("neo bank")).as("the built-in is unchanged").isEmpty();
  }

  @Test
  void aSpellingThatWouldNameTwoCodesIsAnError() throws Exception {
    List<String> problems = new ArrayList<>();
    t.extend(json.readTree("""
        {"sectors": [{"code": "payments2", "parent": "nope", "labels": {"en": "Fintech"}, "synonyms": []}],
         "stages": [{"code": "seed", "synonyms": ["series a"]}, {"code": "series-z"}]}
        """), problems);
    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("sectors[0].labels.en: \"Fintech\" would name both \"fintech\" and \"payments2\""));
    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("sectors[0].parent: unknown parent \"nope\""));
    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("stages[0].synonyms[0]: \"series a\" already names stage series-a"));
    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("stages[1].code: found \"series-z\""));
  }

  @Test
  void theIndiaEvaluationTaxonomyExtendsTheBuiltInWithoutConflict() throws Exception {
    var file = TestEvents.repoRoot().resolve("sample-data/india-2015-2020/taxonomy.json");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(file), "evaluation set not copied yet");
    List<String> problems = new ArrayList<>();
    Taxonomy ext = t.extend(json.readTree(file.toFile()), problems);
    assertThat(problems).isEmpty();
    assertThat(ext.sector("Internet tiêu dùng")).map(Sector::code).contains("consumer-internet");
  }
}
