package vn.gov.hanoi.comms.quota;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.gov.hanoi.comms.common.web.Paging;

@Repository
public class QuotaRepository {
  private static final String COLUMNS =
      "id, unit_code, organisation_kind, from_month, until_month, minimum_per_month, note";
  private final JdbcClient jdbc;

  public QuotaRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Quota> findAll() {
    return jdbc.sql("select " + COLUMNS + " from vneid_quota order by id")
        .query(QuotaRepository::map)
        .list();
  }

  /** One page of the quotas, by id; {@code unit} null means every unit. */
  public List<Quota> page(String unit, Paging paging) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from vneid_quota"
                + (unit == null ? "" : " where unit_code = :unit")
                + " order by id offset :offset rows fetch first :limit rows only")
        .params(unit == null ? Map.of() : Map.of("unit", unit))
        .param("offset", paging.offset())
        .param("limit", paging.size())
        .query(QuotaRepository::map)
        .list();
  }

  public long count(String unit) {
    return jdbc.sql(
            "select count(*) from vneid_quota" + (unit == null ? "" : " where unit_code = :unit"))
        .params(unit == null ? Map.of() : Map.of("unit", unit))
        .query(Long.class)
        .single();
  }

  public Optional<Quota> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from vneid_quota where id = :id")
        .param("id", id)
        .query(QuotaRepository::map)
        .optional();
  }

  public long insert(Quota q) {
    KeyHolder keys = new GeneratedKeyHolder();
    bind(
            jdbc.sql(
                """
        insert into vneid_quota(unit_code, organisation_kind, from_month, until_month, minimum_per_month, note)
        values (:unit, :kind, :from, :until, :min, :note)"""),
            q)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public boolean update(long id, Quota q) {
    return bind(
                jdbc.sql(
                    """
        update vneid_quota set unit_code = :unit, organisation_kind = :kind, from_month = :from, until_month = :until,
          minimum_per_month = :min, note = :note where id = :id"""),
                q)
            .param("id", id)
            .update()
        == 1;
  }

  public boolean delete(long id) {
    return jdbc.sql("delete from vneid_quota where id = :id").param("id", id).update() == 1;
  }

  /**
   * Published VNeID articles (distinct requests with a publication) per unit between two instants.
   */
  public Map<String, Integer> publishedByUnit(Instant from, Instant to) {
    return publishedByUnit(List.of(from, to)).get(0);
  }

  /**
   * {@link #publishedByUnit} for consecutive periods in one read: {@code bounds} are the periods'
   * edges (n + 1 instants for n periods); the answer holds, for each period in order, its counts
   * per unit. A yearly report's quota table read the year's publications once instead of once a
   * month (issue 14).
   */
  public List<Map<String, Integer>> publishedByUnit(List<Instant> bounds) {
    List<Map<String, Integer>> counts = new ArrayList<>();
    StringBuilder period = new StringBuilder("case");
    var params = new HashMap<String, Object>();
    for (int i = 0; i < bounds.size(); i++) {
      params.put("b" + i, OffsetDateTime.ofInstant(bounds.get(i), ZoneOffset.UTC));
      if (i > 0) {
        counts.add(new HashMap<>());
        period.append(" when p.published_at < :b").append(i).append(" then ").append(i - 1);
      }
    }
    if (counts.isEmpty()) {
      return counts;
    }
    jdbc.sql(
            "select unit_code, period, count(distinct source_id) from (select r.unit_code, p.source_id, "
                + period
                + " end period from publication p join vneid_request r on r.id = p.source_id"
                + " where p.source = 'VNEID' and p.published_at >= :b0 and p.published_at < :b"
                + (bounds.size() - 1)
                + ") x group by unit_code, period")
        .params(params)
        .query((rs, i) -> counts.get(rs.getInt(2)).put(rs.getString(1), rs.getInt(3)))
        .list();
    return counts;
  }

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec s, Quota q) {
    return s.param("unit", q.unitCode())
        .param("kind", q.organisationKind())
        .param("from", q.fromMonth().toString())
        .param("until", q.untilMonth() == null ? null : q.untilMonth().toString())
        .param("min", q.minimumPerMonth())
        .param("note", q.note());
  }

  private static Quota map(ResultSet rs, int i) throws SQLException {
    String until = rs.getString("until_month");
    return new Quota(
        rs.getLong("id"),
        rs.getString("unit_code"),
        rs.getString("organisation_kind"),
        YearMonth.parse(rs.getString("from_month")),
        until == null ? null : YearMonth.parse(until),
        rs.getInt("minimum_per_month"),
        rs.getString("note"));
  }
}
