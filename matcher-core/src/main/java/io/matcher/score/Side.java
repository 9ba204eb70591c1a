package io.matcher.score;

/** Whose ranked list a top-K export follows. */
public enum Side {
  /** For every investor, its best startups. */
  INVESTOR,
  /** For every startup, its best investors. */
  STARTUP
}
