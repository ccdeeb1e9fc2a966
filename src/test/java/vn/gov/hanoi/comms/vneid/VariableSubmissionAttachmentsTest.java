package vn.gov.hanoi.comms.vneid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.files.Upload;

/** The start form's attachment slots (attachment1..3) as Tasklist sends them. */
class VariableSubmissionAttachmentsTest {
  private static final Upload PLAN =
      new Upload("ke-hoach.pdf", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));

  @Test
  @DisplayName(
      "V-REQ-1: untouched file inputs (no name, no content) are no attachments; chosen files are kept in slot order")
  void emptySlotsAreSkipped() {
    Map<String, Object> v = new HashMap<>();
    v.put("attachment1", new Upload("", null, new byte[0]));
    v.put("attachment2", PLAN);
    v.put("attachment3", new Upload(null, null, null));
    List<FieldError> errors = new ArrayList<>();
    assertThat(VariableSubmission.attachments(v, errors)).containsExactly(PLAN);
    assertThat(errors).isEmpty();
  }

  @Test
  @DisplayName(
      "V-REQ-1: a named empty file stays for the validator to refuse; a slot that is no file is refused by name")
  void emptyNamedFileKeptAndTextRefused() {
    Upload empty = new Upload("trong.pdf", "application/pdf", new byte[0]);
    Map<String, Object> v = new HashMap<>();
    v.put("attachment1", empty);
    v.put("attachment3", "ke-hoach.pdf");
    List<FieldError> errors = new ArrayList<>();
    assertThat(VariableSubmission.attachments(v, errors)).containsExactly(empty);
    assertThat(errors).extracting(FieldError::field).containsExactly("attachment3");
  }
}
