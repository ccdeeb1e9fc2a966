package vn.gov.hanoi.comms.vneid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import vn.gov.hanoi.comms.demo.DemoImages;
import vn.gov.hanoi.comms.screening.FindingKind;
import vn.gov.hanoi.comms.screening.Screener;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;
import vn.gov.hanoi.comms.testsupport.Parts;
import vn.gov.hanoi.comms.testsupport.RestCalls;
import vn.gov.hanoi.comms.testsupport.VneidJson;

/**
 * V-CHECK-4..6 through the product API: a request submitted with {@code POST /api/vneid/requests}
 * shows, in {@code GET /api/vneid/requests/{id}}, each round's pre-checks as rows (check, kind,
 * severity, message, passage, offsets in the field's text) for every kind of finding; the reference
 * data (allowed hosts, published numbers) is data an administrator changes; the dry run stores
 * nothing.
 */
class PreCheckApiTest extends IntegrationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WARD_USER = "pc.api.trucbach";
  private static final String ADMIN = "pc.api.admin";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @LocalServerPort int port;

  @BeforeEach
  void users() {
    ensureUser(WARD_USER, Groups.unit("UBND-P-TRUCBACH"));
    ensureUser(ADMIN, Groups.ADMIN);
  }

  private RestClient client(String user) {
    return RestCalls.client(port, user, PASSWORD);
  }

  /**
   * One article per kind: where the passage is, what the article says, and whether the finding
   * blocks.
   */
  static Stream<Arguments> kinds() {
    LocalDate today = LocalDate.now(Screener.HANOI);
    String past = DAY.format(today.minusDays(10));
    String after = DAY.format(today.plusDays(40));
    return Stream.of(
        kind(
            FindingKind.CCCD,
            "BODY",
            "001062004345",
            true,
            "<p>Hộ ông Nguyễn Văn Hùng, CCCD số 001062004345.</p>"),
        kind(
            FindingKind.CMND,
            "BODY",
            "013245678",
            true,
            "<p>Anh Kiều Văn Phúc, CMND số 013245678, báo mất giấy tờ.</p>"),
        kind(
            FindingKind.DATE_OF_BIRTH,
            "BODY",
            "1972",
            true,
            "<p>Ông Quách Văn Dũng, sinh năm 1972, được khen thưởng.</p>"),
        kind(
            FindingKind.PHONE,
            "TITLE",
            "0906 112 233",
            true,
            "title:Chị Hoàng Thị Thu (0906 112 233) nhặt được ví"),
        kind(
            FindingKind.BANK_ACCOUNT,
            "BODY",
            "0021000456789",
            true,
            "<p>Ủng hộ xin chuyển về số tài khoản 0021000456789 Vietcombank, chủ tài khoản Ngô Văn Quyết.</p>"),
        kind(
            FindingKind.LICENCE_PLATE,
            "BODY",
            "30A-123.45",
            true,
            "<p>Ông Đỗ Văn Thắng điều khiển xe ô tô biển kiểm soát 30A-123.45.</p>"),
        kind(
            FindingKind.HOME_ADDRESS,
            "SUMMARY",
            "số 12 ngõ 34 phố Trúc Bạch",
            true,
            "summary:Hộ ông Nguyễn Văn Hùng, trú tại số 12 ngõ 34 phố Trúc Bạch, được hỗ trợ."),
        kind(
            FindingKind.HEALTH,
            "BODY",
            "bại não",
            true,
            "<p>Gia đình anh Bùi Văn Toàn, con trai bị bại não bẩm sinh.</p>"),
        kind(
            FindingKind.CRIMINAL_RECORD,
            "BODY",
            "tiền án",
            true,
            "<p>Anh Hồ Văn Tài, 32 tuổi, có 02 tiền án.</p>"),
        kind(
            FindingKind.CCCD,
            "ATTACHMENT",
            "001087001234",
            true,
            "attachment:CCCD_001087001234_Nguyen_Van_Minh.pdf"),
        kind(
            FindingKind.LINK_INSECURE,
            "BODY",
            "http://hanoi.gov.vn/bieu-mau",
            false,
            "<p>Biểu mẫu tại http://hanoi.gov.vn/bieu-mau.</p>"),
        kind(
            FindingKind.LINK_SHORTENER,
            "BODY",
            "https://bit.ly/dvc-hanoi",
            false,
            "<p>Xem hướng dẫn tại https://bit.ly/dvc-hanoi.</p>"),
        kind(
            FindingKind.LINK_HOST,
            "BODY",
            "https://www.youtube.com/watch?v=abc",
            false,
            "<p>Video: https://www.youtube.com/watch?v=abc.</p>"),
        kind(
            FindingKind.DATE_PAST,
            "BODY",
            past,
            false,
            "<p>Hội nghị đã diễn ra ngày " + past + " tại nhà văn hóa.</p>"),
        kind(
            FindingKind.DATE_AFTER_WINDOW,
            "BODY",
            after,
            false,
            "<p>Lễ trao thưởng tổ chức ngày " + after + ".</p>"));
  }

  private static Arguments kind(
      FindingKind kind, String field, String passage, boolean blocking, String where) {
    return Arguments.of(kind, field, passage, blocking, where);
  }

  @ParameterizedTest(name = "{0} in the {1}")
  @MethodSource("kinds")
  @DisplayName(
      "V-CHECK-4..6: every kind of finding shows in the round's pre-checks with its check, severity, message, passage and offsets")
  void eachKindThroughTheApi(
      FindingKind kind, String field, String passage, boolean blocking, String where)
      throws Exception {
    ObjectNode request = VneidJson.valid();
    String attachment = null;
    if (where.startsWith("title:")) {
      request.put("title", where.substring(6));
    } else if (where.startsWith("summary:")) {
      request.put("summary", where.substring(8));
    } else if (where.startsWith("attachment:")) {
      attachment = where.substring(11);
    } else {
      request.put("bodyHtml", where);
    }
    long id = submit(request, attachment);

    JsonNode round =
        client(WARD_USER)
            .get()
            .uri("/api/vneid/requests/" + id)
            .retrieve()
            .body(JsonNode.class)
            .get("rounds")
            .get(0);
    JsonNode found = null;
    for (JsonNode p : round.get("preChecks")) {
      if (kind.name().equals(p.path("kind").asText())) {
        found = p;
      }
    }
    assertThat(found).as("a %s finding among %s", kind, round.get("preChecks")).isNotNull();
    assertThat(found.get("check").asText()).isEqualTo(kind.check().name());
    assertThat(found.get("severity").asText()).isEqualTo(blocking ? "BLOCKING" : "WARNING");
    assertThat(found.get("message").asText()).contains(kind.label());
    assertThat(found.get("field").asText()).isEqualTo(field);
    assertThat(found.get("passage").asText()).isEqualTo(passage);
    String text =
        switch (field) {
          case "TITLE" -> round.get("title").asText();
          case "SUMMARY" -> round.get("summary").asText();
          case "ATTACHMENT" -> found.get("attachmentName").asText();
          default -> round.get("bodyText").asText();
        };
    assertThat(text.substring(found.get("start").asInt(), found.get("end").asInt()))
        .isEqualTo(passage);
    // The rows are the product's own table, not a blob in the round.
    assertThat(
            jdbc.sql(
                    "select count(*) from pre_check_result where vneid_request_id = :id and vneid_round_no = 1 and kind = :k")
                .param("id", id)
                .param("k", kind.name())
                .query(Long.class)
                .single())
        .isPositive();
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6, V-CHECK: a clean article lists every check as passed: image, markings, category, terms, personal data, links, dates")
  void cleanArticlePassesEveryCheck() throws Exception {
    long id = submit(VneidJson.valid(), null);
    JsonNode preChecks =
        client(WARD_USER)
            .get()
            .uri("/api/vneid/requests/" + id)
            .retrieve()
            .body(JsonNode.class)
            .get("rounds")
            .get(0)
            .get("preChecks");
    assertThat(preChecks)
        .extracting(p -> p.get("check").asText() + ":" + p.get("severity").asText())
        .containsExactly(
            "FEATURED_IMAGE:OK",
            "CLASSIFICATION_MARKING:OK",
            "CATEGORY:OK",
            "PROHIBITED_TERMS:OK",
            "PERSONAL_DATA:OK",
            "LINKS:OK",
            "EVENT_DATES:OK");
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6: allowed hosts and published numbers are data: an administrator's change applies to the next check; "
          + "others are refused, bad values too")
  void referenceDataIsData() {
    String draft =
        "{\"bodyHtml\": \"<p>Xem tại https://thongtin.example.org/tin. Hộ ông Nguyễn Văn A cần hỗ trợ xin gọi "
            + "0912 000 777.</p>\"}";
    assertThat(screenKinds(draft)).containsExactly("LINK_HOST", "PHONE");
    try {
      assertThat(
              client(ADMIN)
                  .post()
                  .uri("/api/prechecks/allowed-hosts")
                  .contentType(MediaType.APPLICATION_JSON)
                  .body("{\"host\": \"example.org\", \"note\": \"thử\"}")
                  .retrieve()
                  .toBodilessEntity()
                  .getStatusCode()
                  .value())
          .isEqualTo(201);
      assertThat(
              client(ADMIN)
                  .put()
                  .uri("/api/prechecks/published-numbers/UBND-P-TRUCBACH")
                  .contentType(MediaType.APPLICATION_JSON)
                  .body("[{\"number\": \"0912.000.777\", \"label\": \"Đường dây nóng\"}]")
                  .retrieve()
                  .toBodilessEntity()
                  .getStatusCode()
                  .value())
          .isEqualTo(200);
      assertThat(screenKinds(draft)).isEmpty();
      assertThat(
              client(WARD_USER)
                  .get()
                  .uri("/api/prechecks/published-numbers/UBND-P-TRUCBACH")
                  .retrieve()
                  .body(JsonNode.class)
                  .get(0)
                  .get("number")
                  .asText())
          .isEqualTo("0912000777");

      ResponseEntity<JsonNode> notAdmin =
          client(WARD_USER)
              .post()
              .uri("/api/prechecks/allowed-hosts")
              .contentType(MediaType.APPLICATION_JSON)
              .body("{\"host\": \"evil.example\"}")
              .retrieve()
              .toEntity(JsonNode.class);
      assertThat(notAdmin.getStatusCode().value()).isEqualTo(403);
      ResponseEntity<JsonNode> badHost =
          client(ADMIN)
              .post()
              .uri("/api/prechecks/allowed-hosts")
              .contentType(MediaType.APPLICATION_JSON)
              .body("{\"host\": \"bit.ly\"}")
              .retrieve()
              .toEntity(JsonNode.class);
      assertThat(badHost.getStatusCode().value()).isEqualTo(400);
      assertThat(badHost.getBody().get("errors").get(0).get("field").asText()).isEqualTo("host");
      ResponseEntity<JsonNode> badNumber =
          client(ADMIN)
              .put()
              .uri("/api/prechecks/published-numbers/UBND-P-TRUCBACH")
              .contentType(MediaType.APPLICATION_JSON)
              .body("[{\"number\": \"12345\"}]")
              .retrieve()
              .toEntity(JsonNode.class);
      assertThat(badNumber.getStatusCode().value()).isEqualTo(400);
      assertThat(badNumber.getBody().get("errors").get(0).get("field").asText())
          .isEqualTo("[0].number");
    } finally {
      client(ADMIN)
          .delete()
          .uri("/api/prechecks/allowed-hosts/example.org")
          .retrieve()
          .toBodilessEntity();
      client(ADMIN)
          .put()
          .uri("/api/prechecks/published-numbers/UBND-P-TRUCBACH")
          .contentType(MediaType.APPLICATION_JSON)
          .body("[]")
          .retrieve()
          .toBodilessEntity();
    }
    assertThat(screenKinds(draft)).containsExactly("LINK_HOST", "PHONE");
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6: the dry run screens a draft and stores nothing; an empty draft is refused with the field named")
  void dryRun() {
    long rows = jdbc.sql("select count(*) from pre_check_result").query(Long.class).single();
    JsonNode r =
        client(WARD_USER)
            .post()
            .uri("/api/prechecks/screen")
            .contentType(MediaType.APPLICATION_JSON)
            .body("{\"bodyHtml\": \"<p>Anh Kiều Văn Phúc, CMND số 013245678.</p>\"}")
            .retrieve()
            .body(JsonNode.class);
    assertThat(r.get("findings").get(0).get("kind").asText()).isEqualTo("CMND");
    assertThat(r.get("bodyText").asText()).isEqualTo("Anh Kiều Văn Phúc, CMND số 013245678.");
    assertThat(jdbc.sql("select count(*) from pre_check_result").query(Long.class).single())
        .isEqualTo(rows);
    ResponseEntity<JsonNode> empty =
        client(WARD_USER)
            .post()
            .uri("/api/prechecks/screen")
            .contentType(MediaType.APPLICATION_JSON)
            .body("{}")
            .retrieve()
            .toEntity(JsonNode.class);
    assertThat(empty.getStatusCode().value()).isEqualTo(400);
    assertThat(empty.getBody().get("errors").get(0).get("field").asText()).isEqualTo("bodyHtml");
  }

  private List<String> screenKinds(String draft) {
    JsonNode r =
        client(WARD_USER)
            .post()
            .uri("/api/prechecks/screen")
            .contentType(MediaType.APPLICATION_JSON)
            .body(draft)
            .retrieve()
            .body(JsonNode.class);
    return Stream.of(JSON.convertValue(r.get("findings"), Map[].class))
        .map(m -> (String) m.get("kind"))
        .toList();
  }

  private long submit(ObjectNode request, String attachmentName) throws Exception {
    Parts parts = new Parts();
    parts.part(
        "request",
        request.toString().getBytes(StandardCharsets.UTF_8),
        MediaType.APPLICATION_JSON,
        "request.json");
    parts.part("featuredImage", DemoImages.banner("Trúc Bạch"), MediaType.IMAGE_PNG, "anh.png");
    if (attachmentName != null) {
      parts.part(
          "attachments",
          "%PDF-1.4".getBytes(StandardCharsets.US_ASCII),
          MediaType.APPLICATION_PDF,
          attachmentName);
    }
    ResponseEntity<JsonNode> res =
        client(WARD_USER)
            .post()
            .uri("/api/vneid/requests")
            .contentType(MediaType.MULTIPART_FORM_DATA)
            .body(parts.build())
            .retrieve()
            .toEntity(JsonNode.class);
    assertThat(res.getStatusCode().value()).as("submission: %s", res.getBody()).isEqualTo(201);
    return res.getBody().get("id").asLong();
  }
}
