package vn.gov.hanoi.comms.dedup;

import java.time.Instant;

/**
 * A notice already sent, or approved and waiting to be sent (I-DEDUP-5), at some level.
 *
 * @param level "CITY", "DISTRICT" or "COMMUNE" (I-LEVEL-1..3); free text for the detector
 * @param areaCode the issuing body's area, so a caller can restrict to the commune's own district
 */
public record StoredNotice(
    long id, String level, String areaCode, Instant sentAt, String title, String body) {}
