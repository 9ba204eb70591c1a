package io.matcher.index;

/**
 * What bringing one side of an index up to date with an event did.
 *
 * @param added profiles not in the index before
 * @param updated profiles whose content hash changed: their document was replaced
 * @param unchanged profiles whose document was kept as it was
 * @param deleted documents of profiles no longer in the event
 */
public record SyncReport(int added, int updated, int unchanged, int deleted) {
  public boolean changed() {
    return added + updated + deleted > 0;
  }
}
