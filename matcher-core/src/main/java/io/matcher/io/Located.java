package io.matcher.io;

/** A value with the record it was read from, for messages about it. */
record Located<T>(T value, String file, String where) {
  void error(Problems p, String field, String message) {
    p.error(file, where, field, message);
  }

  void warn(Problems p, String field, String message) {
    p.warn(file, where, field, message);
  }
}
