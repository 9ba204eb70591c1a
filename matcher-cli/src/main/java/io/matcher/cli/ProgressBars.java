package io.matcher.cli;

import io.matcher.pipeline.Eta;
import io.matcher.pipeline.Progress;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Progress bars on stderr when stderr is a terminal; nothing at all when it is not (CI logs,
 * pipes, files), so logs hold only the final lines.
 *
 * <p>One line per stage, redrawn in place every {@link #REFRESH_MILLIS} ms and drawn at once when
 * the stage starts (no blank seconds before a slow first step):
 * <pre>
 * score   62% [=======     ] 2,070/3,300 investors  1,650/s  0:01  ETA 0:02
 * plan    44% [=====       ] 4/9 phases: slotting  0:02  ETA ?
 * </pre>
 * the counts with their unit, the rate, the time spent and the time left as {@link Eta}
 * estimates it ("?" until it can know). A closed stage keeps its last line, with the time it took.
 * At most {@link #WIDTH} columns, so that a narrow terminal does not wrap the line it redraws.
 */
final class ProgressBars implements Progress {
  static final int REFRESH_MILLIS = 200;
  static final int WIDTH = 79;
  private static final int BAR = 12;

  private final PrintStream err;
  private final LongSupplier clock;
  private ScheduledExecutorService ticker;

  ProgressBars(PrintStream err, LongSupplier clock) {
    this.err = err;
    this.clock = clock;
  }

  /** Bars when stderr is an interactive terminal and the user did not ask for quiet. */
  static Progress forStderr(boolean quiet) {
    if (quiet || !stderrIsTerminal()) {
      return Progress.NONE;
    }
    return new ProgressBars(new PrintStream(System.err, true, StandardCharsets.UTF_8), System::nanoTime);
  }

  /**
   * Java 17 cannot ask whether one stream is a terminal; on Linux the descriptor's link tells,
   * elsewhere an interactive console is the best sign.
   */
  static boolean stderrIsTerminal() {
    try {
      Path fd = Path.of("/proc/self/fd/2");
      if (Files.isSymbolicLink(fd)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // fall through
    }
    return System.console() != null;
  }

  @Override
  public Task start(String stage, long total) {
    return start(stage, total, "");
  }

  @Override
  public Task start(String stage, long total, String unit) {
    Bar bar = new Bar(stage, total, unit, clock.getAsLong());
    bar.draw(false);
    bar.refresh = ticker().scheduleAtFixedRate(() -> bar.draw(false), REFRESH_MILLIS,
        REFRESH_MILLIS, TimeUnit.MILLISECONDS);
    return bar;
  }

  private synchronized ScheduledExecutorService ticker() {
    if (ticker == null) {
      ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "progress-bars");
        t.setDaemon(true);
        return t;
      });
    }
    return ticker;
  }

  /** One stage's line. */
  private final class Bar implements Task {
    private final String stage;
    private final long total;
    private final String unit;
    private final long start;
    private final Eta eta;
    private final AtomicLong done = new AtomicLong();
    private volatile String note = "";
    private ScheduledFuture<?> refresh;
    private boolean closed;

    Bar(String stage, long total, String unit, long start) {
      this.stage = stage;
      this.total = total;
      this.unit = unit;
      this.start = start;
      this.eta = new Eta(total, start);
    }

    @Override
    public void accept(long n) {
      done.addAndGet(n);
    }

    @Override
    public void note(String what) {
      note = what;
      draw(false);
    }

    @Override
    public void close() {
      synchronized (this) {
        if (closed) {
          return;
        }
        closed = true;
      }
      refresh.cancel(false);
      draw(true);
    }

    private void draw(boolean last) {
      synchronized (err) {
        synchronized (this) {
          if (closed && !last) {
            return;
          }
          long now = clock.getAsLong();
          long d = done.get();
          eta.sample(now, d);
          String line = line(stage, d, total, unit, note, now - start, eta.perSecond(),
              last ? -2 : eta.remainingNanos());
          err.print("\r" + line + (last ? "\n" : ""));
          err.flush();
        }
      }
    }
  }

  /**
   * One bar's line, at most {@link #WIDTH} columns, padded to that width (it overwrites the one
   * before).
   *
   * @param done the steps done; a stage closed before its end (an error) shows where it stopped
   * @param total 0 or less when unknown: no percentage, a moving marker instead of a bar
   * @param perSecond NaN when not known yet
   * @param leftNanos -1 when not known yet, -2 when the stage is over (the time it took instead)
   */
  static String line(String stage, long done, long total, String unit, String note,
      long elapsedNanos, double perSecond, long leftNanos) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-7s", stage));
    boolean over = leftNanos == -2;
    if (total > 0) {
      int pct = (int) Math.min(100, 100 * done / total);
      int filled = (int) Math.min(BAR, BAR * done / total);
      b.append(String.format(Locale.ROOT, "%3d%% [", pct)).append("=".repeat(filled))
          .append(" ".repeat(BAR - filled)).append("] ");
      b.append(count(done)).append('/').append(count(total));
    } else {
      int at = (int) ((elapsedNanos / (REFRESH_MILLIS * 1_000_000L)) % (BAR - 2));
      b.append("     [").append(over ? "=".repeat(BAR) : " ".repeat(at) + "<=>" + " ".repeat(BAR - 3 - at))
          .append("] ").append(count(done));
    }
    if (!unit.isEmpty()) {
      b.append(' ').append(unit);
    }
    if (!note.isEmpty()) {
      b.append(": ").append(note);
    }
    // no rate for named steps (files read, phases): they are too few and too unlike
    if (!over && total >= Eta.MIN_STEPS) {
      b.append("  ").append(Double.isNaN(perSecond) ? "?" : rate(perSecond)).append("/s");
    }
    b.append("  ").append(over ? "in " + seconds(elapsedNanos) : duration(elapsedNanos, false));
    if (!over && total > 0) {
      b.append("  ETA ").append(leftNanos < 0 ? "?" : duration(leftNanos, true));
    }
    String s = b.length() > WIDTH ? b.substring(0, WIDTH) : b.toString();
    return s + " ".repeat(WIDTH - s.length());
  }

  /** Units per second in at most six characters: 9,162, 13.6k, 2.41M. */
  private static String rate(double perSecond) {
    if (perSecond < 10_000) {
      return count(Math.round(perSecond));
    }
    return perSecond < 1e6 ? String.format(Locale.ROOT, "%.1fk", perSecond / 1e3)
        : String.format(Locale.ROOT, "%.2fM", perSecond / 1e6);
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** m:ss (h:mm:ss from an hour on), rounded {@code up} (an ETA: "0:00" only at the end) or down. */
  private static String duration(long nanos, boolean up) {
    long s = (nanos + (up ? 999_999_999L : 0)) / 1_000_000_000L;
    return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  /** The time a stage took: tenths of a second under a minute. */
  private static String seconds(long nanos) {
    return nanos < 60_000_000_000L ? String.format(Locale.ROOT, "%.1f s", nanos / 1e9)
        : duration(nanos, false);
  }
}
