package io.matcher.deliver;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code send-log.tsv} in the output directory: one line per message the server accepted (and
 * one per refusal), appended and forced to disk ({@code fsync}) before the next message, so that
 * a run stopped at any point — a crash, a killed process, a server that went away — is resumed
 * by running the same command again: letters whose digest is logged as delivered are skipped.
 *
 * <pre>
 * # matcher send log: time, outcome, recipient, address, letter digest, message id, detail
 * 2025-10-09T08:00:01Z	delivered	investor I001	ha@example.org	3f2a…	&lt;…@example.org&gt;
 * 2025-10-09T08:00:02Z	refused	startup S004	x@example.org	9c1b…	&lt;…&gt;	550 mailbox unavailable
 * </pre>
 *
 * <p>Append-only: lines are never rewritten. A last line cut short by a crash (no newline) is
 * ignored and closed with a newline before anything is appended. At-least-once: a message
 * accepted by the server just before a crash, not yet logged, is sent again by the rerun. The log
 * is locked while a run holds it, so two runs cannot send the same letters at once.
 */
public final class SendLog implements Closeable {
  public static final String FILE = "send-log.tsv";
  static final String HEADER = "# matcher send log: time, outcome, recipient, address, letter digest, message id, detail\n";

  private final Path path;
  private final FileChannel channel;
  private final FileLock lock;
  private final Set<String> delivered;
  private final boolean repairedTail;

  private SendLog(Path path, FileChannel channel, FileLock lock, Set<String> delivered, boolean repairedTail) {
    this.path = path;
    this.channel = channel;
    this.lock = lock;
    this.delivered = delivered;
    this.repairedTail = repairedTail;
  }

  /** The digests a log at {@code path} records as delivered (none when there is no log). */
  public static Set<String> deliveredIn(Path path) throws IOException {
    if (!Files.exists(path)) {
      return Set.of();
    }
    return parse(Files.readString(path, StandardCharsets.UTF_8));
  }

  /** Opens (creating) the log of {@code outDir} for appending, locked. */
  public static SendLog open(Path outDir) throws IOException {
    Path path = outDir.resolve(FILE);
    boolean created = !Files.exists(path);
    FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND);
    try {
      FileLock lock;
      try {
        lock = ch.tryLock();
      } catch (java.nio.channels.OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        throw new DeliveryException(path + ": another `matcher send` is using this log; wait for it to finish");
      }
      String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
      Set<String> done = new HashSet<>(parse(text));
      SendLog log = new SendLog(path, ch, lock, done, !text.isEmpty() && !text.endsWith("\n"));
      if (created || text.isEmpty()) {
        log.append(HEADER);
        if (created) {
          syncDirectory(outDir);
        }
      } else if (log.repairedTail) {
        log.append("\n");
      }
      return log;
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
  }

  /** Whether the log's last line had been cut short (and was closed off). */
  public boolean repairedTail() {
    return repairedTail;
  }

  public Path path() {
    return path;
  }

  /** Whether a letter with this digest was delivered. */
  public boolean delivered(String digest) {
    return delivered.contains(digest);
  }

  /** Records that the server accepted {@code letter}; on disk when this returns. */
  public void delivered(Letter letter, String messageId, Instant at) throws IOException {
    append(line(at, "delivered", letter, messageId, ""));
    delivered.add(letter.digest());
  }

  /** Records that the server refused {@code letter} (the others go on). */
  public void refused(Letter letter, String messageId, Instant at, String why) throws IOException {
    append(line(at, "refused", letter, messageId, why));
  }

  private static String line(Instant at, String outcome, Letter l, String messageId, String detail) {
    return String.join("\t", at.toString(), outcome, l.who(), field(l.to()), l.digest(), field(messageId), field(detail))
        + "\n";
  }

  private static String field(String s) {
    return s == null ? "" : s.replaceAll("[\\t\\r\\n\\p{Cntrl}]+", " ");
  }

  private void append(String text) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    while (b.hasRemaining()) {
      channel.write(b);
    }
    channel.force(true);
  }

  static Set<String> parse(String text) {
    Set<String> out = new HashSet<>();
    List<String> lines = text.lines().toList();
    int complete = text.endsWith("\n") ? lines.size() : lines.size() - 1;
    for (int i = 0; i < complete; i++) {
      String[] f = lines.get(i).split("\t", -1);
      if (f.length >= 5 && f[1].equals("delivered")) {
        out.add(f[4]);
      }
    }
    return out;
  }

  /** Makes the new log's directory entry durable too (Linux; elsewhere a no-op). */
  private static void syncDirectory(Path dir) {
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // not supported on this platform: the file's own fsync still holds its lines
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
