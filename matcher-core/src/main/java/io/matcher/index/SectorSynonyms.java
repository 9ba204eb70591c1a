package io.matcher.index;

import io.matcher.taxonomy.Sector;
import io.matcher.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Builds the {@link SynonymMap} that maps every spelling of every sector (code, labels and
 * synonyms in both languages, as {@link Taxonomy#spellings(String)} lists them) to the single
 * token {@code sector_<code>}. Spellings are analysed by the index chain (folding, stop words,
 * stemming), the same chain query text passes through before the map is consulted: the map holds
 * "cong nghe tai chinh" and "digital payment", so "công nghệ tài chính" and "digital payment"
 * (singular) in a query resolve too. Longest match wins: "nông nghiệp thông minh" is
 * smart-farming even though "nông nghiệp" alone is agritech.
 */
final class SectorSynonyms {
  private SectorSynonyms() {}

  private static String[] words(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(Fields.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out.toArray(new String[0]);
  }

  static SynonymMap build(Taxonomy taxonomy, AnalysisConfig config) {
    try (Analyzer folding = new ProfileAnalyzer(config)) {
      SynonymMap.Builder b = new SynonymMap.Builder(true);
      for (Sector s : taxonomy.sectors()) {
        CharsRef output = new CharsRef(Chain.SECTOR_PREFIX + s.code());
        for (String spelling : taxonomy.spellings(s.code())) {
          String[] words = words(folding, spelling);
          if (words.length == 0) {
            continue; // a spelling of stop words only cannot be recognised
          }
          b.add(SynonymMap.Builder.join(words, new CharsRefBuilder()), output, false);
        }
      }
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
