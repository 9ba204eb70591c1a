package io.matcher.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.matcher.index.PairIndex;
import io.matcher.index.SearchHit;
import io.matcher.io.EventLoader;
import io.matcher.io.LoadResult;
import io.matcher.model.Event;
import io.matcher.model.Investor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The scorer on the sample events of the repository: the Vietnamese festival (sanity of
 * rankings and explanations) and the Indian funding set with labels (retrieval quality: recall@k
 * and NDCG@k, Järvelin &amp; Kekäläinen 2002, "Cumulated gain-based evaluation of IR
 * techniques", ACM TOIS 20(4)).
 */
class RealDataTest {
  private static Path sample(String name) {
    String root = System.getProperty("matcher.repo.root", "..");
    return Path.of(root, "sample-data", name);
  }

  private static Event load(Path dir) {
    assumeTrue(Files.isDirectory(dir), "sample data " + dir + " not present");
    LoadResult r = EventLoader.load(dir);
    return r.orThrow();
  }

  @Test
  void techfestRanksAndExplains() {
    Event e = load(sample("techfest-haiphong-2025"));
    PairScores r = new Scorer().score(e);
    assertThat(r.allowedCount()).isPositive();
    for (Investor inv : e.investors()) {
      List<Recommendation> top = r.topStartupsFor(inv.id(), 10);
      assertThat(top).isSortedAccordingTo(
          (a, b) -> Double.compare(b.score(), a.score()));
      for (Recommendation rec : top) {
        assertThat(rec.score()).isBetween(0.0, 1.0);
      }
    }
    Investor first = e.investors().get(0);
    Recommendation best = r.topStartupsFor(first.id(), 1).get(0);
    PairExplanation x = r.explain(first.id(), best.id());
    assertThat(x.total()).isEqualTo(best.score());
    System.out.println("[techfest] " + x.toText());
  }

  @Test
  void foldedSearchFindsVietnameseDescriptions() throws Exception {
    Event e = load(sample("techfest-haiphong-2025"));
    try (PairIndex index = PairIndex.inMemory(e)) {
      List<SearchHit> hits = index.search("nong nghiep", 10);
      assertThat(hits).isNotEmpty();
      Set<String> withPhrase = new HashSet<>();
      e.startups().stream()
          .filter(s -> s.description() != null
              && s.description().toLowerCase(Locale.ROOT).contains("nông nghiệp"))
          .forEach(s -> withPhrase.add(s.id()));
      assumeTrue(!withPhrase.isEmpty(), "sample has no startup describing nông nghiệp");
      assertThat(index.search("nong nghiep", e.startups().size()))
          .extracting(SearchHit::id).containsAll(withPhrase);
      assertThat(index.search("nông nghiệp", 10)).isEqualTo(hits);
    }
  }

  @Test
  void explanationsSerialiseToJson() throws Exception {
    Event e = load(sample("techfest-haiphong-2025"));
    PairScores r = new Scorer().score(e);
    Investor first = e.investors().get(0);
    String id = r.topStartupsFor(first.id(), 1).get(0).id();
    ObjectMapper json = new ObjectMapper();
    String text = json.writeValueAsString(r.explain(first.id(), id));
    assertThat(json.readTree(text).path("components").size())
        .isEqualTo(Weights.COMPONENTS.size());
    assertThat(json.readTree(text).path("components").get(0).path("detail").has("details")).isTrue();
    assertThat(json.writeValueAsString(r.topStartupsFor(first.id(), 3))).contains("\"score\"");
  }

  @Test
  void indiaRetrievalBeatsTheBaselines() throws IOException {
    Path dir = sample("india-2015-2020");
    Event e = load(dir);
    Map<String, Set<String>> labels = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("labels.csv"))) {
      String[] f = line.split(",");
      if (f.length == 3 && f[2].trim().equals("1")) {
        labels.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[1]);
      }
    }
    PairScores r = new Scorer().score(e);
    int k = 50;
    double recall = 0;
    double ndcg = 0;
    int n = 0;
    List<String> invs = new ArrayList<>(labels.keySet());
    invs.sort(null);
    for (String inv : invs) {
      if (r.investorIndex(inv) < 0) {
        continue;
      }
      Set<String> relevant = labels.get(inv);
      List<Recommendation> top = r.topStartupsFor(inv, k);
      int hits = 0;
      double dcg = 0;
      for (int j = 0; j < top.size(); j++) {
        if (relevant.contains(top.get(j).id())) {
          hits++;
          dcg += 1 / (Math.log(j + 2) / Math.log(2));
        }
      }
      double idcg = 0;
      for (int j = 0; j < Math.min(k, relevant.size()); j++) {
        idcg += 1 / (Math.log(j + 2) / Math.log(2));
      }
      recall += (double) hits / relevant.size();
      ndcg += dcg / idcg;
      n++;
    }
    recall /= n;
    ndcg /= n;
    System.out.printf(Locale.ROOT, "[india] investors %d, recall@%d %.3f, NDCG@%d %.3f%n",
        n, k, recall, k, ndcg);
    // baselines from the data set's README: random 0.057, sector+stage 0.055, popularity 0.118
    assertThat(recall).isGreaterThan(0.057);
  }
}
