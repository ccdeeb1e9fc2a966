package vn.gov.hanoi.comms.publication;

import java.time.Instant;

/** One entry of a resident's feed. */
public record FeedItem(
    long id,
    String source,
    long sourceId,
    String title,
    String summary,
    String bodyHtml,
    String imageUrl,
    String scope,
    Instant publishedAt,
    Instant visibleUntil) {}
