package io.matcher.cli;

import picocli.CommandLine;

/** The version from the jar manifest, or "development" when run from classes. */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = MatcherCommand.class.getPackage().getImplementationVersion();
    return new String[] {"matcher " + (v == null ? "development" : v)};
  }
}
