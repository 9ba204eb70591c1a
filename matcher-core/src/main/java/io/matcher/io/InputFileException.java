package io.matcher.io;

/**
 * A small input file other than the event itself (weights, external scores, labels) is wrong. The
 * message names the source and the place ({@code weights.json: $.sector: ...}, {@code scores.csv:
 * row 4, field score: ...}) and, where it can, what was expected. The stages that read such files
 * throw their own subclass; a command line maps them all to one exit code.
 */
public class InputFileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String location;

  public InputFileException(String source, String location, String message) {
    super(source + ": " + location + ": " + message);
    this.source = source;
    this.location = location;
  }

  /** The file or source name given by the caller. */
  public String source() {
    return source;
  }

  /** JSON path ({@code $.sector}) or CSV place ({@code row 4, field score}). */
  public String location() {
    return location;
  }
}
