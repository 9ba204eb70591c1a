package io.matcher.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Paths of the shipped sample events, and a way to write small event directories. */
public final class TestEvents {
  private TestEvents() {}

  /** The repository root (where sample-data/ lies). */
  public static Path repoRoot() {
    String prop = System.getProperty("matcher.repo.root");
    Path p = prop != null ? Path.of(prop) : Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("sample-data"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("sample-data/ not found above " + Path.of("").toAbsolutePath());
    }
    return p;
  }

  public static Path sample() {
    return repoRoot().resolve("sample-data/techfest-haiphong-2025");
  }

  public static Path sampleCsv() {
    return repoRoot().resolve("sample-data/techfest-haiphong-2025-csv");
  }

  public static Path broken() {
    return repoRoot().resolve("sample-data/broken-techfest");
  }

  /** A minimal valid event.json with 4 slots of 15 minutes and 3 tables. */
  public static final String EVENT_JSON = """
      {"name": "Test", "venue": "Hall", "timezone": "Asia/Ho_Chi_Minh",
       "session": {"date": "2025-10-10", "start": "13:30", "end": "14:50",
                   "meetingMinutes": 15, "changeoverMinutes": 5, "breaks": []},
       "tables": 3,
       "rules": {"minMeetingsPerStartup": 1, "maxMeetingsPerStartup": 3, "maxMeetingsPerInvestor": 4}}
      """;

  public static final String INVESTORS_JSON = """
      [{"id": "I1", "name": "Quỹ Sao Mai", "type": "vc", "sectors": ["fintech"], "stages": ["seed"],
        "ticketMin": 100000, "ticketMax": 500000, "ticketCurrency": "USD"},
       {"id": "I2", "name": "Angel Hà", "type": "angel", "sectors": ["agritech"]}]
      """;

  public static final String STARTUPS_JSON = """
      [{"id": "S1", "name": "Nông Trại Xanh", "sectors": ["Nông nghiệp thông minh"], "stage": "hạt giống",
        "raiseAmount": 300000, "raiseCurrency": "USD"},
       {"id": "S2", "name": "PayHP", "sectors": ["payments"], "stage": "Series A"}]
      """;

  /** Writes an event directory with the given files (name, content, name, content, ...). */
  public static Path write(Path dir, String... nameAndContent) {
    try {
      Files.createDirectories(dir);
      for (int i = 0; i < nameAndContent.length; i += 2) {
        Files.writeString(dir.resolve(nameAndContent[i]), nameAndContent[i + 1], StandardCharsets.UTF_8);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes a named pipe at {@code path}; false where the system has no {@code mkfifo}. */
  public static boolean mkfifo(Path path) throws InterruptedException {
    try {
      return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  /** A valid minimal event, with extra files added or replacing the defaults. */
  public static Path minimal(Path dir, String... overrides) {
    write(dir, "event.json", EVENT_JSON, "investors.json", INVESTORS_JSON, "startups.json", STARTUPS_JSON);
    return write(dir, overrides);
  }
}
