package io.matcher.export;

import io.matcher.io.OutputDirectory;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Renders the sample event (round-robin test schedule) and the hostile event for a human to
 * look at: {@code mvn -pl matcher-core test -Dtest=ExportPreviewTest
 * -Dexport.preview=/tmp/export-preview}. Skipped otherwise.
 */
@EnabledIfSystemProperty(named = "export.preview", matches = ".+")
class ExportPreviewTest {
  @Test
  void renderSampleAndHostile() throws Exception {
    Path dir = Path.of(System.getProperty("export.preview"));
    OutputDirectory.write(dir.resolve("sample"), true, ScheduleExport.files(TestSchedules.sample()));
    OutputDirectory.write(dir.resolve("hostile"), true, ScheduleExport.files(HostileEvent.schedule()));
  }
}
