package vn.gov.hanoi.comms.prechecks;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.gov.hanoi.comms.common.web.Paging;
import vn.gov.hanoi.comms.screening.ReferenceDataRules;
import vn.gov.hanoi.comms.screening.Screener;

/**
 * The reference data of the screening, kept as data: hosts links may lead to (allowed_link_host)
 * and the numbers organisations publish (published_number). Read at every check, so a change
 * applies to the next one.
 */
@Repository
public class ScreeningData {
  /** A published number of an organisation. */
  public record PublishedNumber(String organisationCode, String number, String label) {}

  /** An allowed host. */
  public record AllowedHost(String host, String note) {}

  private final JdbcClient jdbc;

  public ScreeningData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Screener.Rules rules() {
    Set<String> numbers =
        new HashSet<>(jdbc.sql("select number from published_number").query(String.class).list());
    return new Screener.Rules(allowedHosts().stream().map(AllowedHost::host).toList(), numbers);
  }

  public List<AllowedHost> allowedHosts() {
    return jdbc.sql("select host, note from allowed_link_host order by host")
        .query((rs, n) -> new AllowedHost(rs.getString(1), rs.getString(2)))
        .list();
  }

  public void allowHost(String host, String note, String by, Instant at) {
    String h = host.strip().toLowerCase(Locale.ROOT);
    if (jdbc.sql("select count(*) from allowed_link_host where host = :h")
            .param("h", h)
            .query(Long.class)
            .single()
        == 0) {
      jdbc.sql(
              "insert into allowed_link_host(host, note, added_by, added_at) values (:h, :note, :by, :at)")
          .param("h", h)
          .param("note", note)
          .param("by", by)
          .param("at", at.atOffset(ZoneOffset.UTC))
          .update();
    }
  }

  public boolean removeHost(String host) {
    return jdbc.sql("delete from allowed_link_host where host = :h")
            .param("h", host.strip().toLowerCase(Locale.ROOT))
            .update()
        > 0;
  }

  public List<PublishedNumber> publishedNumbers(String organisationCode) {
    return publishedNumbers(organisationCode, new Paging(0, Integer.MAX_VALUE));
  }

  /** One page of an organisation's published numbers, by number. */
  public List<PublishedNumber> publishedNumbers(String organisationCode, Paging paging) {
    return jdbc.sql(
            "select organisation_code, number, label from published_number where organisation_code = :o"
                + " order by number offset :offset rows fetch first :limit rows only")
        .param("o", organisationCode)
        .param("offset", paging.offset())
        .param("limit", paging.size())
        .query((rs, n) -> new PublishedNumber(rs.getString(1), rs.getString(2), rs.getString(3)))
        .list();
  }

  public long countPublishedNumbers(String organisationCode) {
    return jdbc.sql("select count(*) from published_number where organisation_code = :o")
        .param("o", organisationCode)
        .query(Long.class)
        .single();
  }

  /** Replaces an organisation's published numbers (national form, digits only). */
  public void replacePublishedNumbers(
      String organisationCode, List<PublishedNumber> numbers, String by, Instant at) {
    jdbc.sql("delete from published_number where organisation_code = :o")
        .param("o", organisationCode)
        .update();
    for (PublishedNumber p : numbers) {
      jdbc.sql(
              """
          insert into published_number(organisation_code, number, label, added_by, added_at)
          values (:o, :n, :l, :by, :at)""")
          .param("o", organisationCode)
          .param("n", ReferenceDataRules.nationalNumber(p.number()))
          .param("l", p.label())
          .param("by", by)
          .param("at", at.atOffset(ZoneOffset.UTC))
          .update();
    }
  }
}
