package io.matcher.cli;

import io.matcher.pipeline.Progress;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress bars on stderr (counts, rate, ETA) when stderr is a terminal; nothing at all when it is
 * not (CI logs, pipes, files), so logs hold only the final lines.
 */
final class ProgressBars implements Progress {
  private final PrintStream err;

  private ProgressBars(PrintStream err) {
    this.err = err;
  }

  /** Bars when stderr is an interactive terminal and the user did not ask for quiet. */
  static Progress forStderr(boolean quiet) {
    if (quiet || !stderrIsTerminal()) {
      return Progress.NONE;
    }
    return new ProgressBars(new PrintStream(System.err, true, StandardCharsets.UTF_8));
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
    ProgressBarBuilder builder = new ProgressBarBuilder();
    if (!unit.isEmpty()) {
      builder.setUnit(" " + unit, 1);
    }
    ProgressBar bar = builder
        .setTaskName(stage)
        .setInitialMax(total <= 0 ? -1 : total)
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(200)
        .showSpeed()
        .setConsumer(new ConsoleProgressBarConsumer(err))
        .build();
    return new Task() {
      @Override
      public void accept(long done) {
        bar.stepBy(done);
      }

      private boolean closed;

      @Override
      public synchronized void close() {
        if (!closed) {
          closed = true;
          bar.close();
        }
      }
    };
  }
}
