package vn.gov.hanoi.comms.vneid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hanoi.comms.area.AreaService;
import vn.gov.hanoi.comms.common.ArticleSanitizer;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.common.RefusedException;
import vn.gov.hanoi.comms.common.web.ConflictException;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.common.web.NotFoundException;
import vn.gov.hanoi.comms.common.web.ValidationProblemException;
import vn.gov.hanoi.comms.files.StoredFile;
import vn.gov.hanoi.comms.files.StoredFileRepository;
import vn.gov.hanoi.comms.files.Upload;
import vn.gov.hanoi.comms.organisation.Organisation;
import vn.gov.hanoi.comms.organisation.OrganisationService;
import vn.gov.hanoi.comms.security.CurrentUser;
import vn.gov.hanoi.comms.security.EngineUser;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.vneid.content.ArticleDraft;
import vn.gov.hanoi.comms.vneid.content.ImageInspector;

/**
 * The use cases of a unit on its requests: submit (V-STEP-1), resubmit a revision and withdraw
 * (V-STEP-4). A refused submission stores nothing and starts nothing.
 */
@Service
public class VneidRequestService {
  private final VneidRequestRepository repository;
  private final StoredFileRepository files;
  private final SubmissionValidator validator;
  private final OrganisationService organisations;
  private final AreaService areas;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ProductClock clock;
  private final IdentityService identityService;
  private final VneidWorkflowService workflow;
  private final ArticleSanitizer sanitizer = new ArticleSanitizer();

  public VneidRequestService(
      VneidRequestRepository repository,
      StoredFileRepository files,
      SubmissionValidator validator,
      OrganisationService organisations,
      AreaService areas,
      RuntimeService runtimeService,
      TaskService taskService,
      ProductClock clock,
      IdentityService identityService,
      VneidWorkflowService workflow) {
    this.identityService = identityService;
    this.workflow = workflow;
    this.repository = repository;
    this.files = files;
    this.validator = validator;
    this.organisations = organisations;
    this.areas = areas;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.clock = clock;
  }

  /** Validates, stores and starts the approval process; all in one transaction. */
  @Transactional
  public VneidRequestRecord submit(CurrentUser user, VneidSubmission submission) {
    long id = store(user, submission);
    Map<String, Object> vars = new HashMap<>();
    vars.put(VneidProcess.Vars.REQUEST_ID, id);
    // The instance's first step binds it to this request (T-2).
    runtimeService.startProcessInstanceByKey(VneidProcess.KEY, VneidProcess.businessKey(id), vars);
    return repository.find(id).orElseThrow();
  }

  /**
   * A start through Camunda's REST API or Tasklist's start form carries the article as process
   * variables (V-STEP-1): the same rules as the product API, checked by the engine guard before the
   * start and again here, inside it; then the request is stored and bound to that instance. A
   * refusal stores nothing.
   */
  @Transactional
  public long registerStarted(
      CurrentUser user, Map<String, Object> variables, String processInstanceId) {
    long id = store(user, readStart(user, variables));
    repository.bindProcessInstance(id, processInstanceId);
    return id;
  }

  /**
   * Reads and checks a start's variables, refusing (400, in Vietnamese) every field at fault and
   * any variable the submission does not take, such as an id only the product sets.
   */
  public VneidSubmission readStart(CurrentUser user, Map<String, Object> variables) {
    if (user == null) {
      throw RefusedException.forbidden("user", "Phải đăng nhập để gửi đề nghị");
    }
    List<FieldError> errors = new ArrayList<>();
    for (String name : new java.util.TreeSet<>(variables.keySet())) {
      if (!VariableSubmission.CONTENT_VARIABLES.contains(name)) {
        errors.add(
            new FieldError(
                name,
                VneidProcess.Vars.REQUEST_ID.equals(name)
                    ? "Không được đặt: mã đề nghị do hệ thống tạo"
                    : "Trường không được hỗ trợ khi gửi đề nghị"));
      }
    }
    String defaultUnit = user.unitCodes().size() == 1 ? user.unitCodes().get(0) : null;
    VariableSubmission.Result read = VariableSubmission.from(variables, defaultUnit);
    errors.addAll(read.errors());
    if (errors.isEmpty()) {
      errors.addAll(validator.validate(read.submission(), true));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblemException("Đề nghị đăng tin không hợp lệ", errors);
    }
    requireUnitMember(user, read.submission().draft().unitCode());
    return read.submission();
  }

  private long store(CurrentUser user, VneidSubmission submission) {
    requireUnitMember(user, submission.draft().unitCode());
    List<FieldError> errors = validator.validate(submission, true);
    if (!errors.isEmpty()) {
      throw new ValidationProblemException("Đề nghị đăng tin không hợp lệ", errors);
    }
    ArticleDraft draft = submission.draft();
    Organisation unit = organisations.require(draft.unitCode());
    // Who appraises and approves is decided by the process's routing table, right after it starts.
    long id =
        repository.insertRequest(
            unit.code(), draft.scope().name(), areas.currentSetId(), user.userId(), clock.now());
    storeRound(id, 1, submission, null, null, user.userId());
    return id;
  }

