package io.matcher.export;

/**
 * Where the export hands each file as soon as it is rendered: a relative path
 * ("investors/ana-i1.ics") and its bytes. The export renders on several threads, so a sink is
 * called from several threads at once, each path once. What it does with a file is the caller's
 * (write it into a staging directory, keep it in a map); the export itself does no I/O.
 */
@FunctionalInterface
public interface FileSink {
  /** Takes one file; a sink that cannot reports it by an unchecked exception, which ends the export. */
  void accept(String path, byte[] bytes);
}
