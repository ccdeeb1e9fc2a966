package vn.gov.hanoi.comms.vneid;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.area.AreaService;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.files.FileNames;
import vn.gov.hanoi.comms.files.Upload;
import vn.gov.hanoi.comms.organisation.Organisation;
import vn.gov.hanoi.comms.organisation.OrganisationRepository;
import vn.gov.hanoi.comms.vneid.content.ArticleDraftValidator;
import vn.gov.hanoi.comms.vneid.content.ImageInspector;
import vn.gov.hanoi.comms.vneid.content.InvalidImageException;

/**
 * Every check a submission must pass before anything is stored or started (V-REQ, V-ROUTE-3,
 * V-CHECK-1), the same for every door: the product API, Camunda's REST start and Tasklist. Collects
 * every fault so that the unit can fix them all at once.
 */
@Component
public class SubmissionValidator {
  static final int MAX_ATTACHMENTS = 10;
  static final long MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;

  private final ArticleDraftValidator articleValidator;
  private final ImageInspector imageInspector;
  private final AreaService areaService;
  private final OrganisationRepository organisations;
  private final ProductClock clock;

  public SubmissionValidator(
      AreaService areaService, OrganisationRepository organisations, ProductClock clock) {
    this.articleValidator = new ArticleDraftValidator();
    this.imageInspector = new ImageInspector();
    this.areaService = areaService;
    this.organisations = organisations;
    this.clock = clock;
  }

  public List<FieldError> validate(VneidSubmission s, boolean imageRequired) {
    List<FieldError> errors = new ArrayList<>(articleValidator.validate(s.draft(), clock.clock()));
    Optional<Organisation> unit =
        s.draft().unitCode() == null
            ? Optional.empty()
            : organisations.findByCode(s.draft().unitCode());
    if (unit.isEmpty()) {
      errors.add(new FieldError("unitCode", "Đơn vị không tồn tại: " + s.draft().unitCode()));
    } else if (s.draft().scope() != null) {
      errors.addAll(
          ScopeCheck.check(
              unit.get(),
              s.draft().scope(),
              s.draft().targetAreaCodes(),
              areaService.currentTree()));
    }
    if (s.featuredImage() == null || s.featuredImage().isEmpty()) {
      if (imageRequired) {
        errors.add(
            new FieldError("featuredImage", "Thiếu ảnh đại diện bài viết (JPEG, PNG hoặc WebP)"));
      }
    } else {
      String nameProblem = FileNames.problemWith(s.featuredImage().fileName());
      if (nameProblem != null) {
        errors.add(new FieldError("featuredImage", nameProblem));
      }
      try {
        imageInspector.inspect(s.featuredImage().bytes(), s.featuredImage().fileName());
      } catch (InvalidImageException e) {
        errors.add(new FieldError("featuredImage", e.getMessage()));
      }
    }
    if (s.attachments().size() > MAX_ATTACHMENTS) {
      errors.add(new FieldError("attachments", "Tối đa " + MAX_ATTACHMENTS + " tệp đính kèm"));
    }
    for (int i = 0; i < s.attachments().size(); i++) {
      Upload a = s.attachments().get(i);
      String nameProblem = FileNames.problemWith(a.fileName());
      if (nameProblem != null) {
        errors.add(new FieldError("attachments[" + i + "]", nameProblem));
      }
      if (a.isEmpty() || a.bytes().length > MAX_ATTACHMENT_BYTES) {
        errors.add(
            new FieldError("attachments[" + i + "]", "Tệp đính kèm rỗng hoặc lớn hơn 10 MB"));
      }
    }
    return errors;
  }
}
