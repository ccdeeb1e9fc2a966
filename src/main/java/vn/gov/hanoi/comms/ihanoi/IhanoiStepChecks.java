package vn.gov.hanoi.comms.ihanoi;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.common.HanoiTime;
import vn.gov.hanoi.comms.common.ProcessVariable;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.common.RefusedException;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Tasks;
import vn.gov.hanoi.comms.ihanoi.IhanoiWorkflowService.StepInput;
import vn.gov.hanoi.comms.prechecks.PersonalDataOverride;
import vn.gov.hanoi.comms.security.CurrentUser;

/**
 * Whether a completion of a step of a notice may be taken (T-1, T-3): the person holds the step
 * ({@link IhanoiRoles}) and what they entered is a decision the step accepts.
 */
@Component
public class IhanoiStepChecks {

  private final ProductClock clock;
  private final NoticeContentChecks contentChecks;

  public IhanoiStepChecks(ProductClock clock, NoticeContentChecks contentChecks) {
    this.clock = clock;
    this.contentChecks = contentChecks;
  }

  /**
   * Checks a completion before it is taken: the person holds the step, and what they entered is a
   * decision the step accepts (reasons to return or override, override only of a stopped notice,
   * valid texts).
   */
  public void checkStep(NoticeRecord n, String taskKey, CurrentUser by, StepInput in) {
    IhanoiRoles.checkWorker(n, taskKey, by);
    List<FieldError> errors = new ArrayList<>();
    switch (taskKey) {
      case Tasks.EDIT -> {
        checkText(in.title(), in.body(), errors);
        NoticeText.checkValidUntil(
            HanoiTime.parse(in.validUntil(), IhanoiProcess.Vars.EDITED_VALID_UNTIL, errors),
            clock.now(),
            IhanoiProcess.Vars.EDITED_VALID_UNTIL,
            errors);
      }
      case Tasks.RESOLVE_DUPLICATE -> {
        if (ProcessVariable.named(IhanoiProcess.Resolution.class, in.resolution()).isEmpty()) {
          errors.add(
              new FieldError(
                  "resolution", "Chọn sửa lại, rút tin hoặc đề nghị người phê duyệt cho phép gửi"));
        } else if (IhanoiProcess.REVISE.equals(in.resolution())) {
          checkText(in.title(), in.body(), errors);
        } else if (IhanoiProcess.ASK_OVERRIDE.equals(in.resolution())
            && (in.note() == null || in.note().isBlank())) {
          // The approver decides on this note (I-TALK-2): a request without one says nothing.
          errors.add(
              new FieldError(
                  IhanoiProcess.Vars.RESOLUTION_NOTE,
                  "Ghi chú / lý do là bắt buộc khi đề nghị người duyệt cho phép gửi: "
                      + "nêu vì sao tin khác tin cấp trên"));
        }
      }
      case Tasks.APPROVE -> {
        checkApproval(n, in.outcome(), in.reasons(), errors);
        // Blocking personal data found before approval goes out only with a written reason.
        errors.addAll(
            PersonalDataOverride.check(
                !IhanoiProcess.RETURN.equals(in.outcome()),
                contentChecks.blockingPersonalData(n.id()),
                in.personalDataOverrideReason()));
      }
      default ->
          errors.add(new FieldError("task", "Bước không thuộc quy trình tin iHanoi: " + taskKey));
    }
    if (!errors.isEmpty()) {
      throw new RefusedException(errors);
    }
  }

  private void checkApproval(
      NoticeRecord n, String outcome, String reasons, List<FieldError> errors) {
    boolean stopped = n.status() == NoticeStatus.STOPPED_DUPLICATE;
    boolean written = reasons != null && !reasons.isBlank();
    if (IhanoiProcess.APPROVE.equals(outcome) && stopped) {
      errors.add(
          new FieldError(
              "approvalOutcome",
              "Tin đang bị dừng vì trùng lặp: chỉ có thể cho phép gửi kèm lý do, hoặc trả lại"));
    } else if (IhanoiProcess.OVERRIDE_DUPLICATE.equals(outcome) && !stopped) {
      errors.add(
          new FieldError("approvalOutcome", "Tin không bị dừng vì trùng lặp: hãy chọn phê duyệt"));
    } else if (ProcessVariable.named(IhanoiProcess.ApprovalOutcome.class, outcome).isEmpty()) {
      errors.add(
          new FieldError(
              "approvalOutcome", "Chọn phê duyệt, trả lại hoặc cho phép gửi dù trùng lặp"));
    } else if (!IhanoiProcess.APPROVE.equals(outcome) && !written) {
      errors.add(
          new FieldError(
              "approvalReasons", "Cần ghi rõ lý do khi trả lại hoặc cho phép gửi tin trùng lặp"));
    }
  }

  private static void checkText(String title, String body, List<FieldError> errors) {
    if (title != null && !title.isBlank()) {
      NoticeText.checkTitle(title, IhanoiProcess.Vars.EDITED_TITLE, errors);
    }
    if (body != null && !body.isBlank()) {
      NoticeText.checkBody(body, IhanoiProcess.Vars.EDITED_BODY, errors);
    }
  }
}
