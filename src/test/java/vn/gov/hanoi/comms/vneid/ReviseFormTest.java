package vn.gov.hanoi.comms.vneid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.hanoi.comms.demo.DemoImages;
import vn.gov.hanoi.comms.files.StoredFileRepository;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.testsupport.FormDisplayValues;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;
import vn.gov.hanoi.comms.testsupport.RestCalls;
import vn.gov.hanoi.comms.testsupport.TasklistSession;
import vn.gov.hanoi.comms.vneid.VneidProcess.Tasks;

/**
 * The revise step as Tasklist's embedded form (forms/vneid-revise.html) sends it: submit-form on
 * Tasklist's engine API with File variables, checked by the engine guard against the form's own
 * fields and by VneidRevisions like a submission (V-STEP-4, T-3).
 */
class ReviseFormTest extends IntegrationTest {
  @Autowired VneidDecisionRepository decisionRepository;
  private static final String WARD = "UBND-P-TRUCBACH";
  private static final String WARD_USER = "rv.trucbach";
  private static final String OTHER_WARD_USER = "rv.hangbac";
  private static final ObjectMapper JSON = new ObjectMapper();

  @org.springframework.beans.factory.annotation.Autowired StoredFileRepository files;

  private final VneidRequestRepository repo() {
    return new VneidRequestRepository(jdbc);
  }

  @BeforeEach
  void users() {
    ensureUser(WARD_USER, Groups.unit(WARD));
    ensureUser(OTHER_WARD_USER, Groups.unit("UBND-P-HANGBAC"));
  }

  /** A request with one attachment, returned by the appraiser: waiting at the revise step. */
  private long returned() {
    return returnedForRevision(WARD, "ke-hoach-cu.txt", "Thay ảnh rõ hơn và bổ sung kế hoạch mới");
  }

  private TasklistSession tasklist(String user) {
    TasklistSession s = new TasklistSession(APP_PORT);
    assertThat(s.login(user, PASSWORD)).as("Tasklist login").isEqualTo(200);
    return s;
  }

  private static ObjectNode file(String name, String type, byte[] bytes) {
    ObjectNode f = JSON.createObjectNode();
    f.put("type", "File");
    f.put("value", Base64.getEncoder().encodeToString(bytes));
    f.putObject("valueInfo").put("filename", name).put("mimeType", type);
    return f;
  }

  /** An untouched file input, as Tasklist sends it: a File variable without name or content. */
  private static ObjectNode noFile() {
    ObjectNode f = JSON.createObjectNode();
    f.put("type", "File");
    f.put("value", "");
    f.putObject("valueInfo").put("filename", "");
    return f;
  }

  private static ObjectNode text(String value) {
    ObjectNode v = JSON.createObjectNode();
    v.put("type", "String");
    v.put("value", value);
    return v;
  }

  /** What the form sends when the unit replaces the image and the attachment. */
  private ObjectNode replacingImageAndAttachment(byte[] newImage) {
    ObjectNode vars = JSON.createObjectNode();
    vars.set("revisionOutcome", text("RESUBMIT"));
    vars.set("revisionNote", text("Đã thay ảnh và kế hoạch theo yêu cầu"));
    vars.set(
        "revisedTitle", text("Hướng dẫn kích hoạt tài khoản định danh điện tử mức 2 (bản sửa)"));
    vars.set("revisedSummary", text(""));
    vars.set("revisedBodyHtml", text("<p>Nội dung đã sửa với <strong>VNeID</strong>.</p>"));
    vars.set("revisedPublishFrom", text(""));
    vars.set("revisedPublishUntil", text(""));
    vars.set("keptAttachmentIds", text(""));
    vars.set("revisedFeaturedImage", file("anh-moi.png", "image/png", newImage));
    vars.set(
        "attachment1",
        file("ke-hoach-moi.txt", "text/plain", "Kế hoạch mới".getBytes(StandardCharsets.UTF_8)));
    vars.set("attachment2", noFile());
    vars.set("attachment3", noFile());
    return vars;
  }

  private HttpResponse<String> submitForm(String user, long requestId, ObjectNode vars) {
    Task t = openTask(requestId, Tasks.REVISE);
    ObjectNode body = JSON.createObjectNode();
    body.set("variables", vars);
    return tasklist(user).post("task/" + t.getId() + "/submit-form", body.toString());
  }

  private List<String> attachmentNames(long id, int round) {
    return repo().attachmentIds(id, round).stream()
        .map(f -> files.find(f).orElseThrow().fileName())
        .toList();
  }

