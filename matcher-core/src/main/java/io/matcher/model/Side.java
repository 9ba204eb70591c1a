package io.matcher.model;

/** The two sides of the market: investors and startups (also the folder of their personal files). */
public enum Side {
  INVESTOR("investors", "Nhà đầu tư", "Investor"),
  STARTUP("startups", "Khởi nghiệp", "Startup");

  private final String folder;
  private final String vietnamese;
  private final String english;

  Side(String folder, String vietnamese, String english) {
    this.folder = folder;
    this.vietnamese = vietnamese;
    this.english = english;
  }

  /** The folder of the output directory holding this side's personal files. */
  public String folder() {
    return folder;
  }

  public String vietnamese() {
    return vietnamese;
  }

  public String english() {
    return english;
  }
}
