package vn.gov.hanoi.comms.publication;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.feed.cache}: how long a node may answer the residents' feed from memory ({@code ttl};
 * {@code 0s} turns the cache off) and how many answers it keeps. A publication or withdrawal on
 * this node clears the cache when it commits; on another node of a cluster it shows here at most
 * {@code ttl} later.
 */
@Validated
@ConfigurationProperties("app.feed.cache")
public record FeedCacheProperties(
    @DefaultValue("5s") Duration ttl,
    @Min(1) @Max(1_000_000) @DefaultValue("10000") int maxEntries) {
  public FeedCacheProperties {
    if (ttl.isNegative() || ttl.compareTo(Duration.ofMinutes(1)) > 0) {
      throw new IllegalArgumentException(
          "app.feed.cache.ttl must be between 0s and 60s (a withdrawn article must leave the feed soon): "
              + ttl);
    }
  }
}
