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
 * @param sources how each spreadsheet table (CSV or .xlsx) was read; none for JSON files
 */
public record LoadResult(Optional<Event> event, List<Problem> problems, long readNanos,
    long validateNanos, List<InputSource> sources) {
  public LoadResult {
    problems = List.copyOf(problems);
    sources = List.copyOf(sources);
  }

  public LoadResult(Optional<Event> event, List<Problem> problems, long readNanos, long validateNanos) {
    this(event, problems, readNanos, validateNanos, List.of());
  }

  /** The warnings of {@link #sources} about columns the scorer reads and no table has. */
  public List<Problem> unscoredColumns() {
    return sources.stream().flatMap(s -> s.unscored().stream()).toList();
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
