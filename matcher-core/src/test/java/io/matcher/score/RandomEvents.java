package io.matcher.score;

import io.matcher.model.Event;
import io.matcher.model.Investor;
import io.matcher.model.Preference;
import io.matcher.model.PreferenceLevel;
import io.matcher.model.Startup;
import io.matcher.taxonomy.Sector;
import io.matcher.taxonomy.Stage;
import io.matcher.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random but plausible bilingual events of any size, from a seed. */
public final class RandomEvents {
  private RandomEvents() {}

  private static final String[] WORDS = {
    "platform", "farmers", "payments", "logistics", "hospital", "students", "factory", "wallet",
    "marketplace", "supply", "chain", "drone", "sensor", "cloud", "data", "analytics", "loans",
    "merchants", "shrimp", "rice", "coffee", "port", "shipping", "energy", "solar", "battery",
    "clinic", "patients", "learning", "teachers", "tourism", "hotel", "retail", "software",
    "nền tảng", "nông dân", "thanh toán", "doanh nghiệp", "nhỏ và vừa", "khách hàng", "bệnh viện",
    "học sinh", "nhà máy", "dữ liệu", "vận chuyển", "cà phê", "lúa gạo", "tôm", "du lịch",
    "điện mặt trời", "giáo dục", "tiết kiệm", "chi phí", "hiệu quả", "tự động", "thông minh"};

  private static final String[] CITIES = {
    "Hải Phòng", "Hà Nội", "TP. Hồ Chí Minh", "Đà Nẵng", "Cần Thơ", "Singapore", "Seoul"};

  public static Event generate(int startups, int investors, long seed) {
    Random r = new Random(seed);
    Taxonomy t = Taxonomy.builtIn();
    List<Sector> sectors = t.sectors();
    Stage[] stages = Stage.values();
    List<Startup> ss = new ArrayList<>();
    for (int s = 0; s < startups; s++) {
      Sector sec = sectors.get(r.nextInt(sectors.size()));
      List<String> spellings = t.spellings(sec.code());
      String desc = sentence(r, 12) + " " + spellings.get(r.nextInt(spellings.size())) + " "
          + sentence(r, 8);
      Fixtures.StartupBuilder b = Fixtures.startup(String.format("S%05d", s))
          .sectors(sec.code()).stage(stages[r.nextInt(stages.length)])
          .location(CITIES[r.nextInt(CITIES.length)]).description(desc);
      if (r.nextInt(4) > 0) {
        b.raise(Long.toString(50_000L * (1 + r.nextInt(100))), "USD");
      }
      ss.add(b.build());
    }
    List<Investor> is = new ArrayList<>();
    for (int i = 0; i < investors; i++) {
      Fixtures.InvestorBuilder b = Fixtures.investor(String.format("I%05d", i));
      int k = r.nextInt(4);
      String[] codes = new String[k];
      StringBuilder thesis = new StringBuilder(sentence(r, 10));
      for (int j = 0; j < k; j++) {
        Sector sec = sectors.get(r.nextInt(sectors.size()));
        codes[j] = sec.code();
        List<String> sp = t.spellings(sec.code());
        thesis.append(' ').append(sp.get(r.nextInt(sp.size())));
      }
      b.sectors(java.util.Arrays.stream(codes).distinct().toArray(String[]::new));
      int lo = r.nextInt(stages.length - 1);
      b.stages(stages[lo], stages[lo + 1]);
      if (r.nextBoolean()) {
        long min = 25_000L * (1 + r.nextInt(40));
        b.ticket(Long.toString(min), Long.toString(min * (2 + r.nextInt(5))), "USD");
      }
      if (r.nextInt(3) == 0) {
        b.locations(CITIES[r.nextInt(CITIES.length)]);
      }
      b.thesis(thesis.append(' ').append(sentence(r, 10)).toString());
      if (startups > 0 && r.nextInt(10) == 0) {
        b.exclude(ss.get(r.nextInt(startups)).id());
      }
      is.add(b.build());
    }
    List<Preference> prefs = new ArrayList<>();
    PreferenceLevel[] levels = PreferenceLevel.values();
    for (int n = 0; n < Math.min(startups, investors) / 2; n++) {
      String inv = is.get(r.nextInt(investors)).id();
      String st = ss.get(r.nextInt(startups)).id();
      PreferenceLevel l = levels[r.nextInt(levels.length)];
      prefs.add(r.nextBoolean() ? new Preference(inv, st, l) : new Preference(st, inv, l));
    }
    return Fixtures.event(is, ss, prefs, 0.0);
  }

  private static String sentence(Random r, int words) {
    StringBuilder b = new StringBuilder();
    for (int w = 0; w < words; w++) {
      b.append(w == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
    }
    return b.toString();
  }
}
