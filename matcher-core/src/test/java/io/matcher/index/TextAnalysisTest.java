package io.matcher.index;

import static io.matcher.score.Fixtures.event;
import static io.matcher.score.Fixtures.investor;
import static io.matcher.score.Fixtures.startup;
import static org.assertj.core.api.Assertions.assertThat;

import io.matcher.model.Event;
import io.matcher.taxonomy.Taxonomy;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TextAnalysisTest {
  private static final TextAnalysis A = TextAnalysis.of(Taxonomy.builtIn());
  private static PairIndex index;

  @BeforeAll
  static void indexStartups() {
    Event e = event(List.of(investor("I1").thesis("anything").build()), List.of(
        startup("agri").description("Nền tảng nông nghiệp cho hợp tác xã trồng lúa").build(),
        startup("pay").sectors("payments").description("QR payments for street merchants").build(),
        startup("lend").description("Cho vay tiêu dùng qua ứng dụng, tài chính số").build(),
        startup("coffee").description("Specialty coffee roastery in Đà Nẵng").build(),
        startup("edu").sectors("edtech").description("Học tiếng Anh trực tuyến").build()));
    index = PairIndex.inMemory(e);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static Set<String> ids(String query) {
    return index.search(query, 100).stream().map(SearchHit::id).collect(Collectors.toSet());
  }

  @Test
  void foldsVietnameseDiacriticsAndDStroke() {
    assertThat(A.indexTerms("Đà Nẵng")).containsExactly("da", "nang");
    assertThat(A.indexTerms("ĐÀ NẴNG")).isEqualTo(A.indexTerms("da nang"));
    assertThat(A.indexTerms("nông nghiệp")).isEqualTo(A.indexTerms("nong nghiep"));
  }

  @Test
  void foldedQueryFindsTextWithDiacritics() {
    assertThat(ids("nong nghiep")).contains("agri");
    assertThat(ids("da nang")).containsExactly("coffee");
    assertThat(ids("Đà Nẵng")).containsExactly("coffee");
  }

  @Test
  void stemsEnglishButLeavesVietnameseSyllablesAlone() {
    assertThat(A.indexTerms("payments")).isEqualTo(A.indexTerms("payment"));
    assertThat(A.indexTerms("the investor's payments")).isEqualTo(A.indexTerms("investor payment"))
        .hasSize(2);
    assertThat(A.indexTerms("nông nghiệp công nghệ cao thủy sản"))
        .containsExactly("nong", "nghiep", "cong", "nghe", "cao", "thuy", "san");
    assertThat(ids("payment")).contains("pay");
  }

  @Test
  void dropsEnglishAndVietnameseStopWords() {
    assertThat(A.indexTerms("the farmers and the sea")).containsExactly("farmer", "sea");
    assertThat(A.indexTerms("nông dân và biển")).containsExactly("nong", "dan", "bien");
  }

  @Test
  void sectorSpellingsInEitherLanguageBecomeOneSectorToken() {
    assertThat(A.queryTerms("công nghệ tài chính")).containsOnlyKeys("sector_fintech");
    assertThat(A.queryTerms("cong nghe tai chinh")).containsOnlyKeys("sector_fintech");
    assertThat(A.queryTerms("Fintech")).containsOnlyKeys("sector_fintech");
    // the longest spelling wins
    assertThat(A.queryTerms("nông nghiệp thông minh")).containsOnlyKeys("sector_smart-farming");
    assertThat(A.queryTerms("startups in nông nghiệp")).containsOnlyKeys("startup", "sector_agritech");
    // stop words and plural forms inside spellings
    assertThat(A.queryTerms("Bán dẫn và điện tử")).containsOnlyKeys("sector_semiconductors");
    assertThat(A.queryTerms("digital payment")).containsOnlyKeys("sector_payments");
    assertThat(A.queryTerms("the Payments")).containsOnlyKeys("sector_payments");
  }

  @Test
  void crossLanguageSynonymsFindTheSameStartups() {
    Set<String> en = ids("fintech");
    assertThat(en).containsExactlyInAnyOrder("pay", "lend"); // pay: child sector; lend: "tài chính số"
    assertThat(ids("công nghệ tài chính")).isEqualTo(en);
    assertThat(ids("cong nghe tai chinh")).isEqualTo(en);
    assertThat(A.query("fintech")).isEqualTo(A.query("công nghệ tài chính"));
  }

  @Test
  void vietnameseSectorQueryFindsVietnameseDescriptionWithoutSectorCode() {
    // "agri" has no sector code; its description says "nông nghiệp"
    assertThat(ids("agriculture")).contains("agri");
    assertThat(ids("nong nghiep")).contains("agri");
  }

  @Test
  void matchedTermsExplainTheOverlap() {
    assertThat(A.matchedTerms("fintech payments for merchants",
        "QR payments for street merchants", Set.of("payments", "fintech")))
        .containsExactly("merchant", "sector:fintech", "sector:payments");
  }

  @Test
  void emptyTextGivesNoQuery() {
    assertThat(A.query(null)).isNull();
    assertThat(A.query("the and of")).isNull();
    assertThat(index.search("   ", 5)).isEmpty();
  }
}
