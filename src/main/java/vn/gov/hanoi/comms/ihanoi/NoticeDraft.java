package vn.gov.hanoi.comms.ihanoi;

import java.time.Instant;

/**
 * A notice as a creator submits it. {@code level} and {@code areaCode} are optional: they follow
 * from the organisation (I-LEVEL-1..3) and, when given, must agree with it.
 */
public record NoticeDraft(
    String organisationCode,
    String level,
    String areaCode,
    String title,
    String body,
    String topic,
    String urgency,
    Instant validUntil) {}
