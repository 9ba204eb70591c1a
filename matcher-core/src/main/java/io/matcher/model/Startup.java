package io.matcher.model;

import io.matcher.taxonomy.Stage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A startup's profile, validated like {@link Investor}.
 *
 * @param sectors taxonomy codes, in input order
 * @param stage the round it is raising, or null when not given
 * @param raiseAmount the amount it is raising, in {@code raiseCurrency}, or null
 * @param raiseCurrency ISO 4217 code, or null
 * @param minMeetings own minimum, or null to use the event rule
 * @param maxMeetings own maximum, or null to use the event rule
 * @param unavailable slot ids in which the startup cannot meet
 * @param exclude investor ids it must not meet
 * @param seats meetings it can hold in one slot (a team at several tables), or null for 1
 */
public record Startup(
    String id,
    String name,
    List<String> sectors,
    Stage stage,
    BigDecimal raiseAmount,
    String raiseCurrency,
    String location,
    String description,
    String website,
    Contact contact,
    Integer minMeetings,
    Integer maxMeetings,
    List<String> unavailable,
    List<String> exclude,
    Integer seats) {

  /** A startup with one seat. */
  public Startup(String id, String name, List<String> sectors, Stage stage, BigDecimal raiseAmount,
      String raiseCurrency, String location, String description, String website, Contact contact,
      Integer minMeetings, Integer maxMeetings, List<String> unavailable, List<String> exclude) {
    this(id, name, sectors, stage, raiseAmount, raiseCurrency, location, description, website, contact,
        minMeetings, maxMeetings, unavailable, exclude, null);
  }

  public Startup {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    sectors = List.copyOf(sectors);
    unavailable = List.copyOf(unavailable);
    exclude = List.copyOf(exclude);
    contact = contact == null ? Contact.NONE : contact;
  }
}
