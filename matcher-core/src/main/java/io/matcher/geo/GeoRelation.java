package io.matcher.geo;

/**
 * How a startup's place relates to a place an investor looks at.
 *
 * @param level the level of the smallest place holding both, or null when they share none
 * @param common that place, or null
 * @param within whether the startup's place lies inside the investor's (or is it)
 */
public record GeoRelation(PlaceLevel level, Place common, boolean within) {
  /** Two places with nothing in common. */
  public static final GeoRelation NONE = new GeoRelation(null, null, false);

  /** "same province: Hải Phòng", "in country: Việt Nam", "no common place". */
  public String describe() {
    if (common == null) {
      return "no common region";
    }
    return (within ? "within " : "same ") + level.code() + ": " + common.displayName();
  }
}
