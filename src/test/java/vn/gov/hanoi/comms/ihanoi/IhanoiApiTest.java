package vn.gov.hanoi.comms.ihanoi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.gov.hanoi.comms.security.Groups;

/** The iHanoi REST API over HTTP with Basic authentication against Camunda's identity service. */
class IhanoiApiTest extends IhanoiTestBase {
  private static final String MEASLES_TITLE = "Tiêm bổ sung vắc xin sởi cho trẻ từ 1 đến 5 tuổi";
  private static final String MEASLES =
      "Sở Y tế Hà Nội triển khai chiến dịch tiêm bổ sung vắc xin sởi, rubella cho trẻ "
          + "từ 1 đến 5 tuổi chưa tiêm đủ mũi. Cha mẹ đưa trẻ đến trạm y tế nơi cư trú, mang theo sổ tiêm chủng hoặc "
          + "giấy tờ tùy thân của trẻ; trẻ đang sốt hoặc mắc bệnh cấp tính được hẹn tiêm sau. Sau tiêm, theo dõi trẻ "
          + "tại điểm tiêm 30 phút và tại nhà trong 24 giờ, nếu có biểu hiện bất thường đưa ngay đến cơ sở y tế.";

  @Autowired TestRestTemplate rest;

  @BeforeEach
  void users() {
    ensureUser("api.trucbach", Groups.unit("UBND-P-TRUCBACH"));
    ensureUser("api.hangbac", Groups.unit("UBND-P-HANGBAC"));
    ensureUser("api.police", Groups.unit("CA-Q-BADINH"));
    ensureUser("api.multi", Groups.unit("UBND-P-TRUCBACH"), Groups.unit("UBND-P-KIMMA"));
    ensureUser("api.vp", Groups.IHANOI_CITY_APPROVER);
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, PASSWORD);
  }

  private static Map<String, Object> notice(String title, String body) {
    Map<String, Object> m = new HashMap<>();
    m.put("title", title);
    m.put("body", body);
    m.put("topic", "OTHER");
    m.put("urgency", "URGENT");
    return m;
  }

  @SuppressWarnings("unchecked")
  private void assertRefused(
      String user, Map<String, Object> json, String field, String messagePart) {
    long notices = count("ihanoi_notice");
    long instances =
        runtimeService.createProcessInstanceQuery().processDefinitionKey(IhanoiProcess.KEY).count();
    ResponseEntity<Map> r = as(user).postForEntity("/api/ihanoi/notices", json, Map.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(r.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    List<Map<String, String>> errors = (List<Map<String, String>>) r.getBody().get("errors");
    assertThat(errors)
        .anySatisfy(
            e -> {
              assertThat(e.get("field")).isEqualTo(field);
              assertThat(e.get("message")).contains(messagePart);
            });
    assertThat(count("ihanoi_notice")).as("nothing stored").isEqualTo(notices);
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(IhanoiProcess.KEY)
                .count())
        .as("nothing started")
        .isEqualTo(instances);
  }

  @Test
  @DisplayName(
      "I-LEVEL: bad input is refused with the field named and nothing stored: unknown area, a commune creating a city "
          + "notice, empty body, 1 MB of text, HTML with scripts, a unit that issues no iHanoi notices, a validity in year 9999")
  void badInputRefused() {
    assertRefused("api.trucbach", noticeWith("areaCode", "99999"), "areaCode", "99999");
    assertRefused(
        "api.trucbach", noticeWith("level", "CITY"), "level", "không phát hành tin cấp Thành phố");
    assertRefused(
        "api.trucbach", noticeWith("areaCode", "01"), "areaCode", "chỉ gửi tin cho địa bàn 00004");

    assertRefused("api.trucbach", notice("Thông báo", "  "), "body", "không được để trống");
    assertRefused("api.trucbach", notice("", "Nội dung"), "title", "không được để trống");
    assertRefused(
        "api.trucbach",
        notice("Thông báo", "a".repeat(1024 * 1024)),
        "body",
        "tối đa 20.000 ký tự");
    assertRefused(
        "api.trucbach",
        notice("Thông báo", "<p>Xin chào</p><script>alert(1)</script>"),
        "body",
        "mã thực thi");
    assertRefused(
        "api.trucbach", notice("Thông báo", "<img src=x onerror=alert(1)>"), "body", "mã thực thi");
    assertRefused(
        "api.police",
        notice("Thông báo", "Nội dung"),
        "organisationCode",
        "không phát hành tin iHanoi");
    assertRefused("api.multi", notice("Thông báo", "Nội dung"), "organisationCode", "nhiều đơn vị");
    assertRefused("api.trucbach", noticeWith("topic", "SPORTS"), "topic", "SOCIAL_WELFARE");
    assertRefused(
        "api.trucbach",
        noticeWith("validUntil", "9999-12-31T23:59:00+07:00"),
        "validUntil",
        "tối đa 1 năm");
    assertRefused(
        "api.trucbach",
        noticeWith("validUntil", "2020-01-01T00:00:00+07:00"),
        "validUntil",
        "phải ở tương lai");
  }

  /** A valid notice with one field set to {@code value}. */
  private static Map<String, Object> noticeWith(String field, Object value) {
    Map<String, Object> json = notice("Thông báo", "Nội dung");
    json.put(field, value);
    return json;
  }

  @Test
  @DisplayName(
      "I-LEVEL-1..3, P-2: groups exist for each issuing body's editors and committees' approvers, with Tasklist "
          + "access; a unit's staff may start notices")
  void groupsProvisioned() {
    for (String g :
        List.of(
            Groups.editor("SO-YTE"),
            Groups.editor("UBND-P-TRUCBACH"),
            Groups.approver("UBND-P-TRUCBACH"),
            Groups.approver("UBND-Q-BADINH"),
            Groups.IHANOI_CITY_APPROVER)) {
      assertThat(identityService.createGroupQuery().groupId(g).count()).as(g).isEqualTo(1);
    }
    assertThat(identityService.createGroupQuery().groupId(Groups.approver("SO-YTE")).count())
        .as("a department's notices are approved by the City Office")
        .isZero();
    assertThat(
            processEngine
                .getAuthorizationService()
                .isUserAuthorized(
                    "api.trucbach",
                    List.of(Groups.unit("UBND-P-TRUCBACH")),
                    org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions
                        .CREATE_INSTANCE,
                    org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION,
                    IhanoiProcess.KEY))
        .isTrue();
  }

  @Test
  @DisplayName(
      "I-LEVEL-3, P-2: a commune officer creates a notice over REST; its own staff and the City Office can read it, "
          + "another commune cannot; it can be withdrawn once")
  @SuppressWarnings("unchecked")
  void createReadWithdraw() {
    Map<String, Object> json =
        notice(
            "Lịch cắt điện khu tập thể",
            "<p>Điện lực thông báo <strong>cắt điện</strong> "
                + "khu tập thể để bảo dưỡng trạm biến áp.</p>");
    json.put("organisationCode", "UBND-P-KIMMA");
    ResponseEntity<Map> created =
        as("api.multi").postForEntity("/api/ihanoi/notices", json, Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long id = ((Number) created.getBody().get("id")).longValue();
    assertThat(created.getBody().get("status")).isEqualTo("IN_EDITING");

    ResponseEntity<Map> own = as("api.multi").getForEntity("/api/ihanoi/notices/" + id, Map.class);
    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(own.getBody())
        .containsEntry("level", "COMMUNE")
        .containsEntry("areaCode", "00028")
        .containsEntry("urgency", "URGENT");
    assertThat((String) own.getBody().get("bodyHtml")).contains("<strong>cắt điện</strong>");
    assertThat(as("api.vp").getForEntity("/api/ihanoi/notices/" + id, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(
            as("api.hangbac").getForEntity("/api/ihanoi/notices/" + id, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity("/api/ihanoi/notices/" + id, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    assertThat(
            as("api.hangbac")
                .postForEntity("/api/ihanoi/notices/" + id + "/withdraw", null, Map.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map> withdrawn =
        as("api.multi").postForEntity("/api/ihanoi/notices/" + id + "/withdraw", null, Map.class);
    assertThat(withdrawn.getBody()).containsEntry("status", "WITHDRAWN");
    assertThat(instance(id)).isNull();
    assertThat(
            as("api.multi")
                .postForEntity("/api/ihanoi/notices/" + id + "/withdraw", null, Map.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  @DisplayName(
      "I-DEDUP-2, I-DEDUP-3: POST /api/ihanoi/duplicates/check reports a commune draft repeating a city notice (typed "
          + "without diacritics) and creates nothing; a city draft has no level above it")
  @SuppressWarnings("unchecked")
  void duplicateCheckEndpoint() {
    NoticeRecord city = sent("SO-YTE", true, MEASLES_TITLE, MEASLES, NoticeTopic.HEALTH);
    long before = count("ihanoi_notice");
    Map<String, Object> draft =
        Map.of(
            "level",
            "COMMUNE",
            "areaCode",
            "00061",
            "title",
            stripAccents(MEASLES_TITLE),
            "body",
            stripAccents(MEASLES));
    ResponseEntity<Map> r =
        as("api.hangbac").postForEntity("/api/ihanoi/duplicates/check", draft, Map.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(r.getBody()).containsEntry("duplicate", true);
    List<Map<String, Object>> matches = (List<Map<String, Object>>) r.getBody().get("matches");
    assertThat(matches)
        .anySatisfy(
            m -> {
              assertThat(((Number) m.get("noticeId")).longValue()).isEqualTo(city.id());
              assertThat(m.get("level")).isEqualTo("CITY");
              assertThat(m.get("areaCode")).isEqualTo("01");
              assertThat(m.get("sentAt")).isNotNull();
              assertThat(((Number) m.get("similarity")).doubleValue()).isGreaterThan(0.4);
            });
    assertThat(count("ihanoi_notice")).isEqualTo(before);

    Map<String, Object> cityDraft =
        Map.of("level", "CITY", "areaCode", "01", "title", MEASLES_TITLE, "body", MEASLES);
    assertThat(
            as("api.vp")
                .postForEntity("/api/ihanoi/duplicates/check", cityDraft, Map.class)
                .getBody())
        .containsEntry("duplicate", false);
    Map<String, Object> badArea =
        Map.of("level", "COMMUNE", "areaCode", "nowhere", "title", "x", "body", "y");
    assertThat(
            as("api.vp")
                .postForEntity("/api/ihanoi/duplicates/check", badArea, Map.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  private static String stripAccents(String s) {
    return org.apache.commons.lang3.StringUtils.stripAccents(s).replace('đ', 'd').replace('Đ', 'D');
  }
}
