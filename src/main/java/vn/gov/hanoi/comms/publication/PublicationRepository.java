package vn.gov.hanoi.comms.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class PublicationRepository {
  private final JdbcClient jdbc;
  private final FeedCache feedCache;

  /**
   * A target's end of visibility when its publication has none (V98_1): never null, so that the
   * feed reads its index {@code (area_code, visible_until)} as one range.
   */
  static final Instant NO_END = Instant.parse("9999-12-31T00:00:00Z");

  public PublicationRepository(JdbcClient jdbc, FeedCache feedCache) {
    this.jdbc = jdbc;
    this.feedCache = feedCache;
  }

  /**
   * Idempotent: a key already stored (a retried job, a second node) changes nothing. This and
   * {@link #markWithdrawn} are the only writes that change what the feed shows: each clears the
   * feed's cache when it commits.
   */
  public void insertIfAbsent(Publication p) {
    if (findIdByKey(p.idempotencyKey()).isPresent()) {
      return;
    }
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
        insert into publication(idempotency_key, source, source_id, title, summary, body_html, image_file_id, scope,
          age_min, age_max, gender, published_at, visible_until)
        values (:key, :source, :sourceId, :title, :summary, :body, :image, :scope, :ageMin, :ageMax, :gender, :at, :until)""")
        .param("key", p.idempotencyKey())
        .param("source", p.source())
        .param("sourceId", p.sourceId())
        .param("title", p.title())
        .param("summary", p.summary())
        .param("body", p.bodyHtml())
        .param("image", p.imageFileId())
        .param("scope", p.scope())
        .param("ageMin", p.ageMin())
        .param("ageMax", p.ageMax())
        .param("gender", p.gender())
        .param("at", utc(p.publishedAt()))
        .param("until", utc(p.visibleUntil()))
        .update(keys, "id");
    long id = keys.getKey().longValue();
    for (String code : p.targetAreaCodes()) {
      jdbc.sql(
              "insert into publication_target(publication_id, area_code, visible_until) values (:id, :code, :until)")
          .param("id", id)
          .param("code", code)
          .param("until", utc(p.visibleUntil() == null ? NO_END : p.visibleUntil()))
          .update();
    }
    feedCache.forgetAfterCommit();
  }

  public Optional<Long> findIdByKey(String key) {
    return jdbc.sql("select id from publication where idempotency_key = :key")
        .param("key", key)
        .query(Long.class)
        .optional();
  }

  /**
   * Withdraws the publication; its targets' visibility ends at {@code at} too (V97_1: the feed
   * reads only the targets still visible).
   */
  public void markWithdrawn(String key, Instant at) {
    int withdrawn =
        jdbc.sql(
                "update publication set withdrawn_at = :at where idempotency_key = :key and withdrawn_at is null")
            .param("at", utc(at))
            .param("key", key)
            .update();
    if (withdrawn == 0) {
      return;
    }
    jdbc.sql(
            """
        update publication_target set visible_until = :at
        where publication_id = (select id from publication where idempotency_key = :key)
          and visible_until > :at""")
        .param("at", utc(at))
        .param("key", key)
        .update();
    feedCache.forgetAfterCommit();
  }

  public List<String> activeKeys(String source, long sourceId) {
    return jdbc.sql(
            "select idempotency_key from publication where source = :s and source_id = :id and withdrawn_at is null")
        .param("s", source)
        .param("id", sourceId)
        .query(String.class)
        .list();
  }

  /**
   * What a resident whose area chain is {@code areaCodes} sees at {@code now}, newest first. Reads
   * only the targets still visible (index on area and end of visibility), not every publication the
   * areas ever had.
   */
  public List<FeedItem> visibleIn(
      Collection<String> areaCodes,
      Instant now,
      Integer age,
      String gender,
      long offset,
      int limit) {
    return jdbc.sql(
            """
        select distinct p.id, p.source, p.source_id, p.title, p.summary, p.body_html, p.image_file_id, p.scope,
               p.published_at, p.visible_until
        from publication p join publication_target t on t.publication_id = p.id
        where t.area_code in (:codes) and t.visible_until > :now
          and p.published_at <= :now and p.withdrawn_at is null
          and (p.visible_until is null or p.visible_until > :now)
          and (cast(:age as int) is null or (p.age_min <= :age and p.age_max >= :age))
          and (cast(:gender as varchar(10)) is null or p.gender = 'ALL' or p.gender = :gender)
        order by p.published_at desc, p.id desc
        offset :offset rows fetch first :limit rows only""")
        .param("offset", offset)
        .param("codes", areaCodes)
        .param("now", utc(now))
        .param("age", age)
        .param("gender", gender)
        .param("limit", limit)
        .query(PublicationRepository::item)
        .list();
  }

  public Optional<Long> imageOf(long publicationId) {
    return jdbc.sql("select image_file_id from publication where id = :id and withdrawn_at is null")
        .param("id", publicationId)
        .query(Long.class)
        .optional();
  }

  private static FeedItem item(ResultSet rs, int n) throws SQLException {
    OffsetDateTime until = rs.getObject("visible_until", OffsetDateTime.class);
    return new FeedItem(
        rs.getLong("id"),
        rs.getString("source"),
        rs.getLong("source_id"),
        rs.getString("title"),
        rs.getString("summary"),
        rs.getString("body_html"),
        rs.getObject("image_file_id") == null ? null : "/api/feed/" + rs.getLong("id") + "/image",
        rs.getString("scope"),
        rs.getObject("published_at", OffsetDateTime.class).toInstant(),
        until == null ? null : until.toInstant());
  }

  static OffsetDateTime utc(Instant i) {
    return i == null ? null : i.atOffset(ZoneOffset.UTC);
  }
}
