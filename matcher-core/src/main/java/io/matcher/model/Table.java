package io.matcher.model;

import java.util.Objects;

/**
 * A meeting table.
 *
 * @param id identifier, e.g. {@code T12}
 * @param name what the sign on the table says; defaults to the id
 * @param zone area of the venue, or null
 */
public record Table(String id, String name, String zone) {
  public Table {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
