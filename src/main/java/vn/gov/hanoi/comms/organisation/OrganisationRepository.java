package vn.gov.hanoi.comms.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.gov.hanoi.comms.common.TransactionReads;
import vn.gov.hanoi.comms.common.web.Paging;

/** Stores organisations (table {@code organisation}). */
@Repository
public class OrganisationRepository {

  private static final String COLUMNS = "code, name, kind, home_area_code, email, abbreviation";

  private final JdbcClient jdbc;
  private final TransactionReads reads = new TransactionReads();

  public OrganisationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Organisation> findByCode(String code) {
    return reads.read(
        "findByCode",
        code,
        () ->
            jdbc.sql("select " + COLUMNS + " from organisation where code = :code")
                .param("code", code)
                .query(OrganisationRepository::map)
                .optional());
  }

  public List<Organisation> findAll() {
    return jdbc.sql("select " + COLUMNS + " from organisation order by code")
        .query(OrganisationRepository::map)
        .list();
  }

  /** One page of the units, by code; {@code kind} null means every kind. */
  public List<Organisation> page(OrganisationKind kind, Paging paging) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from organisation"
                + (kind == null ? " where 1 = 1" : " where kind = :kind")
                + " order by code offset :offset rows fetch first :limit rows only")
        .params(kindParam(kind))
        .param("offset", paging.offset())
        .param("limit", paging.size())
        .query(OrganisationRepository::map)
        .list();
  }

  public long count(OrganisationKind kind) {
    return jdbc.sql(
            "select count(*) from organisation" + (kind == null ? "" : " where kind = :kind"))
        .params(kindParam(kind))
        .query(Long.class)
        .single();
  }

  private static Map<String, Object> kindParam(OrganisationKind kind) {
    return kind == null ? Map.of() : Map.of("kind", kind.name());
  }

  public List<Organisation> findByKind(OrganisationKind kind) {
    return jdbc.sql("select " + COLUMNS + " from organisation where kind = :kind order by code")
        .param("kind", kind.name())
        .query(OrganisationRepository::map)
        .list();
  }

  public void updateHomeArea(String code, String homeAreaCode) {
    reads.changed();
    jdbc.sql("update organisation set home_area_code = :home where code = :code")
        .param("home", homeAreaCode)
        .param("code", code)
        .update();
  }

  public long count() {
    return jdbc.sql("select count(*) from organisation").query(Long.class).single();
  }

  /**
   * Inserts or replaces by code. Update-then-insert because MERGE/ON CONFLICT differ between H2 and
   * PostgreSQL.
   */
  public void save(Organisation organisation) {
    reads.changed();
    int updated =
        jdbc.sql(
                "update organisation set name = :name, kind = :kind, home_area_code = :homeAreaCode,"
                    + " email = :email, abbreviation = :abbreviation where code = :code")
            .params(params(organisation))
            .update();
    if (updated == 0) {
      jdbc.sql(
              "insert into organisation ("
                  + COLUMNS
                  + ") values (:code, :name, :kind, :homeAreaCode, :email, :abbreviation)")
          .params(params(organisation))
          .update();
    }
  }

  private static Map<String, Object> params(Organisation o) {
    return Map.of(
        "code",
        o.code(),
        "name",
        o.name(),
        "kind",
        o.kind().name(),
        "homeAreaCode",
        o.homeAreaCode(),
        "email",
        o.email(),
        "abbreviation",
        o.abbreviation());
  }

  private static Organisation map(ResultSet rs, int rowNum) throws SQLException {
    return new Organisation(
        rs.getString("code"),
        rs.getString("name"),
        OrganisationKind.valueOf(rs.getString("kind")),
        rs.getString("home_area_code"),
        rs.getString("email"),
        rs.getString("abbreviation"));
  }
}
