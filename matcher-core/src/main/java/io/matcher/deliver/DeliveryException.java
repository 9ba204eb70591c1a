package io.matcher.deliver;

import java.io.IOException;

/**
 * Delivery stopped or could not start, in our own words: which file or server, what was found,
 * what was expected, and — once messages went out — how many and that a rerun sends the rest.
 */
public final class DeliveryException extends IOException {
  public DeliveryException(String message) {
    super(message);
  }

  public DeliveryException(String message, Throwable cause) {
    super(message, cause);
  }
}
