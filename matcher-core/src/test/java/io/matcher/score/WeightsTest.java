package io.matcher.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WeightsTest {
  @Test
  void documentedDefaultFileEqualsDefaults() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("weights-default.json")) {
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(Weights.parse(json, "weights-default.json")).isEqualTo(Weights.defaults());
    }
  }

  @Test
  void defaultsLetStatedSectorAndStageLead() {
    Weights w = Weights.defaults();
    double portfolio = w.portfolioSector() + w.portfolioStage() + w.portfolioLocation();
    assertThat(w.sector() + w.stage()).isGreaterThan(portfolio).isGreaterThan(0.3 * w.componentSum());
    assertThat(portfolio).isPositive();
    assertThat(w.text()).isPositive();
  }

  @Test
  void roundTripsThroughJson() {
    Weights w = new Weights(1, 2, 3, 4, 5, 6, 0.25, 0.75, 0.3);
    assertThat(Weights.parse(w.toJson(), "x")).isEqualTo(w);
  }

  @Test
  void missingKeysKeepDefaults() {
    Weights w = Weights.parse("{\"text\": 0.5}", "w.json");
    assertThat(w.text()).isEqualTo(0.5);
    assertThat(w.sector()).isEqualTo(Weights.defaults().sector());
  }

  @Test
  void unknownKeySuggestsTheNearest() {
    assertThatThrownBy(() -> Weights.parse("{\"sektor\": 0.3}", "w.json"))
        .isInstanceOf(ScoringInputException.class)
        .hasMessageStartingWith("w.json: $.sektor: unknown key \"sektor\"; did you mean \"sector\"?");
    assertThatThrownBy(() -> Weights.parse("{\"stagestepcredit\": 0.3}", "w.json"))
        .hasMessageContaining("did you mean \"stageStepCredit\"");
    assertThatThrownBy(() -> Weights.parse("{\"zzzzzzzzzzzz\": 0.3}", "w.json"))
        .hasMessageNotContaining("did you mean").hasMessageContaining("known keys: sector");
  }

  @Test
  void negativeIsRejectedWithPath() {
    assertThatThrownBy(() -> Weights.parse("{\"stage\": -0.1}", "w.json"))
        .isInstanceOf(ScoringInputException.class)
        .hasMessage("w.json: $.stage: weights cannot be negative, found -0.1")
        .extracting(e -> ((ScoringInputException) e).location()).isEqualTo("$.stage");
  }

  @Test
  void nonNumericIsRejected() {
    assertThatThrownBy(() -> Weights.parse("{\"ticket\": \"high\"}", "w.json"))
        .hasMessage("w.json: $.ticket: expected a number, found the text \"high\"");
    assertThatThrownBy(() -> Weights.parse("{\"ticket\": null}", "w.json"))
        .hasMessageContaining("$.ticket: expected a number, found null");
  }

  @Test
  void allZeroIsRejected() {
    String zeros = "{\"sector\":0,\"stage\":0,\"ticket\":0,\"text\":0,\"location\":0,\"wish\":0,"
        + "\"portfolioSector\":0,\"portfolioStage\":0,\"portfolioLocation\":0,"
        + "\"portfolioTicket\":0}";
    assertThatThrownBy(() -> Weights.parse(zeros, "w.json"))
        .hasMessageContaining("w.json: $: all component weights").hasMessageContaining("are zero");
  }

  @Test
  void fractionsAboveOneAndBadJsonAreRejected() {
    assertThatThrownBy(() -> Weights.parse("{\"externalBlend\": 1.5}", "w.json"))
        .hasMessageContaining("$.externalBlend: expected a fraction in [0, 1]");
    assertThatThrownBy(() -> Weights.parse("{\"sector\": 0.3,", "w.json"))
        .hasMessageStartingWith("w.json: line 1").hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> Weights.parse("[1, 2]", "w.json"))
        .hasMessageContaining("$: expected an object");
  }

  @Test
  void constructorValidatesToo() {
    assertThatThrownBy(() -> new Weights(0, 0, 0, 0, 0, 0, 0.5, 0.5, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Weights(1, Double.NaN, 0, 0, 0, 0, 0.5, 0.5, 0))
        .hasMessageContaining("stage");
  }
}
