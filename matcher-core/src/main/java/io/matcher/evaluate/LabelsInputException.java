package io.matcher.evaluate;

/**
 * A labels file is wrong. The message names the file, the row and, where there is one, the field:
 * {@code labels.csv: row 4, field label: "yes" is not an integer grade}.
 */
public final class LabelsInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String location;

  public LabelsInputException(String source, String location, String message) {
    super(source + ": " + location + ": " + message);
    this.source = source;
    this.location = location;
  }

  /** The file name given by the caller. */
  public String source() {
    return source;
  }

  /** {@code row 4} or {@code row 4, field label}. */
  public String location() {
    return location;
  }
}
