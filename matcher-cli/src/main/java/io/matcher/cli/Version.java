package io.matcher.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/**
 * The version of the Maven project, which the build writes into the resource {@code
 * version.properties} beside this class (resource filtering, matcher-cli/pom.xml): the same in
 * the jar and when run from classes in the tests.
 */
final class Version implements CommandLine.IVersionProvider {
  static final String RESOURCE = "version.properties";

  @Override
  public String[] getVersion() {
    return new String[] {"matcher " + number()};
  }

  /** The project version, e.g. {@code 0.1.0-SNAPSHOT}. */
  static String number() {
    try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
