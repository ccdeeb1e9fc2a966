package vn.gov.hanoi.comms.area;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Stores area sets and their areas (tables {@code area_set}, {@code area}). */
@Repository
public class AreaRepository {

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  public AreaRepository(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /**
   * Writes a set and all its areas in one transaction and, if asked, makes it the active set.
   *
   * @throws AreaSetAlreadyExistsException if the id is taken (also when another node wins a race)
   */
  public void saveSet(AreaSet set, List<Area> areas, boolean activate) {
    try {
      transaction.executeWithoutResult(
          status -> {
            if (setExists(set.id())) {
              throw new AreaSetAlreadyExistsException(set.id());
            }
            jdbc.sql(
                    "insert into area_set (id, name, active, imported_at) values (:id, :name, false, :importedAt)")
                .param("id", set.id())
                .param("name", set.name())
                .param("importedAt", Timestamp.from(set.importedAt()))
                .update();
            for (Area area : areas) {
              insertArea(set.id(), area);
            }
            if (activate) {
              activateInCurrentTransaction(set.id());
            }
          });
    } catch (DuplicateKeyException e) {
      throw new AreaSetAlreadyExistsException(set.id());
    }
  }

  /** Makes {@code setId} the only active set. */
  public void activate(String setId) {
    transaction.executeWithoutResult(status -> activateInCurrentTransaction(setId));
  }

  /** Runs {@code work} in one transaction (joining the caller's, if any). */
  public <T> T inTransaction(java.util.function.Supplier<T> work) {
    return transaction.execute(status -> work.get());
  }

  public void saveMerges(String setId, List<AreaMerge> merges) {
    for (AreaMerge m : merges) {
      jdbc.sql(
              "insert into area_merge (set_id, new_code, old_code, coverage) values (:set, :new, :old, :coverage)")
          .param("set", setId)
          .param("new", m.newCode())
          .param("old", m.oldCode())
          .param("coverage", m.full() ? "full" : "partial")
          .update();
    }
  }

  public List<AreaMerge> findMerges(String setId) {
    return jdbc.sql(
            "select new_code, old_code, coverage from area_merge where set_id = :set order by new_code, old_code")
        .param("set", setId)
        .query(
            (rs, n) ->
                new AreaMerge(
                    rs.getString("new_code"),
                    rs.getString("old_code"),
                    "full".equals(rs.getString("coverage"))))
        .list();
  }

  public boolean setExists(String setId) {
    return jdbc.sql("select count(*) from area_set where id = :id")
            .param("id", setId)
            .query(Long.class)
            .single()
        > 0;
  }

  public boolean anySetExists() {
    return jdbc.sql("select count(*) from area_set").query(Long.class).single() > 0;
  }

  public Optional<String> findActiveSetId() {
    return jdbc.sql("select id from area_set where active = true").query(String.class).optional();
  }

  public Optional<AreaSet> findSet(String setId) {
    return jdbc.sql("select id, name, active, imported_at from area_set where id = :id")
        .param("id", setId)
        .query(AreaRepository::mapSet)
        .optional();
  }

  public List<AreaSet> findAllSets() {
    return jdbc.sql("select id, name, active, imported_at from area_set order by imported_at, id")
        .query(AreaRepository::mapSet)
        .list();
  }

  /** The areas of a set, by code (GSO codes follow the official order within each level). */
  public List<Area> loadSet(String setId) {
    return jdbc.sql(
            "select code, name, level, type, parent_code from area where set_id = :setId order by code")
        .param("setId", setId)
        .query(AreaRepository::mapArea)
        .list();
  }

  private void insertArea(String setId, Area area) {
    jdbc.sql(
            "insert into area (set_id, code, name, level, type, parent_code)"
                + " values (:setId, :code, :name, :level, :type, :parentCode)")
        .param("setId", setId)
        .param("code", area.code())
        .param("name", area.name())
        .param("level", area.level().csvValue())
        .param("type", area.type())
        .param("parentCode", area.parentCode(), java.sql.Types.VARCHAR)
        .update();
  }

  // One statement flips every row, so there is never a moment with two active sets.
  private void activateInCurrentTransaction(String setId) {
    if (!setExists(setId)) {
      throw new IllegalArgumentException("No area set with id " + setId);
    }
    jdbc.sql("update area_set set active = case when id = :id then true else false end")
        .param("id", setId)
        .update();
  }

  private static AreaSet mapSet(ResultSet rs, int rowNum) throws SQLException {
    return new AreaSet(
        rs.getString("id"),
        rs.getString("name"),
        rs.getBoolean("active"),
        rs.getTimestamp("imported_at").toInstant());
  }

  private static Area mapArea(ResultSet rs, int rowNum) throws SQLException {
    String level = rs.getString("level");
    return new Area(
        rs.getString("code"),
        rs.getString("name"),
        AreaLevel.fromCsv(level)
            .orElseThrow(() -> new IllegalStateException("Unknown level in database: " + level)),
        rs.getString("type"),
        rs.getString("parent_code"));
  }
}
