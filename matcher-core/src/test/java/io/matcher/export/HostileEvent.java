package io.matcher.export;

import io.matcher.model.Break;
import io.matcher.model.Contact;
import io.matcher.model.CurrencyRates;
import io.matcher.model.Event;
import io.matcher.model.Investor;
import io.matcher.model.InvestorType;
import io.matcher.model.Rules;
import io.matcher.model.Session;
import io.matcher.model.Slot;
import io.matcher.model.Startup;
import io.matcher.model.Table;
import io.matcher.model.TableMode;
import io.matcher.plan.EventSchedule;
import io.matcher.plan.ScheduledMeeting;
import io.matcher.plan.Shortfall;
import io.matcher.taxonomy.Stage;
import io.matcher.taxonomy.Taxonomy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * An event whose every text field tries something: path traversal, formulas, script, a very long
 * Vietnamese name, names and ids that fold to the same file name, control characters, bidi
 * overrides, reserved device names. Built from records directly so that nothing upstream cleans
 * it first.
 */
final class HostileEvent {
  static final String TRAVERSAL = "../../etc/passwd";
  static final String FORMULA = "=HYPERLINK(\"http://x\")";
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String LONG_NAME = "Công ty Cổ phần Đầu tư Phát triển Công nghệ Hải Phòng ".repeat(10).substring(0, 500);

  private HostileEvent() {}

  static Event event() {
    LocalDate d = LocalDate.of(2025, 10, 10);
    Session session = new Session(d, LocalTime.of(13, 30), LocalTime.of(15, 10), 15, 5,
        List.of(new Break(LocalTime.of(14, 10), LocalTime.of(14, 30))));
    List<Slot> slots = List.of(
        new Slot("S01", d.atTime(13, 30), d.atTime(13, 45)),
        new Slot("S02", d.atTime(13, 50), d.atTime(14, 5)),
        new Slot("S03", d.atTime(14, 30), d.atTime(14, 45)),
        new Slot("S04", d.atTime(14, 50), d.atTime(15, 5)));
    List<Table> tables = List.of(
        new Table("T1", "<b>Bàn 1</b>", "=cmd|' /C calc'!A0"),
        new Table("T2", "Bàn 2; \"VIP\", tầng 2\nphía sau", "Sảnh A"),
        new Table("T3", "Bàn 3", null),
        new Table("T4", "Bàn 4", "Sảnh B"));
    List<Investor> investors = List.of(
        investor("I1", TRAVERSAL, FORMULA, "i1.private@secret.example", false),
        investor("I2", SCRIPT, "Quỹ \"A\" & 'B' <i>", "i2.shared@open.example", true),
        investor("I3", LONG_NAME, "Quỹ Đầu tư Sao Mai", "i3.private@secret.example", false),
        investor("X-1", "Quỹ Đầu tư Sao Mai", "Sao Mai", "x1a.private@secret.example", false),
        investor("X/1", "Quy dau tu  SAO MAI", "Sao Mai 2", "x1b.private@secret.example", false),
        investor("..", "..", "\u202Eevil\u202C org", "dots.private@secret.example", false));
    List<Startup> startups = List.of(
        startup("S1", "=1+1", "s1.private@secret.example", false),
        startup("S2", "+cmd", "s2.shared@open.example", true),
        startup("S3", "-2+3", "s3.private@secret.example", false),
        startup("S4", "@SUM(A1)", "s4.private@secret.example", false),
        startup("S5", "\tTab\u0007bell", "s5.private@secret.example", false),
        startup("S6", "line1\nline2; with, comma\\ backslash", "s6.private@secret.example", false),
        startup("NUL", "CON", "nul.private@secret.example", false),
        startup("S8", "x1", "s8.private@secret.example", false));
    return new Event("Hostile <Event> & \"Co\"; Hải Phòng", "Venue, with; specials\\", ZoneId.of("Asia/Ho_Chi_Minh"),
        session, slots, tables, new Rules(2, 4, 4, 0, TableMode.FIXED), CurrencyRates.only("USD"), investors,
        startups, List.of(), Taxonomy.builtIn());
  }

  /** Every investor meets startups round-robin, with hostile "why" phrases. */
  static EventSchedule schedule() {
    Event e = event();
    List<ScheduledMeeting> ms = new ArrayList<>();
    int nInv = e.investors().size();
    int nSt = e.startups().size();
    for (int k = 0; k < e.slots().size(); k++) {
      for (int t = 0; t < e.tables().size(); t++) {
        Investor i = e.investors().get((t + k) % nInv);
        Startup s = e.startups().get((t * 2 + k) % nSt);
        ms.add(new ScheduledMeeting(e.slots().get(k), e.tables().get(t), i, s, 0.5 + 0.01 * (t + k),
            List.of("sector: fintech", "<img src=x onerror=alert(1)>", "=HYPERLINK(\"http://evil\")")));
      }
    }
    double total = ms.stream().mapToDouble(ScheduledMeeting::score).sum();
    return new EventSchedule(e, "<planner>", ms, total, total * 1.5, 1 / 3.0,
        List.of(new Shortfall("S8", "minimum", 1, 2, "<script>x</script> =1+1")));
  }

  static Investor investor(String id, String name, String org, String email, boolean share) {
    return new Investor(id, name, org, InvestorType.VC, List.of("fintech"), List.of(Stage.SEED),
        new BigDecimal("100000"), new BigDecimal("500000"), "USD", List.of(), "secret thesis " + id, null,
        List.of(), List.of(), new Contact(email, "+84 " + id + " phone", share));
  }

  static Startup startup(String id, String name, String email, boolean share) {
    return new Startup(id, name, List.of("payments"), Stage.SEED, new BigDecimal("250000"), "USD", "Hải Phòng",
        "secret description " + id, "https://" + id.toLowerCase() + ".example", new Contact(email, "+84 " + id, share),
        null, null, List.of(), List.of());
  }
}
