package vn.gov.hanoi.comms.ihanoi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hanoi.comms.area.AreaService;
import vn.gov.hanoi.comms.area.AreaTree;
import vn.gov.hanoi.comms.common.HanoiTime;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.common.RefusedException;
import vn.gov.hanoi.comms.common.web.ConflictException;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.common.web.NotFoundException;
import vn.gov.hanoi.comms.common.web.ValidationProblemException;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Vars;
import vn.gov.hanoi.comms.organisation.Organisation;
import vn.gov.hanoi.comms.organisation.OrganisationService;
import vn.gov.hanoi.comms.security.CurrentUser;

/** Creation, reading and withdrawal of iHanoi notices, as the REST API asks for them. */
@Service
public class IhanoiNoticeService {
  private final IhanoiNoticeRepository repository;
  private final OrganisationService organisations;
  private final AreaService areas;
  private final RuntimeService runtimeService;
  private final ProductClock clock;
  private final IhanoiWorkflowService workflow;
  private final NoticeValidator validator = new NoticeValidator();

  public IhanoiNoticeService(
      IhanoiNoticeRepository repository,
      OrganisationService organisations,
      AreaService areas,
      RuntimeService runtimeService,
      ProductClock clock,
      IhanoiWorkflowService workflow) {
    this.workflow = workflow;
    this.repository = repository;
    this.organisations = organisations;
    this.areas = areas;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  /**
   * Validates, stores and starts the notice's process, in one transaction: a refusal stores
   * nothing.
   */
  @Transactional
  public NoticeRecord create(CurrentUser user, NoticeDraft draft) {
    long id = store(user, draft);
    // The instance's first step binds it to this notice (T-2).
    runtimeService.startProcessInstanceByKey(
        IhanoiProcess.KEY, IhanoiProcess.businessKey(id), Map.of(IhanoiProcess.Vars.NOTICE_ID, id));
    return require(id);
  }

  /** The fields of Tasklist's start form (forms/ihanoi-create.form): all a start may carry. */
  public static final Set<String> START_FORM_FIELDS =
      Set.of(
          Vars.FORM_ORGANISATION,
          Vars.FORM_TITLE,
          Vars.FORM_BODY,
          Vars.FORM_TOPIC,
          Vars.FORM_URGENCY,
          Vars.FORM_VALID_UNTIL);

  /**
   * A notice drafted in Tasklist's start form (or started through Camunda's REST API): same rules
   * as the REST API, for the logged-in starter, checked by the engine guard before the start and
   * here inside it; then stored and bound to the instance. A refusal rolls the start back: nothing
   * is started and nothing stored.
   */
  @Transactional
  public long registerFromStartForm(
      CurrentUser user, Map<String, Object> vars, String processInstanceId) {
    long id = store(user, readStartForm(user, vars));
    repository.bindProcessInstance(id, processInstanceId);
    return id;
  }

  /**
   * Reads a start's variables into a draft; refuses a variable the form does not have, such as the
   * notice id.
   */
  public NoticeDraft readStartForm(CurrentUser user, Map<String, Object> vars) {
    if (user == null) {
      throw RefusedException.forbidden("user", "Tin iHanoi phải do người dùng đã đăng nhập tạo");
    }
    List<FieldError> errors = new ArrayList<>();
    for (String name : new TreeSet<>(vars.keySet())) {
      if (!START_FORM_FIELDS.contains(name)) {
        errors.add(
            new FieldError(
                name,
                Vars.NOTICE_ID.equals(name)
                    ? "Không được đặt: mã tin do hệ thống tạo"
                    : "Trường không có trong biểu mẫu tạo tin"));
      }
    }
    Instant validUntil =
        HanoiTime.parse(vars.get(Vars.FORM_VALID_UNTIL), Vars.FORM_VALID_UNTIL, errors);
    if (!errors.isEmpty()) {
      throw new ValidationProblemException("Tin iHanoi không hợp lệ", errors);
    }
    NoticeDraft draft =
        new NoticeDraft(
            text(vars, Vars.FORM_ORGANISATION),
            null,
            null,
            text(vars, Vars.FORM_TITLE),
            text(vars, Vars.FORM_BODY),
            text(vars, Vars.FORM_TOPIC),
            text(vars, Vars.FORM_URGENCY),
            validUntil);
    Organisation org = issuingOrganisation(user, draft.organisationCode());
    validator.validate(draft, org, areas.currentTree(), clock.now());
    return draft;
  }

  private long store(CurrentUser user, NoticeDraft draft) {
    Organisation org = issuingOrganisation(user, draft.organisationCode());
    ValidatedNotice v = validator.validate(draft, org, areas.currentTree(), clock.now());
    return repository.insert(v, user.userId(), clock.now());
  }

  private static String text(Map<String, Object> vars, String name) {
    Object v = vars.get(name);
    return v == null || v.toString().isBlank() ? null : v.toString();
  }

  public NoticeRecord read(CurrentUser user, long id) {
    NoticeRecord n = require(id);
    NoticeAccess.requireSee(user, n);
    return n;
  }

  /** The issuing body withdraws its notice before it is sent; all open tasks end. */
  @Transactional
  public NoticeRecord withdraw(CurrentUser user, long id) {
    NoticeRecord n = require(id);
    NoticeAccess.requireWithdraw(user, n);
    if (n.status().isFinal()) {
      throw new ConflictException("Tin " + id + " đã kết thúc (" + n.status() + "), không thể rút");
    }
    workflow.withdrawRequested(n, user);
    runtimeService
        .createMessageCorrelation(IhanoiProcess.WITHDRAW_MESSAGE)
        .processInstanceId(n.processInstanceId())
        .correlate();
    return require(id);
  }

  public NoticeRecord require(long id) {
    return repository
        .find(id)
        .orElseThrow(() -> new NotFoundException("Không có tin iHanoi " + id));
  }

  /** The caller's unit, or the one named when the caller works for several. */
  private Organisation issuingOrganisation(CurrentUser user, String requested) {
    List<String> units = user.unitCodes();
    String code = requested != null ? requested : units.size() == 1 ? units.get(0) : null;
    if (code == null) {
      throw new ValidationProblemException(
          "Tin iHanoi không hợp lệ",
          List.of(
              new FieldError(
                  "organisationCode",
                  units.isEmpty()
                      ? "Người dùng không thuộc đơn vị nào"
                      : "Người dùng thuộc nhiều đơn vị: chọn một trong " + units)));
    }
    Organisation org =
        organisations
            .find(code)
            .orElseThrow(
                () ->
                    new ValidationProblemException(
                        "Tin iHanoi không hợp lệ",
                        List.of(
                            new FieldError("organisationCode", "Đơn vị không tồn tại: " + code))));
    if (!units.contains(code) && !user.isAdmin()) {
      throw RefusedException.forbidden("organisationCode", "Người dùng không thuộc " + org.name());
    }
    return org;
  }

  AreaTree tree() {
    return areas.currentTree();
  }
}
