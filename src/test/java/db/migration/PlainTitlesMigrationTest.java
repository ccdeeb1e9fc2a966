package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.hanoi.comms.testsupport.TestDatabase;

/**
 * iHanoi notices stored before I-TEXT-1 with markup in their titles get plain titles (V95), on H2
 * and PostgreSQL; nothing else of them changes, and titles without markup stay as typed.
 */
class PlainTitlesMigrationTest {
  private static final String SCHEMA = "plain_titles_it";
  private static final String BODY =
      "<p>Nội dung <b>giữ nguyên</b> <a href=\"https://x.vn\">x</a></p>";

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.Kind.class)
  @DisplayName(
      "I-TEXT-1: earlier titles with tags, comments, scripts or template text become the plain text a reader saw,"
          + " in the notice and its feed row; bodies, other columns and plain titles are untouched")
  void earlierTitlesBecomePlain(TestDatabase.Kind kind) {
    TestDatabase db = TestDatabase.freshUpTo(kind, SCHEMA, "93");
    JdbcClient jdbc = db.jdbc();
    jdbc.sql(
            "insert into organisation (code, name, kind, home_area_code, email, abbreviation) values ('U', 'U', 'COMMUNE_COMMITTEE', '00004', 'u@x.vn', 'U')")
        .update();
    Map<Long, String> titles =
        Map.of(
            1L, "Thử <i>nghiệm</i> <script>alert('t')</script>",
            2L, "Lịch <!-- ghi chú --> cắt điện {{ten_phuong}} &amp; <b>Hà&nbsp;Nội</b>",
            3L, "Giờ <10h> & 15h: 5 > 3 ** mới",
            4L, "<script>alert(1)</script>",
            5L, "Tiêm chủng {<!-- -->{ngay}} tại <a href=\"https://evil.example\">trạm</a>");
    for (var t : titles.entrySet()) {
      jdbc.sql(
              "insert into ihanoi_notice (id, organisation_code, level, area_code, title, body_html, body_text, topic,"
                  + " urgency, status, created_by, created_at) values (:id, 'U', 'COMMUNE', '00004', :t, :b,"
                  + " 'Nội dung giữ nguyên x', 'OTHER', 'NORMAL', 'SENT', 'canbo', current_timestamp)")
          .params(Map.of("id", t.getKey(), "t", t.getValue(), "b", BODY))
          .update();
      jdbc.sql(
              "insert into publication (idempotency_key, source, source_id, title, summary, body_html, scope, age_min,"
                  + " age_max, gender, published_at) values (:k, 'IHANOI', :id, :t, 's', :b, 'COMMUNE', 0, 120,"
                  + " 'ALL', current_timestamp)")
          .params(
              Map.of("k", "ihanoi-" + t.getKey(), "id", t.getKey(), "t", t.getValue(), "b", BODY))
          .update();
    }
    // A VNeID article's feed row with the same id is not an iHanoi notice: left alone.
    jdbc.sql(
            "insert into publication (idempotency_key, source, source_id, title, summary, body_html, scope, age_min,"
                + " age_max, gender, published_at) values ('vneid-1', 'VNEID', 1, 'A <b>b</b>', 's', 'x', 'CITY', 0,"
                + " 120, 'ALL', current_timestamp)")
        .update();

    db.migrateRest();

    assertThat(column(jdbc, "select title from ihanoi_notice order by id"))
        .containsExactly(
            "Thử nghiệm",
            "Lịch cắt điện & Hà Nội",
            "Giờ <10h> & 15h: 5 > 3 ** mới",
            "Tin số 4",
            "Tiêm chủng tại trạm");
    assertThat(
            column(
                jdbc, "select title from publication where source = 'IHANOI' order by source_id"))
        .as("the feed's copy of each title")
        .isEqualTo(column(jdbc, "select title from ihanoi_notice order by id"));
    assertThat(column(jdbc, "select title from publication where source = 'VNEID'"))
        .containsExactly("A <b>b</b>");
    assertThat(
            column(
                jdbc,
                "select distinct body_html || '|' || body_text || '|' || status || '|' || created_by"
                    + " from ihanoi_notice"))
        .containsExactly(BODY + "|Nội dung giữ nguyên x|SENT|canbo");
    assertThat(column(jdbc, "select distinct body_html from publication where source = 'IHANOI'"))
        .containsExactly(BODY);
  }

  private static List<String> column(JdbcClient jdbc, String sql) {
    return jdbc.sql(sql).query(String.class).list();
  }
}
