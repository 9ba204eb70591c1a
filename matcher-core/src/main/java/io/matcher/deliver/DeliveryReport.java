package io.matcher.deliver;

import java.nio.file.Path;
import java.util.List;

/**
 * What a run of {@link Delivery} did.
 *
 * @param letters letters in the outbox
 * @param sent accepted by the server in this run (or, in a dry run, written as {@code .eml})
 * @param alreadyDelivered skipped because the send log records them as delivered
 * @param refused letters the server refused, with its answer (logged; a rerun tries them again)
 * @param skipped people with no usable address, who got nothing
 * @param written the log, or in a dry run the folder of {@code .eml} files
 */
public record DeliveryReport(int letters, int sent, int alreadyDelivered, List<Refusal> refused,
    List<Outbox.Skipped> skipped, Path written, boolean dryRun) {
  public DeliveryReport {
    refused = List.copyOf(refused);
    skipped = List.copyOf(skipped);
  }

  /** A letter the server would not take. */
  public record Refusal(Letter letter, String reason) {}
}
