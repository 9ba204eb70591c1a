package io.matcher.io;

import java.util.List;

/**
 * How one spreadsheet table of the event was read, for the user to check: a CSV file's
 * separator and encoding, a workbook's sheet and header row.
 *
 * @param file the file inside the event directory, e.g. {@code startups.csv} or {@code event.xlsx}
 * @param description one line: {@code startups.csv: separator ';' (detected), UTF-8 with BOM}
 * @param unscored the warnings for columns the scorer reads that this table does not have (no
 *     header maps to them, so every profile goes without that signal); {@code matcher schedule}
 *     refuses such an event unless told to allow it
 */
public record InputSource(String file, String description, List<Problem> unscored) {
  public InputSource {
    unscored = List.copyOf(unscored);
  }
}
