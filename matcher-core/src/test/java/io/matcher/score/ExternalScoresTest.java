package io.matcher.score;

import static io.matcher.score.Fixtures.event;
import static io.matcher.score.Fixtures.investor;
import static io.matcher.score.Fixtures.startup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.matcher.model.Event;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExternalScoresTest {
  private static ExternalScores parse(String csv) throws IOException {
    return ExternalScores.parse(new StringReader(csv), "scores.csv");
  }

  private static ExternalScores resource() throws IOException {
    try (Reader r = new InputStreamReader(
        ExternalScoresTest.class.getResourceAsStream("external-scores.csv"),
        StandardCharsets.UTF_8)) {
      return ExternalScores.parse(r, "external-scores.csv");
    }
  }

  private static Event event2x2() {
    return event(List.of(investor("I1").sectors("ai").build(), investor("I2").build()),
        List.of(startup("S1").sectors("ai").build(), startup("S2").sectors("edtech").build()));
  }

  @Test
  void parsesWithHeaderQuotesAndBlankLines() throws IOException {
    ExternalScores x = resource();
    assertThat(x.size()).isEqualTo(2);
    assertThat(x.get("I1", "S2")).hasValue(0.9);
    assertThat(x.get("I2", "S2")).hasValue(0.25);
    assertThat(x.get("I2", "S1")).isEmpty();
    assertThat(parse("\uFEFFI1,S1,1\n\nI2,S1,0\n").size()).isEqualTo(2); // no header, BOM
  }

  @Test
  void errorsNameRowAndField() {
    assertThatThrownBy(() -> parse("investorId,startupId,score\nI1,S1,high\n"))
        .isInstanceOf(ScoringInputException.class)
        .hasMessage("scores.csv: row 2, field score: \"high\" is not a number");
    assertThatThrownBy(() -> parse("I1,S1,1.2\n"))
        .hasMessageStartingWith("scores.csv: row 1, field score: 1.2 is outside [0, 1]")
        .hasMessageContaining("--scores-max 100");
    assertThatThrownBy(() -> parse("I1,S1\n"))
        .hasMessage("scores.csv: row 1: expected 3 fields investorId,startupId,score, found 2");
    assertThatThrownBy(() -> parse("I1,,0.5\n"))
        .hasMessage("scores.csv: row 1, field startupId: empty");
    assertThatThrownBy(() -> parse("I1,S1,0.5\nI1,S1,0.6\n"))
        .hasMessage("scores.csv: row 2: pair I1,S1 already given in row 1");
    assertThatThrownBy(() -> parse("\"I1,S1,0.5\n"))
        .hasMessageContaining("unterminated quoted field");
    assertThatThrownBy(() -> parse("I1,S1,NaN\n")).hasMessageContaining("outside [0, 1]");
  }

  @Test
  void unknownIdsFailAtScoringWithTheRow() throws IOException {
    ExternalScores x = parse("I1,S1,0.5\nI9,S1,0.5\nI1,S7,0.1\n");
    Scorer s = new Scorer(Weights.defaults(),
        ScoringOptions.defaults().withExternal(x, ExternalMode.REPLACE));
    assertThatThrownBy(() -> s.score(event2x2()))
        .isInstanceOf(ScoringInputException.class)
        .hasMessage("scores.csv: row 2, field investorId: no investor \"I9\" in the event "
            + "(and 1 more rows)");
  }

  @Test
  void replaceUsesTheScoreAsGiven() throws IOException {
    Event e = event2x2();
    PairScores plain = new Scorer().score(e);
    PairScores r = new Scorer(Weights.defaults(),
        ScoringOptions.defaults().withExternal(resource(), ExternalMode.REPLACE)).score(e);
    assertThat(r.total(0, 1)).isCloseTo(0.9, within(1e-6));
    assertThat(r.total(1, 1)).isCloseTo(0.25, within(1e-6));
    assertThat(r.total(0, 0)).isEqualTo(plain.total(0, 0)); // not in the file
    PairExplanation x = r.explain("I1", "S2");
    assertThat(x.external()).isEqualTo(0.9);
    assertThat(x.computed()).isCloseTo(plain.total(0, 1), within(1e-6));
    assertThat(x.toText()).contains("external 0.900", "replace");
  }

  @Test
  void blendMixesByExternalBlend() throws IOException {
    Event e = event2x2();
    Weights w = new Weights(0.35, 0.2, 0.1, 0.2, 0.05, 0.1, 0.5, 0.5, 0.25);
    PairScores plain = new Scorer(w, ScoringOptions.defaults()).score(e);
    PairScores r = new Scorer(w,
        ScoringOptions.defaults().withExternal(resource(), ExternalMode.BLEND)).score(e);
    assertThat(r.total(0, 1)).isCloseTo(0.75 * plain.total(0, 1) + 0.25 * 0.9, within(1e-6));
  }

  @Test
  void columnsAreFoundByHeaderNameInAnyOrderAndOthersAreNamed() throws IOException {
    ExternalScores x = parse("score,Startup ID,note,investor_id\n0.5,S1,ok,I1\n0.25,S2,,I2\n");
    assertThat(x.size()).isEqualTo(2);
    assertThat(x.get("I1", "S1")).hasValue(0.5);
    assertThat(x.get("I2", "S2")).hasValue(0.25);
    assertThat(x.ignoredColumns()).containsExactly("note");
    assertThatThrownBy(() -> parse("score,startupId,investorId,score\n0.5,S1,I1,0.4\n"))
        .hasMessage("scores.csv: row 1, column 4: column \"score\" given twice (also column 1)");
    assertThatThrownBy(() -> parse("score,startupId,investorId\n0.5,S1\n"))
        .hasMessageContaining("row 2: expected at least 3 fields");
  }

  @Test
  void anotherScaleOnlyThroughAnExplicitMaximum() throws IOException {
    ExternalScores x = ExternalScores.parse(new StringReader("I1,S1,80\nI2,S2,100\n"),
        "scores.csv", 100);
    assertThat(x.get("I1", "S1")).hasValue(0.8);
    assertThat(x.get("I2", "S2")).hasValue(1.0);
    assertThat(x.max()).isEqualTo(100);
    assertThatThrownBy(() -> parse("I1,S1,80\n")).hasMessageContaining("outside [0, 1]");
    assertThatThrownBy(() -> ExternalScores.parse(new StringReader("I1,S1,101\n"), "scores.csv",
        100)).hasMessage("scores.csv: row 1, field score: 101 is outside [0, 100]");
  }

  @Test
  void coverageCountsTheAllowedPairsNamedAndListsTheOthersInIdOrder() throws IOException {
    Event e = event2x2();
    ExternalScores x = resource(); // I1,S2 and I2,S2
    PairScores r = new Scorer(Weights.defaults(),
        ScoringOptions.defaults().withExternal(x, ExternalMode.REPLACE)).score(e);
    ExternalScores.Coverage c = x.coverage(r, 10);
    assertThat(c.allowed()).isEqualTo(r.allowedCount());
    assertThat(c.covered()).isEqualTo(2);
    assertThat(c.uncovered()).isEqualTo(c.allowed() - 2);
    assertThat(c.uncoveredSample()).containsExactly("I1,S1", "I2,S1");
    assertThat(x.coverage(r, 1).uncoveredSample()).containsExactly("I1,S1");
  }

  @Test
  void blendWithoutABlendWeightIsAnError() throws IOException {
    Scorer s = new Scorer(Weights.defaults(),
        ScoringOptions.defaults().withExternal(resource(), ExternalMode.BLEND));
    assertThatThrownBy(() -> s.score(event2x2()))
        .isInstanceOf(ScoringInputException.class)
        .hasMessageContaining("external-scores.csv: mode BLEND: blending needs a blend weight");
  }
}
