package io.matcher.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.matcher.evaluate.Labels;
import io.matcher.export.ScheduleJson;
import io.matcher.io.InvalidInputException;
import io.matcher.model.Event;
import io.matcher.pipeline.CandidateLimit;
import io.matcher.pipeline.Pipeline;
import io.matcher.pipeline.ScoringInputs;
import io.matcher.io.TestEvents;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Feedback on a real schedule of the sample event: the form export is made here from the
 * schedule's meetings (higher-scored meetings rated better, some not held, some rows by ids
 * instead of UID, one unknown UID), with the Vietnamese headers an organiser's form has.
 */
class FeedbackTest {
  static Event event;
  static Schedules.Read schedule;
  static List<ScheduledMeeting> byScore;

  @BeforeAll
  static void schedule() throws IOException {
    event = Pipeline.load(TestEvents.sample());
    var run = Pipeline.schedule(TestEvents.sample(), event, ScoringInputs.defaults(), "optimal",
        CandidateLimit.defaults());
    String json = new String(ScheduleJson.write(run.schedule()), StandardCharsets.UTF_8);
    schedule = Schedules.read(json, "schedule.json");
    byScore = new ArrayList<>(schedule.meetings());
    byScore.sort(Comparator.comparingDouble(ScheduledMeeting::score));
  }

  /** Ratings that rise with the score: the bottom fifth 1, ..., the top fifth 5. */
  static String form() {
    StringBuilder b = new StringBuilder(
        "Dấu thời gian,Mã cuộc họp,Nhà đầu tư,Startup,Có diễn ra,Đánh giá,Theo dõi tiếp\n");
    int n = byScore.size();
    for (int k = 0; k < n; k++) {
      ScheduledMeeting m = byScore.get(k);
      int rating = 1 + 5 * k / n;
      String held = k % 7 == 3 ? "Không" : "Có";
      String follow = rating == 5 && k % 2 == 0 ? "có" : "không";
      if (k % 5 == 1) { // by the two ids, no UID
        b.append("2025-10-10 17:00,,").append(m.investorId()).append(',').append(m.startupId());
      } else {
        b.append("2025-10-10 17:00,").append(m.uid()).append(",,");
      }
      b.append(',').append(held).append(',').append(held.equals("Có") ? rating : "")
          .append(',').append(held.equals("Có") ? follow : "").append('\n');
    }
    b.append("2025-10-10 17:05,no-such-uid@matcher,,,Có,5,có\n");
    return b.toString();
  }

  @Test
  void aFormExportWithVietnameseHeadersBecomesLabelsAndAReport() throws IOException {
    Ratings.Result rows = Ratings.parse(new StringReader(form()), "ratings.csv");
    assertThat(rows.notes()).containsExactly("column \"Dấu thời gian\" not read");
    Feedback.Report r = Feedback.of(event, schedule, "schedule.json", rows, "ratings.csv");
    int n = schedule.meetings().size();
    assertThat(r.scheduled()).isEqualTo(n);
    assertThat(r.outcomes()).hasSize(n);
    assertThat(r.withoutFeedback()).isZero();
    assertThat(r.unmatched()).containsExactly("ratings.csv row " + (n + 2)
        + ": no UID \"no-such-uid@matcher\" in schedule.json".replace("no UID",
            "no meeting with UID"));
    long notHeld = java.util.stream.IntStream.range(0, n).filter(k -> k % 7 == 3).count();
    assertThat(r.labelled()).isEqualTo(n - notHeld);
    assertThat(r.scoreRatingCorrelation()).isGreaterThan(0.8);
    assertThat(r.byDecile()).hasSize(10);
    assertThat(r.byDecile().get(9).meanRating()).isGreaterThan(r.byDecile().get(0).meanRating());
    assertThat(r.byDecile().stream().mapToInt(Feedback.Group::meetings).sum()).isEqualTo(n);
    assertThat(r.bySector().stream().mapToInt(Feedback.Group::meetings).sum()).isEqualTo(n);
    Labels labels = Labels.parse(new StringReader(r.labelsCsv()), "labels.csv");
    labels.requireKnown(event);
    long positives = r.outcomes().stream().filter(o -> o.grade() != null && o.grade() > 0).count();
    assertThat(labels.investorsWithPositives()).isNotEmpty();
    assertThat(r.labelsCsv().lines().skip(1).filter(l -> !l.endsWith(",0")).count())
        .isEqualTo(positives);
    assertThat(r.toText()).contains("score decile", "sector", "higher scores got better");
  }

  @Test
  void gradingFollowsTheDocumentedRule() {
    assertThat(Feedback.grade(new Rating(2, "u", null, null, true, 2, true))).isEqualTo(2);
    assertThat(Feedback.grade(new Rating(2, "u", null, null, true, 4, false))).isEqualTo(1);
    assertThat(Feedback.grade(new Rating(2, "u", null, null, null, 5, null))).isEqualTo(1);
    assertThat(Feedback.grade(new Rating(2, "u", null, null, true, 3, null))).isEqualTo(0);
    assertThat(Feedback.grade(new Rating(2, "u", null, null, false, null, null))).isNull();
    assertThat(Feedback.grade(new Rating(2, "u", null, null, null, null, null))).isNull();
  }

  @Test
  void englishHeadersInAnyOrderAndIdsThatDisagreeWithTheUid() throws IOException {
    ScheduledMeeting a = schedule.meetings().get(0);
    ScheduledMeeting b = schedule.meetings().get(1);
    String csv = "rating,follow-up,took place,UID,investorId\n"
        + "4,no,yes," + a.uid() + "," + a.investorId() + "\n"
        + "5,yes,yes," + b.uid() + "," + a.investorId() + "\n"
        + "3,no,yes," + a.uid() + ",\n";
    Feedback.Report r = Feedback.of(event, schedule, "schedule.json",
        Ratings.parse(new StringReader(csv), "r.csv"), "r.csv");
    assertThat(r.outcomes()).hasSize(b.investorId().equals(a.investorId()) ? 2 : 1);
    assertThat(r.unmatched()).anyMatch(u -> u.startsWith("r.csv row 4: meeting ")
        && u.endsWith("already rated in row 2"));
    assertThat(r.withoutFeedback()).isEqualTo(schedule.meetings().size() - r.outcomes().size());
  }

  @Test
  void badCellsAreLocatedErrorsCollectedTogether() {
    String csv = "Mã cuộc họp,Có diễn ra,Đánh giá\nu1,có lẽ,4\nu2,có,7\n,có,3\n";
    assertThatThrownBy(() -> Ratings.parse(new StringReader(csv), "ratings.csv"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
            e.problems().stream().map(Object::toString).toList()).containsExactly(
            "error: ratings.csv row 2, Có diễn ra: found \"có lẽ\", expected yes or no (có/không)",
            "error: ratings.csv row 3, Đánh giá: found \"7\", expected a whole number from 1 to 5",
            "error: ratings.csv row 4: found no meeting: expected a meeting UID or both an "
                + "investor id and a startup id"));
    assertThatThrownBy(() -> Ratings.parse(new StringReader("Ghi chú,Đánh giá\nx,4\n"), "r.csv"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("meeting column");
    assertThatThrownBy(() -> Schedules.read("{\"meetings\": [{\"uid\": \"x\"}]}", "s.json"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
            e.problems().get(0).toString()).isEqualTo(
            "error: s.json $.meetings[0].investorId: expected a text, found nothing"));
  }
}
