package io.matcher.deliver;

/**
 * A file attached to a letter, as written in the output directory.
 *
 * @param fileName the name the recipient sees (the file's own name)
 * @param contentType the MIME type with its parameters
 */
public record Attachment(String fileName, String contentType, byte[] bytes) {
  public Attachment {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }
}
