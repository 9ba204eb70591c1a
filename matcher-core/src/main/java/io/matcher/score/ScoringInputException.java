package io.matcher.score;

/**
 * An input to scoring (a weights file, an external scores file) is wrong. The message names the
 * source and the place ({@code weights.json: $.sector: ...}, {@code scores.csv: row 4, field
 * score: ...}) and, where it can, what was expected.
 */
public final class ScoringInputException extends IllegalArgumentException {
  private final String source;
  private final String location;

  public ScoringInputException(String source, String location, String message) {
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
