package io.matcher.model;

/**
 * How to reach a person. Private by default: outputs for other people show it only when
 * {@code shareable} is true.
 *
 * @param email e-mail address or null
 * @param phone phone number as written, or null
 * @param shareable whether counterparts may see it
 */
public record Contact(String email, String phone, boolean shareable) {
  public static final Contact NONE = new Contact(null, null, false);

  public boolean isEmpty() {
    return email == null && phone == null;
  }
}