  @Test
  @DisplayName(
      "V-STEP-4: the revise form replaces the image and the attachment; the next round has the new files, the "
          + "form's texts and files leave the process, and the appraiser's changes view names them")
  void replacesImageAndAttachment() throws Exception {
    long id = returned();
    JsonNode current =
        JSON.readTree(
            RestCalls.client(APP_PORT, WARD_USER, PASSWORD)
                .get()
                .uri("/api/vneid/requests/" + id + "/current-round")
                .retrieve()
                .body(String.class));
    assertThat(current.get("bodyHtml").asText())
        .as("the form starts from the stored body")
        .contains("VNeID");
    assertThat(current.get("attachments").get(0).get("fileName").asText())
        .isEqualTo("ke-hoach-cu.txt");
    long oldImage = repo().round(id, 1).featuredImageId();
    byte[] newImage = DemoImages.banner("Ảnh mới rõ hơn");

    HttpResponse<String> res = submitForm(WARD_USER, id, replacingImageAndAttachment(newImage));

    assertThat(res.statusCode()).as(res.body()).isEqualTo(204);
    RoundRecord round2 = repo().round(id, 2);
    assertThat(round2.featuredImageId()).isNotEqualTo(oldImage);
    assertThat(files.content(round2.featuredImageId())).isEqualTo(newImage);
    assertThat(attachmentNames(id, 2)).containsExactly("ke-hoach-moi.txt");
    assertThat(attachmentNames(id, 1)).as("every round is kept").containsExactly("ke-hoach-cu.txt");
    assertThat(round2.bodyHtml()).contains("<strong>VNeID</strong>");
    assertThat(round2.summary())
        .as("a blank field keeps the previous round")
        .isEqualTo(repo().round(id, 1).summary());
    assertThat(round2.revisionNote()).isEqualTo("Đã thay ảnh và kế hoạch theo yêu cầu");
    Task appraise = openTask(id, Tasks.APPRAISE);
    assertThat(runtimeService.getVariables(appraise.getProcessInstanceId()))
        .as("process variables hold ids and small values only")
        .doesNotContainKeys(
            "revisedFeaturedImage", "attachment1", "revisedBodyHtml", "keptAttachmentIds");
    String changes =
        (String) FormDisplayValues.of(taskService, appraise.getId()).get("changesText");
    assertThat(changes)
        .contains("Ảnh đại diện:** đã thay ảnh mới")
        .contains("gỡ ke-hoach-cu.txt")
        .contains("thêm ke-hoach-moi.txt")
        .contains("(bản sửa)");
  }

  @Test
  @DisplayName(
      "V-STEP-4: keeping the previous attachment and adding one gives the new round both; a file id of another "
          + "request cannot be kept")
  void keepsAndAdds() throws Exception {
    long other = returned();
    long id = returned();
    long kept = repo().attachmentIds(id, 1).get(0);
    ObjectNode vars = replacingImageAndAttachment(DemoImages.banner("Ảnh"));
    vars.set("keptAttachmentIds", text(repo().attachmentIds(other, 1).get(0) + ""));
    HttpResponse<String> refused = submitForm(WARD_USER, id, vars);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("keptAttachmentIds");
    assertThat(repo().latestRoundNo(id)).isEqualTo(1);

    vars.set("keptAttachmentIds", text(kept + ""));
    vars.set("revisedFeaturedImage", noFile());
    HttpResponse<String> res = submitForm(WARD_USER, id, vars);
    assertThat(res.statusCode()).as(res.body()).isEqualTo(204);
    assertThat(attachmentNames(id, 2)).containsExactly("ke-hoach-cu.txt", "ke-hoach-moi.txt");
    assertThat(repo().round(id, 2).featuredImageId())
        .as("an untouched image input keeps the image")
        .isEqualTo(repo().round(id, 1).featuredImageId());
  }

  @Test
  @DisplayName(
      "T-1, T-3, P-2: a ward officer of another unit cannot complete the revise step; a revise carrying a field "
          + "the form does not ask for (scope, targetAreaCodes), or a file that is no image, is refused naming "
          + "the field, and nothing changes")
  void refusals() throws Exception {
    long id = returned();
    byte[] newImage = DemoImages.banner("Ảnh mới");
    String statusBefore = status(id);

    HttpResponse<String> otherUnit =
        submitForm(OTHER_WARD_USER, id, replacingImageAndAttachment(newImage));
    assertThat(otherUnit.statusCode()).as(otherUnit.body()).isBetween(403, 404);

    ObjectNode widened = replacingImageAndAttachment(newImage);
    widened.set("scope", text("CITY"));
    widened.set("targetAreaCodes", text("00004,00007"));
    HttpResponse<String> extra = submitForm(WARD_USER, id, widened);
    assertThat(extra.statusCode()).as(extra.body()).isEqualTo(400);
    assertThat(extra.body()).contains("scope").contains("targetAreaCodes").contains("không nhận");

    ObjectNode script = replacingImageAndAttachment(newImage);
    script.set(
        "revisedFeaturedImage",
        file("anh.png", "image/png", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
    HttpResponse<String> notImage = submitForm(WARD_USER, id, script);
    assertThat(notImage.statusCode()).as(notImage.body()).isEqualTo(400);
    assertThat(notImage.body()).contains("revisedFeaturedImage");

    assertThat(repo().latestRoundNo(id)).as("no new round").isEqualTo(1);
    assertThat(openTask(id, Tasks.REVISE)).as("the revise step is still open").isNotNull();
    assertThat(status(id)).isEqualTo(statusBefore);
    assertThat(decisionRepository.decisions(id))
        .extracting(DecisionRecord::outcome)
        .containsExactly("RETURN");
    assertThat(
            RestCalls.client(APP_PORT, OTHER_WARD_USER, PASSWORD)
                .get()
                .uri("/api/vneid/requests/" + id + "/current-round")
                .retrieve()
                .toEntity(String.class)
                .getStatusCode()
                .value())
        .as("another unit cannot read the current round either")
        .isEqualTo(403);
  }
}
