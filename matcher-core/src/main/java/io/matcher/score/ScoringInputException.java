package io.matcher.score;

import io.matcher.io.InputFileException;

/** An input to scoring (a weights file, an external scores file) is wrong. */
public final class ScoringInputException extends InputFileException {
  private static final long serialVersionUID = 1L;

  public ScoringInputException(String source, String location, String message) {
    super(source, location, message);
  }
}