  /**
   * Stores a revised round and sends it back to appraisal (V-STEP-4). A missing featured image
   * keeps the previous round's.
   */
  @Transactional
  public VneidRequestRecord resubmit(
      CurrentUser user, long id, VneidSubmission submission, String revisionNote) {
    VneidRequestRecord request = require(id);
    requireUnitMember(user, request.unitCode());
    if (submission.draft().unitCode() != null
        && !submission.draft().unitCode().equals(request.unitCode())) {
      throw new ValidationProblemException(
          "Đề nghị đăng tin không hợp lệ",
          List.of(new FieldError("unitCode", "Không thể đổi đơn vị của đề nghị")));
    }
    Task revise = reviseTask(request);
    List<FieldError> errors = validator.validate(submission, false);
    if (!errors.isEmpty()) {
      throw new ValidationProblemException("Bản chỉnh sửa không hợp lệ", errors);
    }
    int round = request.currentRound() + 1;
    Long previousImage = repository.round(id, request.currentRound()).featuredImageId();
    storeRound(id, round, submission, previousImage, revisionNote, user.userId());
    Map<String, Object> vars = new HashMap<>();
    vars.put(VneidProcess.Vars.REVISION_OUTCOME, VneidProcess.RESUBMIT);
    vars.put(VneidProcess.Vars.REVISION_NOTE, revisionNote);
    // As the unit's officer, so the engine checks them like any other completion of this step.
    EngineUser.runAs(identityService, user, () -> taskService.complete(revise.getId(), vars));
    return repository.find(id).orElseThrow();
  }

  /** The unit withdraws its request at any stage before it ends (V-STEP-4). */
  @Transactional
  public VneidRequestRecord withdraw(CurrentUser user, long id) {
    VneidRequestRecord request = require(id);
    requireUnitMember(user, request.unitCode());
    if (request.status().isFinal()) {
      throw new ConflictException("Đề nghị đã kết thúc (" + request.status() + "), không thể rút");
    }
    // The unit sees its request withdrawn at once; taking a published article down follows in a
    // job.
    workflow.withdrawnByUnit(request, user);
    runtimeService
        .createMessageCorrelation(VneidProcess.WITHDRAW_MESSAGE)
        .processInstanceId(request.processInstanceId())
        .correlate();
    return repository.find(id).orElseThrow();
  }

  /**
   * Stores one round's content. Called by the API and, for the Tasklist revision form, by the
   * process's task listener.
   */
  @Transactional
  public void storeRound(
      long id,
      int round,
      VneidSubmission s,
      Long previousImageId,
      String revisionNote,
      String userId) {
    ArticleDraft d = s.draft();
    long imageId;
    if (s.featuredImage() != null && !s.featuredImage().isEmpty()) {
      // The content type stored (and later served) is the one found in the bytes, never the
      // client's claim.
      String type = detectedType(s.featuredImage());
      StoredFile image = files.save(s.featuredImage().fileName(), type, s.featuredImage().bytes());
      imageId = image.id();
    } else {
      imageId = previousImageId;
    }
    repository.insertRound(
        new RoundRecord(
            id,
            round,
            d.title().strip(),
            d.summary().strip(),
            sanitizer.sanitize(d.bodyHtml()),
            d.category().name(),
            d.scope().name(),
            d.targetAreaCodes() == null ? List.of() : d.targetAreaCodes(),
            d.ageMin() == null ? 0 : d.ageMin(),
            d.ageMax() == null ? 120 : d.ageMax(),
            d.gender().name(),
            d.publishFrom(),
            d.publishUntil(),
            d.justification(),
            d.reviewerNotes(),
            d.letterNumber(),
            d.letterDate(),
            imageId,
            null,
            false,
            revisionNote,
            userId,
            clock.now()));
    for (Upload a : s.attachments()) {
      // Attachments are served as downloads only, so their declared type matters little; default
      // it.
      StoredFile f = files.save(a.fileName(), "application/octet-stream", a.bytes());
      repository.insertAttachment(id, round, f.id());
    }
  }

  private static String detectedType(Upload image) {
    try {
      return new ImageInspector().inspect(image.bytes(), image.fileName()).format().mediaType();
    } catch (vn.gov.hanoi.comms.vneid.content.InvalidImageException e) {
      throw new IllegalStateException("featured image was validated before: " + e.getMessage(), e);
    }
  }

  public VneidRequestRecord require(long id) {
    return repository
        .find(id)
        .orElseThrow(() -> new NotFoundException("Không tìm thấy đề nghị " + id));
  }

  private Task reviseTask(VneidRequestRecord request) {
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(VneidProcess.businessKey(request.id()))
            .taskDefinitionKey(VneidProcess.Tasks.REVISE)
            .singleResult();
    if (task == null) {
      throw new ConflictException(
          "Đề nghị "
              + request.id()
              + " không ở trạng thái chờ chỉnh sửa ("
              + request.status()
              + ")");
    }
    return task;
  }

  static void requireUnitMember(CurrentUser user, String unitCode) {
    if (unitCode != null && !user.memberOf(Groups.unit(unitCode))) {
      throw RefusedException.forbidden(
          "unitCode", "Người dùng " + user.userId() + " không thuộc đơn vị " + unitCode);
    }
  }

  /**
   * The areas a unit may target (V-ROUTE-3): its home area and those inside it; every area for a
   * city-level unit.
   */
  public java.util.List<vn.gov.hanoi.comms.area.Area> jurisdiction(String unitCode) {
    var unit = organisations.require(unitCode);
    var tree = areas.currentTree();
    return tree.all().stream()
        .filter(a -> unit.kind().isCityLevel() || tree.contains(unit.homeAreaCode(), a.code()))
        .sorted(
            java.util.Comparator.comparing((vn.gov.hanoi.comms.area.Area a) -> a.level().ordinal())
                .thenComparing(vn.gov.hanoi.comms.area.Area::name))
        .toList();
  }
}
