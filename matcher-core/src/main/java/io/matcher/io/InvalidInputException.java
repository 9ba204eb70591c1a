package io.matcher.io;

import java.util.List;

/** The input has errors; each is a {@link Problem} naming file, record and field. */
public final class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Problem> problems;

  public InvalidInputException(List<Problem> problems) {
    super(summary(problems));
    this.problems = ProblemFloods.cap(problems);
  }

  public InvalidInputException(Problem problem) {
    this(List.of(problem));
  }

  public List<Problem> problems() {
    return problems;
  }

  private static String summary(List<Problem> problems) {
    long errors = problems.stream().filter(Problem::isError).count();
    return errors + " error(s) in the input" + (problems.isEmpty() ? "" : ": " + problems.get(0));
  }
}
