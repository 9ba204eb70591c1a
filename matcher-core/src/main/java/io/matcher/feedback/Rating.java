package io.matcher.feedback;

/**
 * One row of a ratings form export.
 *
 * @param row the spreadsheet row (header = row 1)
 * @param uid the meeting UID, or null when the row names the two ids
 * @param investorId the investor id, or null
 * @param startupId the startup id, or null
 * @param tookPlace whether the meeting took place; null when not answered
 * @param rating 1 to 5, or null when not given
 * @param followUp whether a follow-up is planned; null when not answered
 */
public record Rating(int row, String uid, String investorId, String startupId, Boolean tookPlace,
    Integer rating, Boolean followUp) {}
