package io.matcher.evaluate;

import static io.matcher.score.Fixtures.event;
import static io.matcher.score.Fixtures.investor;
import static io.matcher.score.Fixtures.startup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.matcher.model.Event;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelsTest {
  private static Labels parse(String csv) throws IOException {
    return Labels.parse(new StringReader(csv), "labels.csv");
  }

  @Test
  void readsHeaderGradesQuotesBomAndBlankLines() throws IOException {
    Labels l = parse("\uFEFFinvestorId,startupId,label\nI1,S1,3\n\n\"I1\",\"S2\",0\nI2,S1,1\n");
    assertThat(l.size()).isEqualTo(3);
    assertThat(l.grade("I1", "S1")).isEqualTo(3);
    assertThat(l.grade("I1", "S2")).isZero();
    assertThat(l.grade("I9", "S9")).isZero();
    assertThat(l.positives("I1")).containsOnlyKeys("S1");
    assertThat(l.investorsWithPositives()).containsExactly("I1", "I2");
    assertThat(parse("I1,S1,1\n").size()).isEqualTo(1); // no header
    assertThat(parse("investorId,startupId,grade\nI1,S1,2\n").grade("I1", "S1")).isEqualTo(2);
  }

  @Test
  void investorsWithOnlyZeroGradesAreSkipped() throws IOException {
    Labels l = parse("I1,S1,0\nI2,S1,2\n");
    assertThat(l.investorsWithPositives()).containsExactly("I2");
    assertThat(l.investorsWithoutPositives()).containsExactly("I1");
  }

  @Test
  void errorsNameFileRowAndField() {
    assertThatThrownBy(() -> parse("investorId,startupId,label\nI1,S1,yes\n"))
        .isInstanceOf(LabelsInputException.class)
        .hasMessageStartingWith("labels.csv: row 2, field label: \"yes\" is not an integer grade");
    assertThatThrownBy(() -> parse("I1,S1,1.5\n"))
        .hasMessageStartingWith("labels.csv: row 1, field label: \"1.5\" is not an integer");
    assertThatThrownBy(() -> parse("I1,S1,1\nI1,S2,-1\n"))
        .hasMessage("labels.csv: row 2, field label: grade -1 is negative; expected an integer >= 0");
    assertThatThrownBy(() -> parse("I1,S1,1\nI2,S1,1\nI1,S1,2\n"))
        .hasMessage("labels.csv: row 3: pair I1,S1 already labelled in row 1");
    assertThatThrownBy(() -> parse("I1,S1\n"))
        .hasMessage("labels.csv: row 1: expected 3 fields investorId,startupId,label, found 2");
    assertThatThrownBy(() -> parse("I1,,1\n"))
        .hasMessage("labels.csv: row 1, field startupId: empty");
    assertThatThrownBy(() -> parse(" ,S1,1\n"))
        .hasMessage("labels.csv: row 1, field investorId: empty");
    assertThatThrownBy(() -> parse("I1,\"S1,1\n"))
        .hasMessage("labels.csv: row 1: unterminated quoted field");
  }

  @Test
  void unknownIdsAreReportedWithTheFirstRow() throws IOException {
    Event e = event(List.of(investor("I1").build()), List.of(startup("S1").build()));
    parse("I1,S1,1\n").requireKnown(e);
    assertThatThrownBy(() -> parse("I1,S1,1\nI1,S7,1\nI9,S1,1\n").requireKnown(e))
        .isInstanceOf(LabelsInputException.class)
        .hasMessage("labels.csv: row 2, field startupId: no startup \"S7\" in the event "
            + "(and 1 more rows)");
    assertThatThrownBy(() -> parse("I9,S1,1\n").requireKnown(e))
        .hasMessage("labels.csv: row 1, field investorId: no investor \"I9\" in the event");
  }
}
