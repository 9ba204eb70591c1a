package io.matcher.evaluate;

import io.matcher.io.InputFileException;

/**
 * A labels file is wrong: {@code labels.csv: row 4, field label: "yes" is not an integer grade}.
 */
public final class LabelsInputException extends InputFileException {
  private static final long serialVersionUID = 1L;

  public LabelsInputException(String source, String location, String message) {
    super(source, location, message);
  }
}
