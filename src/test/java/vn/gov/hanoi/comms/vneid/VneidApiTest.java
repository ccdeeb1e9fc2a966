package vn.gov.hanoi.comms.vneid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32;
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
import vn.gov.hanoi.comms.area.AreaService;
import vn.gov.hanoi.comms.demo.DemoImages;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.testsupport.FormDisplayValues;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;
import vn.gov.hanoi.comms.testsupport.Parts;
import vn.gov.hanoi.comms.testsupport.RestCalls;
import vn.gov.hanoi.comms.testsupport.TestMail;
import vn.gov.hanoi.comms.testsupport.VneidJson;
import vn.gov.hanoi.comms.vneid.VneidProcess.Tasks;
import vn.gov.hanoi.comms.vneid.VneidProcess.Vars;
import vn.gov.hanoi.comms.vneid.letter.LetterService;

/**
 * The product API and Camunda's REST API as other systems use them: accepted requests, every V-REQ
 * rule broken on its own (a clear error, nothing stored, nothing started), access by jurisdiction
 * (P-2) and the residents' feed.
 */
class VneidApiTest extends IntegrationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WARD_USER = "api.trucbach";
  private static final String OTHER_WARD_USER = "api.hangbac";

  @LocalServerPort int port;

  @org.springframework.beans.factory.annotation.Autowired LetterService letters;

  @org.springframework.beans.factory.annotation.Autowired AreaService areaService;

  @BeforeEach
  void users() {
    ensureUser(WARD_USER, Groups.unit("UBND-P-TRUCBACH"));
    ensureUser(OTHER_WARD_USER, Groups.unit("UBND-P-HANGBAC"));
    ensureUser("api.ca.badinh", Groups.districtAppraisal("001"));
    ensureUser("api.ca.hoankiem", Groups.districtAppraisal("002"));
    ensureUser("api.admin", Groups.ADMIN);
  }

  private RestClient client(String user) {
    return RestCalls.client(port, user, PASSWORD);
  }

  static ObjectNode validJson() {
    return VneidJson.valid();
  }

  private ResponseEntity<JsonNode> post(
      String user, Object requestJson, byte[] image, String imageName) {
    return post(user, requestJson, "request.json", image, imageName);
  }

  private ResponseEntity<JsonNode> post(
      String user, Object requestJson, String jsonFileName, byte[] image, String imageName) {
    Parts mb = new Parts();
    if (requestJson != null) {
      byte[] bytes =
          requestJson instanceof byte[] raw
              ? raw
              : requestJson.toString().getBytes(StandardCharsets.UTF_8);
      mb.part("request", bytes, MediaType.APPLICATION_JSON, jsonFileName);
    }
    if (image != null) {
      mb.part("featuredImage", image, MediaType.IMAGE_PNG, imageName);
    }
    return client(user)
        .post()
        .uri("/api/vneid/requests")
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .body(mb.build())
        .retrieve()
        .toEntity(JsonNode.class);
  }

  private long storedRequests() {
    return jdbc.sql("select count(*) from vneid_request").query(Long.class).single();
  }

  private long processInstances() {
    return runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey(VneidProcess.KEY)
        .count();
  }

  @Test
  @DisplayName(
      "V-STEP-1: the JSON part sent without a file name (curl -F 'request={...};type=application/json') is read too")
  void jsonPartWithoutFileName() {
    ResponseEntity<JsonNode> res =
        post(WARD_USER, validJson(), null, DemoImages.banner("Trúc Bạch"), "anh.png");
    assertThat(res.getStatusCode().value()).isEqualTo(201);
    assertThat(res.getBody().get("status").asText()).isEqualTo("IN_APPRAISAL");
  }

  @Test
  @DisplayName(
      "V-STEP-1, V-REQ: a valid request through the product API is accepted (201) and goes to its district police")
  void validSubmission() {
    ResponseEntity<JsonNode> res =
        post(WARD_USER, validJson(), DemoImages.banner("Trúc Bạch"), "anh.png");
    assertThat(res.getStatusCode().value()).isEqualTo(201);
    long id = res.getBody().get("id").asLong();
    assertThat(res.getBody().get("status").asText()).isEqualTo("IN_APPRAISAL");
    JsonNode view =
        client(WARD_USER).get().uri("/api/vneid/requests/" + id).retrieve().body(JsonNode.class);
    assertThat(view.get("receivingPolice").get("group").asText())
        .isEqualTo(Groups.districtAppraisal("001"));
    assertThat(view.get("approvers").get(0).get("group").asText())
        .isEqualTo(Groups.districtChief("001"));
    assertThat(view.get("rounds")).hasSize(1);
    byte[] image =
        client(WARD_USER)
            .get()
            .uri("/api/vneid/requests/" + id + "/image")
            .retrieve()
            .body(byte[].class);
    assertThat(image).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
  }

  static Stream<Arguments> brokenRules() {
    return Stream.of(
        broken("V-REQ-1 title missing", "title", n -> n.remove("title")),
        broken("V-REQ-1 summary missing", "summary", n -> n.put("summary", " ")),
        broken(
            "V-REQ-1 body with a script",
            "bodyHtml",
            n -> n.put("bodyHtml", "<p>Xin chào</p><script>alert(1)</script>")),
        broken(
            "V-REQ-1 body with an event handler",
            "bodyHtml",
            n -> n.put("bodyHtml", "<img src=x onerror=alert(1)>")),
        broken("V-REQ-1 title with HTML", "title", n -> n.put("title", "<b>Tiêu đề</b>")),
        broken("V-REQ-2 age over 120", "ageMax", n -> n.put("ageMax", 130)),
        broken("V-REQ-2 min above max", "ageMax", n -> n.put("ageMin", 60).put("ageMax", 20)),
        broken("V-REQ-2 unknown gender", "gender", n -> n.put("gender", "OTHER")),
        broken("V-REQ-3 scope missing", "scope", n -> n.remove("scope")),
        broken(
            "V-REQ-3 unknown area code",
            "targetAreaCodes",
            n -> n.putArray("targetAreaCodes").add("99999")),
        broken("V-REQ-3 no target area", "targetAreaCodes", n -> n.putArray("targetAreaCodes")),
        broken(
            "V-ROUTE-3 area outside the unit's home",
            "targetAreaCodes",
            n -> n.putArray("targetAreaCodes").add("00061")),
        broken(
            "V-REQ-4 until before from",
            "publishUntil",
            n -> n.put("publishUntil", n.get("publishFrom").asText().replace("20", "19"))),
        broken(
            "V-REQ-4 until in the past",
            "publishUntil",
            n -> n.put("publishUntil", "2020-01-01T00:00:00+07:00")),
        broken(
            "V-REQ-4 date in the wrong format",
            "publishFrom",
            n -> n.put("publishFrom", "01/12/2026 08:00")),
        broken(
            "V-REQ-4 window in year 9999",
            "publishFrom",
            n ->
                n.put("publishFrom", "9999-12-01T08:00:00+07:00")
                    .put("publishUntil", "9999-12-31T08:00:00+07:00")),
        broken(
            "V-REQ-4 a year past 9999",
            "publishFrom",
            n -> n.put("publishFrom", "+10000-01-01T08:00:00+07:00")),
        broken(
            "V-REQ-3 10,000 target codes",
            "targetAreaCodes",
            n -> {
              var codes = n.putArray("targetAreaCodes");
              for (int i = 0; i < 10_000; i++) {
                codes.add("00004");
              }
            }),
        broken("V-REQ-5 unknown category", "category", n -> n.put("category", "ADVERTISING")),
        broken(
            "V-REQ-6 category OTHER without justification",
            "justification",
            n -> n.put("category", "OTHER")),
        broken(
            "V-REQ-6 national scope without justification",
            "justification",
            n -> {
              n.put("scope", "NATIONAL");
              n.putArray("targetAreaCodes");
            }),
        broken("V-REQ-7 letter number missing", "letterNumber", n -> n.remove("letterNumber")),
        broken(
            "V-REQ-7 letter date in the wrong format",
            "letterDate",
            n -> n.put("letterDate", "15/01/2026")),
        broken("unknown field", "colour", n -> n.put("colour", "red")),
        broken("wrong type", "ageMin", n -> n.put("ageMin", "mười tám")));
  }

  private static Arguments broken(String name, String field, Consumer<ObjectNode> change) {
    return Arguments.of(name, field, change);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRules")
  @DisplayName(
      "V-REQ: each rule broken on its own is refused with 400 naming the field; nothing is stored or started")
  void eachRuleBroken(String name, String field, Consumer<ObjectNode> change) {
    long before = storedRequests();
    long instances = processInstances();
    ObjectNode json = validJson();
    change.accept(json);
    ResponseEntity<JsonNode> res = post(WARD_USER, json, DemoImages.banner("x"), "anh.png");
    assertThat(res.getStatusCode().value()).as(name).isEqualTo(400);
    assertThat(res.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(res.getBody().get("errors").findValuesAsText("field")).as(name).contains(field);
    assertThat(storedRequests()).isEqualTo(before);
    assertThat(processInstances()).isEqualTo(instances);
  }

  @Test
  @DisplayName(
      "V-REQ-1, V-CHECK-1: a text file named .png, an image of 10,000 x 10,000 pixels and a missing image are refused")
  void badImages() {
    long before = storedRequests();
    assertImageRefused(
        post(
            WARD_USER,
            validJson(),
            "đây không phải ảnh".getBytes(StandardCharsets.UTF_8),
            "anh.png"));
    assertImageRefused(post(WARD_USER, validJson(), pngHeader(10_000, 10_000), "lon.png"));
    assertImageRefused(
        post(
            WARD_USER,
            validJson(),
            "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(),
            "a.svg"));
    assertImageRefused(post(WARD_USER, validJson(), null, null));
    assertImageRefused(
        post(WARD_USER, validJson(), DemoImages.banner("x"), "../../etc/passwd.png"));
    assertThat(storedRequests()).isEqualTo(before);
  }

  private static void assertImageRefused(ResponseEntity<JsonNode> res) {
    assertThat(res.getStatusCode().value()).isEqualTo(400);
    assertThat(res.getBody().get("errors").findValuesAsText("field")).contains("featuredImage");
  }

  @Test
  @DisplayName(
      "V-REQ: a 50 MB body and malformed JSON are refused with a clear error; nothing is stored")
  void oversizedAndMalformed() {
    long before = storedRequests();
    ObjectNode json = validJson();
    json.put("bodyHtml", "<p>" + "a".repeat(50 * 1024 * 1024) + "</p>");
    ResponseEntity<JsonNode> big = post(WARD_USER, json, DemoImages.banner("x"), "anh.png");
    assertThat(big.getStatusCode().value()).isIn(400, 413);
    ResponseEntity<JsonNode> malformed =
        post(WARD_USER, "{\"title\": ".getBytes(), DemoImages.banner("x"), "anh.png");
    assertThat(malformed.getStatusCode().value()).isEqualTo(400);
    assertThat(malformed.getBody().get("errors").findValuesAsText("field")).contains("request");
    assertThat(storedRequests()).isEqualTo(before);
  }

  @Test
  @DisplayName(
      "P-2: a unit cannot submit for, nor read, another unit's request; police of another district cannot read it; no login, no access")
  void jurisdiction() {
    ResponseEntity<JsonNode> res = post(WARD_USER, validJson(), DemoImages.banner("x"), "anh.png");
    long id = res.getBody().get("id").asLong();
    assertThat(
            client(OTHER_WARD_USER)
                .get()
                .uri("/api/vneid/requests/" + id)
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .value())
        .isEqualTo(403);
    assertThat(
            client("api.ca.hoankiem")
                .get()
                .uri("/api/vneid/requests/" + id)
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .value())
        .isEqualTo(403);
    assertThat(
            client("api.ca.badinh")
                .get()
                .uri("/api/vneid/requests/" + id)
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .value())
        .isEqualTo(200);
    assertThat(
            client(null)
                .get()
                .uri("/api/vneid/requests/" + id)
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .value())
        .isEqualTo(401);
    assertThat(
            post(OTHER_WARD_USER, validJson(), DemoImages.banner("x"), "anh.png")
                .getStatusCode()
                .value())
        .isEqualTo(403);
  }

  @Test
  @DisplayName(
      "V-STEP-5: the feed shows a commune's article to that commune only, and rejects unknown areas")
  void feedByArea() {
    long id =
        post(WARD_USER, validJson(), DemoImages.banner("x"), "anh.png")
            .getBody()
            .get("id")
            .asLong();
    complete(
        id,
        Tasks.APPRAISE,
        "api.ca.badinh",
        Groups.districtAppraisal("001"),
        Map.of(Vars.APPRAISAL_OUTCOME, VneidProcess.PASS));
    complete(
        id,
        Tasks.APPROVE,
        "chief",
        Groups.districtChief("001"),
        Map.of(Vars.APPROVAL_OUTCOME, VneidProcess.APPROVE));
    moveClock(Duration.ofDays(1).plusHours(1));
    runDueJobs();
    JsonNode inWard =
        client(WARD_USER).get().uri("/api/feed?area=00004").retrieve().body(JsonNode.class);
    assertThat(inWard.findValuesAsText("sourceId")).contains(String.valueOf(id));
    JsonNode elsewhere =
        client(WARD_USER).get().uri("/api/feed?area=00061").retrieve().body(JsonNode.class);
    // Only VNeID items: an iHanoi notice may carry the same number as its source id.
    List<String> vneidElsewhere = new ArrayList<>();
    elsewhere.forEach(
        item -> {
          if ("VNEID".equals(item.path("source").asText())) {
            vneidElsewhere.add(item.path("sourceId").asText());
          }
        });
    assertThat(vneidElsewhere).doesNotContain(String.valueOf(id));
    assertThat(
            client(WARD_USER)
                .get()
                .uri("/api/feed?area=99999")
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .value())
        .isEqualTo(400);
  }

  @Test
  @DisplayName(
      "V-STEP-4: resubmission through PUT and withdrawal through POST; the printable notice is served")
  void resubmitWithdrawAndLetter() {
    long id =
        post(WARD_USER, validJson(), DemoImages.banner("x"), "anh.png")
            .getBody()
            .get("id")
            .asLong();
    complete(
        id,
        Tasks.APPRAISE,
        "api.ca.badinh",
        Groups.districtAppraisal("001"),
        Map.of(
            Vars.APPRAISAL_OUTCOME,
            VneidProcess.RETURN,
            Vars.APPRAISAL_REASONS,
            "Thiếu nguồn <script>x</script>"));
    runDueJobs();
    ResponseEntity<String> notice =
        client(WARD_USER)
            .get()
            .uri("/api/vneid/requests/" + id + "/notice/1")
            .retrieve()
            .toEntity(String.class);
    assertThat(notice.getStatusCode().value()).isEqualTo(200);
    assertThat(notice.getBody())
        .contains("THÔNG BÁO", "Thiếu nguồn &lt;script&gt;")
        .doesNotContain("<script>x");

    ObjectNode revised = validJson();
    revised.put("title", "Tiêu đề mới");
    revised.put("revisionNote", "Bổ sung nguồn");
    Parts mb =
        new Parts()
            .part(
                "request",
                revised.toString().getBytes(StandardCharsets.UTF_8),
                MediaType.APPLICATION_JSON,
                "request.json");
    ResponseEntity<JsonNode> put =
        client(WARD_USER)
            .put()
            .uri("/api/vneid/requests/" + id)
            .contentType(MediaType.MULTIPART_FORM_DATA)
            .body(mb.build())
            .retrieve()
            .toEntity(JsonNode.class);
    assertThat(put.getStatusCode().value()).isEqualTo(200);
    assertThat(put.getBody().get("round").asInt()).isEqualTo(2);
    assertThat(status(id)).isEqualTo("IN_APPRAISAL");

    assertThat(
            client(OTHER_WARD_USER)
                .post()
                .uri("/api/vneid/requests/" + id + "/withdraw")
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .value())
        .isEqualTo(403);
    JsonNode withdrawn =
        client(WARD_USER)
            .post()
            .uri("/api/vneid/requests/" + id + "/withdraw")
            .retrieve()
            .body(JsonNode.class);
    assertThat(withdrawn.get("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(
            client(WARD_USER)
                .post()
                .uri("/api/vneid/requests/" + id + "/withdraw")
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .value())
        .isEqualTo(409);
  }

  @Test
  @DisplayName(
      "V-STEP-4, P-2: the returned notice as a PDF (.pdf and ?format=pdf) with its number and the national motto in "
          + "Vietnamese, the Liberation Serif font embedded, attached to the unit's mail; another unit is refused")
  void letterAsPdf() throws Exception {
    long id =
        post(WARD_USER, validJson(), DemoImages.banner("pdf"), "anh.png")
            .getBody()
            .get("id")
            .asLong();
    complete(
        id,
        Tasks.APPRAISE,
        "api.ca.badinh",
        Groups.districtAppraisal("001"),
        Map.of(
            Vars.APPRAISAL_OUTCOME,
            VneidProcess.RETURN,
            Vars.APPRAISAL_REASONS,
            "Ảnh đại diện chưa rõ nguồn"));
    runDueJobs();
    String number = letters.forRequest(id).get(0).number();
    String listed =
        client(WARD_USER)
            .get()
            .uri("/api/vneid/requests/" + id)
            .retrieve()
            .body(JsonNode.class)
            .at("/rounds/0/notices/0/pdfUrl")
            .asText();
    assertThat(listed).isEqualTo("/api/vneid/requests/" + id + "/notice/1.pdf?kind=RETURN");
    assertThat(
            (String)
                FormDisplayValues.of(taskService, openTask(id, Tasks.REVISE).getId())
                    .get("noticesText"))
        .as("the unit's revision form links the notice and its PDF")
        .contains("Thông báo số " + number, listed);

    for (String path : List.of(listed, "/api/vneid/requests/" + id + "/notice/1?format=pdf")) {
      ResponseEntity<byte[]> pdf =
          client(WARD_USER).get().uri(path).retrieve().toEntity(byte[].class);
      assertThat(pdf.getStatusCode().value()).as(path).isEqualTo(200);
      assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
      assertPdfLetter(pdf.getBody(), number);
      ResponseEntity<String> refused =
          client(OTHER_WARD_USER).get().uri(path).retrieve().toEntity(String.class);
      assertThat(refused.getStatusCode().value()).as("another unit, " + path).isEqualTo(403);
      assertThat(refused.getBody()).doesNotContain("%PDF");
    }

    jakarta.mail.internet.MimeMessage mail =
        Arrays.stream(TestMail.server().getReceivedMessages())
            .filter(m -> subject(m).contains("Thông báo số " + number + " "))
            .reduce((a, b) -> b)
            .orElseThrow();
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("trucbach@badinh.hanoi.gov.vn");
    var parts = (jakarta.mail.internet.MimeMultipart) mail.getContent();
    jakarta.mail.BodyPart attached = null;
    for (int i = 0; i < parts.getCount(); i++) {
      if (jakarta.mail.Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
        attached = parts.getBodyPart(i);
      }
    }
    assertThat(attached).as("the notice's PDF is attached").isNotNull();
    assertThat(attached.getContentType()).startsWith("application/pdf");
    assertThat(attached.getFileName())
        .isEqualTo("thong-bao-" + number.replaceAll("[^A-Za-z0-9]+", "-") + ".pdf");
    assertPdfLetter(attached.getInputStream().readAllBytes(), number);
  }

  @Test
  @DisplayName(
      "P-2, V-REQ: an attachment sent with the request is listed in the full-text view and opened, as a download, by "
          + "the unit and its district police; another unit is refused")
  void attachmentsOpenForThoseWhoMayRead() {
    byte[] plan = "Kế hoạch tuyên truyền đăng ký cư trú".getBytes(StandardCharsets.UTF_8);
    Parts mb =
        new Parts()
            .part(
                "request",
                validJson().toString().getBytes(StandardCharsets.UTF_8),
                MediaType.APPLICATION_JSON,
                "request.json")
            .part("featuredImage", DemoImages.banner("tệp"), MediaType.IMAGE_PNG, "anh.png")
            .part("attachments", plan, MediaType.TEXT_PLAIN, "ke-hoach.txt");
    long id =
        client(WARD_USER)
            .post()
            .uri("/api/vneid/requests")
            .contentType(MediaType.MULTIPART_FORM_DATA)
            .body(mb.build())
            .retrieve()
            .body(JsonNode.class)
            .get("id")
            .asLong();
    List<Long> files = new VneidRequestRepository(jdbc).attachmentIds(id, 1);
    assertThat(files).hasSize(1);
    Map<String, Object> shown =
        FormDisplayValues.of(taskService, openTask(id, Tasks.APPRAISE).getId());
    assertThat((String) shown.get("attachmentsText"))
        .as("the appraisal form links the attachment")
        .contains("[ke-hoach.txt](")
        .contains("/attachments/" + files.get(0) + ")");
    assertThat((String) shown.get("scopeText"))
        .as("V-REQ-3: target areas by name on the reviewer's form")
        .contains(areaService.currentTree().require("00004").name())
        .doesNotContain("00004");
    String url = "/api/vneid/requests/" + id + "/attachments/" + files.get(0);
    for (String reader : List.of(WARD_USER, "api.ca.badinh")) {
      assertThat(
              client(reader)
                  .get()
                  .uri("/api/vneid/requests/" + id + "/preview")
                  .retrieve()
                  .body(String.class))
          .as(reader)
          .contains(">ke-hoach.txt</a>", "href=\"" + url + "\"");
      ResponseEntity<byte[]> file = client(reader).get().uri(url).retrieve().toEntity(byte[].class);
      assertThat(file.getStatusCode().value()).as(reader).isEqualTo(200);
      assertThat(file.getBody()).isEqualTo(plan);
      assertThat(file.getHeaders().getContentDisposition().isAttachment()).isTrue();
    }
    for (String stranger : List.of(OTHER_WARD_USER, "api.ca.hoankiem")) {
      ResponseEntity<String> refused =
          client(stranger).get().uri(url).retrieve().toEntity(String.class);
      assertThat(refused.getStatusCode().value()).as(stranger).isEqualTo(403);
      assertThat(refused.getBody()).doesNotContain("Kế hoạch");
    }
  }

  private static void assertPdfLetter(byte[] pdf, String number) throws IOException {
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
      assertThat(text)
          .contains(
              "Số: " + number,
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
              "Độc lập - Tự do - Hạnh phúc",
              "THÔNG BÁO",
              "Ảnh đại diện chưa rõ nguồn");
      Set<String> fonts = new TreeSet<>();
      for (var name : doc.getPage(0).getResources().getFontNames()) {
        var font = doc.getPage(0).getResources().getFont(name);
        fonts.add(font.getName());
        assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
      }
      assertThat(fonts).isNotEmpty().allMatch(f -> f.contains("LiberationSerif"));
      // The page as printed, for a reader to look at (the national header, the motto on two lines).
      Path shot = Paths.get("target", "screenshots", "notice", "notice-pdf-page-1.png");
      Files.createDirectories(shot.getParent());
      javax.imageio.ImageIO.write(
          new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 96),
          "png",
          shot.toFile());
    }
  }

  private static String subject(jakarta.mail.Message m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private ObjectNode engineVariables(ObjectNode article, byte[] image) {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode vars = body.putObject("variables");
    article
        .fields()
        .forEachRemaining(
            e -> {
              ObjectNode v = vars.putObject(e.getKey());
              if (e.getValue().isArray()) {
                StringBuilder sb = new StringBuilder();
                e.getValue().forEach(c -> sb.append(sb.isEmpty() ? "" : ",").append(c.asText()));
                v.put("value", sb.toString()).put("type", "String");
              } else if (e.getValue().isInt()) {
                v.put("value", e.getValue().asInt()).put("type", "Integer");
              } else {
                v.put("value", e.getValue().asText()).put("type", "String");
              }
            });
    if (image != null) {
      ObjectNode f = vars.putObject("featuredImage");
      f.put("value", Base64.getEncoder().encodeToString(image)).put("type", "File");
      f.putObject("valueInfo").put("filename", "anh.png").put("mimetype", "image/png");
    }
    return body;
  }

  @Test
  @DisplayName(
      "V-STEP-1: Camunda's own REST start validates the same way: 400 with the same messages and no instance; a valid start stores the request")
  void engineRestStart() {
    long instances = processInstances();
    long before = storedRequests();
    ObjectNode bad = validJson();
    bad.remove("title");
    bad.putArray("targetAreaCodes").add("99999");
    ResponseEntity<JsonNode> refused =
        client(WARD_USER)
            .post()
            .uri("/engine-rest/process-definition/key/vneid-request/start")
            .contentType(MediaType.APPLICATION_JSON)
            .body(engineVariables(bad, DemoImages.banner("x")).toString())
            .retrieve()
            .toEntity(JsonNode.class);
    assertThat(refused.getStatusCode().value())
        .as(String.valueOf(refused.getBody()))
        .isEqualTo(400);
    assertThat(refused.getBody().get("errors").findValuesAsText("field"))
        .contains("title", "targetAreaCodes");
    assertThat(processInstances()).isEqualTo(instances);
    assertThat(storedRequests()).isEqualTo(before);

    ObjectNode farAhead =
        validJson()
            .put("publishFrom", "9999-12-01T08:00:00+07:00")
            .put("publishUntil", "9999-12-31T08:00:00+07:00");
    ResponseEntity<JsonNode> year9999 =
        client(WARD_USER)
            .post()
            .uri("/engine-rest/process-definition/key/vneid-request/start")
            .contentType(MediaType.APPLICATION_JSON)
            .body(engineVariables(farAhead, DemoImages.banner("x")).toString())
            .retrieve()
            .toEntity(JsonNode.class);
    assertThat(year9999.getStatusCode().value())
        .as(String.valueOf(year9999.getBody()))
        .isEqualTo(400);
    assertThat(year9999.getBody().get("errors").findValuesAsText("field")).contains("publishFrom");
    assertThat(processInstances()).isEqualTo(instances);
    assertThat(storedRequests()).isEqualTo(before);

    ResponseEntity<JsonNode> noLogin =
        client(null)
            .post()
            .uri("/engine-rest/process-definition/key/vneid-request/start")
            .contentType(MediaType.APPLICATION_JSON)
            .body(engineVariables(validJson(), DemoImages.banner("x")).toString())
            .retrieve()
            .toEntity(JsonNode.class);
    assertThat(noLogin.getStatusCode().value()).isEqualTo(401);
    ResponseEntity<JsonNode> otherUnit =
        client(OTHER_WARD_USER)
            .post()
            .uri("/engine-rest/process-definition/key/vneid-request/start")
            .contentType(MediaType.APPLICATION_JSON)
            .body(engineVariables(validJson(), DemoImages.banner("x")).toString())
            .retrieve()
            .toEntity(JsonNode.class);
    assertThat(otherUnit.getStatusCode().value()).isEqualTo(403);
    assertThat(processInstances()).isEqualTo(instances);

    ResponseEntity<JsonNode> ok =
        client(WARD_USER)
            .post()
            .uri("/engine-rest/process-definition/key/vneid-request/start")
            .contentType(MediaType.APPLICATION_JSON)
            .body(engineVariables(validJson(), DemoImages.banner("x")).toString())
            .retrieve()
            .toEntity(JsonNode.class);
    assertThat(ok.getStatusCode().value()).isEqualTo(200);
    String pid = ok.getBody().get("id").asText();
    assertThat(storedRequests()).isEqualTo(before + 1);
    assertThat(runtimeService.getVariable(pid, Vars.REQUEST_ID)).isNotNull();
    assertThat(runtimeService.getVariable(pid, "bodyHtml"))
        .as("article variables are removed once stored")
        .isNull();
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceId(pid)
                .singleResult()
                .getBusinessKey())
        .isEqualTo(
            VneidProcess.businessKey(
                ((Number) runtimeService.getVariable(pid, Vars.REQUEST_ID)).longValue()));
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(pid)
                .singleResult()
                .getTaskDefinitionKey())
        .isEqualTo(Tasks.APPRAISE);
  }

  @Test
  @DisplayName(
      "V-STEP-1: the Tasklist start form's call (submit-form) needs no unit code: the caller's only unit is used")
  void startFormSubmission() {
    ObjectNode article = validJson();
    article.remove("unitCode");
    ResponseEntity<JsonNode> ok =
        client(WARD_USER)
            .post()
            .uri("/engine-rest/process-definition/key/vneid-request/submit-form")
            .contentType(MediaType.APPLICATION_JSON)
            .body(engineVariables(article, DemoImages.banner("x")).toString())
            .retrieve()
            .toEntity(JsonNode.class);
    assertThat(ok.getStatusCode().value()).as(String.valueOf(ok.getBody())).isEqualTo(200);
    long id =
        ((Number) runtimeService.getVariable(ok.getBody().get("id").asText(), Vars.REQUEST_ID))
            .longValue();
    assertThat(new VneidRequestRepository(jdbc).find(id).orElseThrow().unitCode())
        .isEqualTo("UBND-P-TRUCBACH");
    assertThat(
            repositoryService()
                .getProcessDefinition(
                    runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceId(ok.getBody().get("id").asText())
                        .singleResult()
                        .getProcessDefinitionId())
                .getDeploymentId())
        .isNotNull();
  }

  private org.camunda.bpm.engine.RepositoryService repositoryService() {
    return processEngine.getRepositoryService();
  }

  @Test
  @DisplayName(
      "A-3: an area file with a cycle is refused through the API with its line numbers, and only administrators may import")
  void areaImportThroughApi() {
    String csv =
        "level,code,name,parent_code,type\ncity,01,Thành phố Hà Nội,,thành phố\n"
            + "district,901,Quận A,902,quận\ndistrict,902,Quận B,901,quận\n";
    Parts mb =
        new Parts()
            .part("file", csv.getBytes(StandardCharsets.UTF_8), MediaType.TEXT_PLAIN, "areas.csv");
    String activeBefore =
        jdbc.sql("select id from area_set where active = true").query(String.class).single();
    ResponseEntity<JsonNode> asUnit =
        client(WARD_USER)
            .post()
            .uri("/api/areas/import?setId=cycle-test&name=x")
            .contentType(MediaType.MULTIPART_FORM_DATA)
            .body(mb.build())
            .retrieve()
            .toEntity(JsonNode.class);
    assertThat(asUnit.getStatusCode().value()).isEqualTo(403);
    ResponseEntity<JsonNode> res =
        client("api.admin")
            .post()
            .uri("/api/areas/import?setId=cycle-test&name=x")
            .contentType(MediaType.MULTIPART_FORM_DATA)
            .body(mb.build())
            .retrieve()
            .toEntity(JsonNode.class);
    assertThat(res.getStatusCode().value()).isEqualTo(400);
    assertThat(res.getBody().get("errors").findValuesAsText("field"))
        .anySatisfy(f -> assertThat(f).contains("line 3"));
    assertThat(jdbc.sql("select id from area_set where active = true").query(String.class).single())
        .isEqualTo(activeBefore);
    assertThat(
            jdbc.sql("select count(*) from area_set where id = 'cycle-test'")
                .query(Long.class)
                .single())
        .isZero();
  }

  /**
   * A PNG that is only a header claiming the given size: must be refused without decoding pixels.
   */
  static byte[] pngHeader(int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    byte[] ihdr =
        new byte[] {
          0,
          0,
          0,
          13,
          'I',
          'H',
          'D',
          'R',
          (byte) (width >>> 24),
          (byte) (width >>> 16),
          (byte) (width >>> 8),
          (byte) width,
          (byte) (height >>> 24),
          (byte) (height >>> 16),
          (byte) (height >>> 8),
          (byte) height,
          8,
          2,
          0,
          0,
          0
        };
    out.writeBytes(ihdr);
    CRC32 crc = new CRC32();
    crc.update(ihdr, 4, ihdr.length - 4);
    long c = crc.getValue();
    out.writeBytes(new byte[] {(byte) (c >>> 24), (byte) (c >>> 16), (byte) (c >>> 8), (byte) c});
    return out.toByteArray();
  }
}
