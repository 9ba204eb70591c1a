package io.matcher.model;

import io.matcher.taxonomy.Stage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An investor's profile, validated: sectors are taxonomy codes, stages are rungs of the ladder,
 * ids in {@code unavailable} and {@code exclude} exist.
 *
 * @param type kind of investor
 * @param sectors taxonomy codes the investor looks at, in input order; empty for a generalist
 * @param stages stages it invests in, in input order
 * @param ticketMin smallest cheque, in {@code ticketCurrency}, or null
 * @param ticketMax largest cheque, in {@code ticketCurrency}, or null
 * @param ticketCurrency ISO 4217 code, or null when no ticket is given
 * @param thesis free text: what the investor looks for
 * @param maxMeetings own maximum, or null to use the event rule
 * @param unavailable slot ids in which the investor cannot meet
 * @param exclude startup ids it must not meet (conflicts, portfolio)
 * @param minMeetings own minimum, or null to use the event rule
 * @param seats meetings it can hold in one slot (several people at several tables), or null for 1
 * @param interestWeights the weights given to sectors, stages and locations; {@link
 *     InterestWeights#NONE} when every interest counts 1
 */
public record Investor(
    String id,
    String name,
    String organisation,
    InvestorType type,
    List<String> sectors,
    List<Stage> stages,
    BigDecimal ticketMin,
    BigDecimal ticketMax,
    String ticketCurrency,
    List<String> locations,
    String thesis,
    Integer maxMeetings,
    List<String> unavailable,
    List<String> exclude,
    Contact contact,
    Integer minMeetings,
    Integer seats,
    InterestWeights interestWeights) {

  /** An investor without an own minimum, with one seat, whose interests all count 1. */
  public Investor(String id, String name, String organisation, InvestorType type, List<String> sectors,
      List<Stage> stages, BigDecimal ticketMin, BigDecimal ticketMax, String ticketCurrency,
      List<String> locations, String thesis, Integer maxMeetings, List<String> unavailable,
      List<String> exclude, Contact contact) {
    this(id, name, organisation, type, sectors, stages, ticketMin, ticketMax, ticketCurrency, locations,
        thesis, maxMeetings, unavailable, exclude, contact, null, null, InterestWeights.NONE);
  }

  /** An investor whose interests all count 1. */
  public Investor(String id, String name, String organisation, InvestorType type, List<String> sectors,
      List<Stage> stages, BigDecimal ticketMin, BigDecimal ticketMax, String ticketCurrency,
      List<String> locations, String thesis, Integer maxMeetings, List<String> unavailable,
      List<String> exclude, Contact contact, Integer minMeetings, Integer seats) {
    this(id, name, organisation, type, sectors, stages, ticketMin, ticketMax, ticketCurrency, locations,
        thesis, maxMeetings, unavailable, exclude, contact, minMeetings, seats, InterestWeights.NONE);
  }

  /** An investor without an own minimum, with one seat. */
  public Investor(String id, String name, String organisation, InvestorType type,
      List<String> sectors, List<Stage> stages, BigDecimal ticketMin, BigDecimal ticketMax,
      String ticketCurrency, List<String> locations, String thesis, Integer maxMeetings,
      List<String> unavailable, List<String> exclude, Contact contact, InterestWeights interestWeights) {
    this(id, name, organisation, type, sectors, stages, ticketMin, ticketMax, ticketCurrency,
        locations, thesis, maxMeetings, unavailable, exclude, contact, null, null, interestWeights);
  }

  public Investor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    sectors = List.copyOf(sectors);
    stages = List.copyOf(stages);
    locations = List.copyOf(locations);
    unavailable = List.copyOf(unavailable);
    exclude = List.copyOf(exclude);
    contact = contact == null ? Contact.NONE : contact;
    interestWeights = interestWeights == null ? InterestWeights.NONE : interestWeights;
  }
}
