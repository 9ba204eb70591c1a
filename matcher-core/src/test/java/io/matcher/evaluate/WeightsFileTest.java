package io.matcher.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.matcher.score.ScoringInputException;
import io.matcher.score.Weights;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightsFileTest {
  static String json(Object value) {
    try {
      return new ObjectMapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aVersionedFileReadsAsItsWeightsAndAnOldUnversionedOneStillReads() {
    Weights w = Weights.fromMap(Map.of("sector", 0.5, "location", 0.3, "stageStepCredit", 0.1));
    String text = json(WeightsFile.document(w, Map.of("method", "logistic", "l2", 0.01)));
    assertThat(text).startsWith("{\"format\":\"matcher-weights\",\"version\":2,");
    assertThat(Weights.parse(text, "w.json")).isEqualTo(w);
    assertThat(Weights.parse(w.toJson(), "old.json")).isEqualTo(w);
  }

  @Test
  void aWrongFormatANewerVersionOrAModelThatIsNoObjectIsALocatedError() {
    assertThatThrownBy(() -> Weights.parse("{\"format\": \"other\", \"sector\": 1}", "w.json"))
        .isInstanceOf(ScoringInputException.class).hasMessageContaining("$.format")
        .hasMessageContaining("matcher-weights");
    assertThatThrownBy(() -> Weights.parse("{\"version\": 9, \"sector\": 1}", "w.json"))
        .isInstanceOf(ScoringInputException.class).hasMessageContaining("$.version")
        .hasMessageContaining("newer");
    assertThatThrownBy(() -> Weights.parse("{\"version\": \"2\"}", "w.json"))
        .isInstanceOf(ScoringInputException.class).hasMessageContaining("whole number");
    assertThatThrownBy(() -> Weights.parse("{\"model\": 3}", "w.json"))
        .isInstanceOf(ScoringInputException.class).hasMessageContaining("$.model");
  }
}
