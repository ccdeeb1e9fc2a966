package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Requests routed before the decision tables get the names printed on their notices (V75, V76). */
class RoutingNamesMigrationTest {

  @Test
  @DisplayName(
      "V-STEP-4: an earlier district request and an earlier city request keep the authority names of their notices")
  void namesOfEarlierRequests() {
    DriverManagerDataSource ds =
        new DriverManagerDataSource(
            "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    Flyway before =
        Flyway.configure()
            .dataSource(ds)
            .locations("classpath:db/migration")
            .table("product_schema_history")
            .target("50")
            .load();
    before.migrate();
    JdbcClient jdbc = JdbcClient.create(ds);
    jdbc.sql(
            "insert into area_set (id, name, active, imported_at) values ('s', 's', true, current_timestamp)")
        .update();
    jdbc.sql(
            "insert into area (set_id, code, name, level, type) values ('s', '01', 'Thành phố Hà Nội', 'city', 'x')")
        .update();
    jdbc.sql(
            "insert into area (set_id, code, name, level, type, parent_code) values ('s', '001', 'Quận Ba Đình', 'district', 'quận', '01')")
        .update();
    jdbc.sql(
            "insert into organisation (code, name, kind, home_area_code, email) values ('U', 'U', 'COMMUNE_COMMITTEE', '001', 'u@x.vn')")
        .update();
    for (Object[] r :
        new Object[][] {
          {1, "police-appraisal-001", "police-chief-001"},
          {2, "pc06-appraisal", "city-police-director"},
          {3, "pc06-appraisal", "c06-approver"}
        }) {
      jdbc.sql(
              "insert into vneid_request (id, unit_code, status, scope, area_set_id, appraiser_group, approver_group, current_round,"
                  + " submitted_by, created_at, updated_at) values (:id, 'U', 'IN_APPRAISAL', 'COMMUNE', 's', :a, :b, 1, 'x', current_timestamp, current_timestamp)")
          .params(Map.of("id", r[0], "a", r[1], "b", r[2]))
          .update();
    }

    Flyway.configure()
        .dataSource(ds)
        .locations("classpath:db/migration")
        .table("product_schema_history")
        .load()
        .migrate();

    assertThat(
            jdbc.sql("select appraiser_name, approver_title from vneid_request order by id")
                .query((rs, n) -> rs.getString(1) + " | " + rs.getString(2))
                .list())
        .containsExactly(
            "Công an Quận Ba Đình | TRƯỞNG CÔNG AN QUẬN BA ĐÌNH",
            "Phòng Cảnh sát QLHC về TTXH (PC06) – Công an Thành phố Hà Nội | GIÁM ĐỐC CÔNG AN THÀNH PHỐ HÀ NỘI",
            "Phòng Cảnh sát QLHC về TTXH (PC06) – Công an Thành phố Hà Nội | CỤC TRƯỞNG CỤC CẢNH SÁT QLHC VỀ TTXH (C06) – BỘ CÔNG AN");
    assertThat(jdbc.sql("select abbreviation from organisation").query(String.class).single())
        .isEqualTo("U");
  }
}
