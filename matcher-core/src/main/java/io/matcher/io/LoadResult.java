package io.matcher.io;

import io.matcher.model.Event;
import java.util.List;
import java.util.Optional;

/**
 * What reading an event directory gave: the validated event when there was no error, and every
 * problem found (errors and warnings), in the order of the files and records.
 *
 * @param readNanos time spent reading the files and binding their records (with the checks of
 *     each field)
 * @param validateNanos time spent checking the records against each other and the event's rules
 */
public record LoadResult(
    Optional<Event> event, List<Problem> problems, long readNanos, long validateNanos) {
  public LoadResult {
    problems = List.copyOf(problems);
  }

  public boolean isValid() {
    return event.isPresent();
  }

  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  public List<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }

  /** The event, or an {@link InvalidInputException} carrying the problems. */
  public Event orThrow() {
    return event.orElseThrow(() -> new InvalidInputException(problems));
  }
}
