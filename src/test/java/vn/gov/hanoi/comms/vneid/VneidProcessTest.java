package vn.gov.hanoi.comms.vneid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestExecutionListeners;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.deadline.EscalationProcess;
import vn.gov.hanoi.comms.deadline.HolidayCalendar;
import vn.gov.hanoi.comms.deadline.StepDeadlineRecord;
import vn.gov.hanoi.comms.deadline.StepDeadlineRepository;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.testsupport.DeadlineTimers;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;
import vn.gov.hanoi.comms.testsupport.ModelCoverageCheck;
import vn.gov.hanoi.comms.testsupport.Refusals;
import vn.gov.hanoi.comms.testsupport.TestMail;
import vn.gov.hanoi.comms.vneid.VneidProcess.Tasks;
import vn.gov.hanoi.comms.vneid.VneidProcess.Vars;
import vn.gov.hanoi.comms.vneid.content.ArticleDraft;
import vn.gov.hanoi.comms.vneid.content.Scope;
import vn.gov.hanoi.comms.vneid.letter.LetterKind;
import vn.gov.hanoi.comms.vneid.letter.LetterRecord;
import vn.gov.hanoi.comms.vneid.letter.LetterService;

/**
 * Every path of the VNeID models (vneid-request, vneid-notify-unit), driven through the product's
 * services and Camunda's task API as Tasklist would, with the rule each proves (docs/rules.md).
 */
@TestExecutionListeners(
    listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class VneidProcessTest extends IntegrationTest {
  @Autowired VneidDecisionRepository decisionRepository;

  /**
   * Coverage: the tests of this class, whatever their order, drive every flow node and sequence
   * flow of these models.
   */
  @RegisterExtension
  static final ModelCoverageCheck COVERAGE =
      ModelCoverageCheck.of(
          "bpmn/vneid-request.bpmn", "bpmn/vneid-notify-unit.bpmn", "bpmn/step-escalation.bpmn");

  private static final String WARD =
      "UBND-P-TRUCBACH"; // Phường Trúc Bạch, 00004, Quận Ba Đình (001)
  private static final String DISTRICT = "UBND-Q-BADINH";
  private static final String CITY_DEPT = "SO-TUPHAP";

  @Autowired LetterService letters;
  @Autowired StepDeadlineRepository stepDeadlines;
  @Autowired HolidayCalendar holidays;

  private static Map<String, Object> pass() {
    return Map.of(Vars.APPRAISAL_OUTCOME, VneidProcess.PASS, Vars.APPRAISAL_REASONS, "Đạt yêu cầu");
  }

  private static Map<String, Object> returned(String why) {
    return Map.of(Vars.APPRAISAL_OUTCOME, VneidProcess.RETURN, Vars.APPRAISAL_REASONS, why);
  }

  private static Map<String, Object> approve() {
    return Map.of(Vars.APPROVAL_OUTCOME, VneidProcess.APPROVE, Vars.APPROVAL_REASONS, "Đồng ý");
  }

  private static Map<String, Object> reject(String why) {
    return Map.of(Vars.APPROVAL_OUTCOME, VneidProcess.REJECT, Vars.APPROVAL_REASONS, why);
  }

  private ProcessInstance instance(long id) {
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(VneidProcess.businessKey(id))
        .processDefinitionKey(VneidProcess.KEY)
        .singleResult();
  }

  private long publicationsVisible(long requestId) {
    return jdbc.sql(
            "select count(*) from publication where source = 'VNEID' and source_id = :id and withdrawn_at is null")
        .param("id", requestId)
        .query(Long.class)
        .single();
  }

  @Test
  @DisplayName(
      "V-ROUTE-1, V-STEP-2, V-STEP-3, V-STEP-5: a ward's request goes to its district police, the chief approves, "
          + "it is published at the window's start and withdrawn at its end")
  void wardRequestHappyPath() {
    VneidRequestRecord r = submit(draft(WARD, Scope.COMMUNE, List.of("00004")));
    ProcessInstance pi = instance(r.id());
    assertThat(pi).isWaitingAt(Tasks.APPRAISE);
    assertThat(task(Tasks.APPRAISE, pi)).hasCandidateGroup(Groups.districtAppraisal("001"));
    assertThat(status(r.id())).isEqualTo("IN_APPRAISAL");

    complete(r.id(), Tasks.APPRAISE, "ca.badinh.thamdinh", Groups.districtAppraisal("001"), pass());
    assertThat(pi).isWaitingAt(Tasks.APPROVE);
    assertThat(task(Tasks.APPROVE, pi)).hasCandidateGroup(Groups.districtChief("001"));
    assertThat(status(r.id())).isEqualTo("IN_APPROVAL");

    complete(r.id(), Tasks.APPROVE, "ca.badinh.truong", Groups.districtChief("001"), approve());
    assertThat(pi).isWaitingAt("Timer_WindowStart");
    assertThat(status(r.id())).isEqualTo("SCHEDULED");
    runDueJobs();
    assertThat(publicationsVisible(r.id())).as("not before the window opens").isZero();

    moveClock(Duration.ofDays(1).plusMinutes(1));
    runDueJobs();
    assertThat(status(r.id())).isEqualTo("PUBLISHED");
    assertThat(publicationsVisible(r.id())).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select area_code from publication_target t join publication p on p.id = t.publication_id "
                        + "where p.source = 'VNEID' and p.source_id = :id")
                .param("id", r.id())
                .query(String.class)
                .list())
        .containsExactly("00004");

    moveClock(Duration.ofDays(10));
    runDueJobs();
    assertThat(pi).isEnded().hasPassed("Task_Unpublish", "EndEvent_Expired");
    assertThat(status(r.id())).isEqualTo("EXPIRED");
    assertThat(publicationsVisible(r.id())).isZero();
  }

  @Test
  @DisplayName(
      "V-ROUTE-2, V-STEP-3: a city department's request goes to PC06 and city scope is approved by the City Police Director")
  void cityDepartmentGoesToPc06AndDirector() {
    VneidRequestRecord r = submit(draft(CITY_DEPT, Scope.CITY, List.of("01")));
    ProcessInstance pi = instance(r.id());
    assertThat(task(Tasks.APPRAISE, pi)).hasCandidateGroup(Groups.PC06_APPRAISAL);
    complete(r.id(), Tasks.APPRAISE, "pc06.thamdinh", Groups.PC06_APPRAISAL, pass());
    assertThat(task(Tasks.APPROVE, pi)).hasCandidateGroup(Groups.CITY_POLICE_DIRECTOR);
  }

  @Test
  @DisplayName(
      "V-ROUTE-1, V-STEP-3: a district's own request with district scope is approved by that district's police chief")
  void districtScopeGoesToDistrictChief() {
    VneidRequestRecord r = submit(draft(DISTRICT, Scope.DISTRICT, List.of("001")));
    ProcessInstance pi = instance(r.id());
    assertThat(task(Tasks.APPRAISE, pi)).hasCandidateGroup(Groups.districtAppraisal("001"));
    complete(r.id(), Tasks.APPRAISE, "ca.badinh.thamdinh", Groups.districtAppraisal("001"), pass());
    assertThat(task(Tasks.APPROVE, pi)).hasCandidateGroup(Groups.districtChief("001"));
  }

  @Test
  @DisplayName(
      "V-ROUTE-4, V-STEP-3: national scope: PC06 appraises, the Director endorses, C06 approves, published nationwide")
  void nationalScopeApproved() {
    VneidRequestRecord r = submit(draft(WARD, Scope.NATIONAL, List.of()));
    ProcessInstance pi = instance(r.id());
    assertThat(task(Tasks.APPRAISE, pi)).hasCandidateGroup(Groups.PC06_APPRAISAL);
    complete(r.id(), Tasks.APPRAISE, "pc06.thamdinh", Groups.PC06_APPRAISAL, pass());
    assertThat(task(Tasks.ENDORSE_NATIONAL, pi)).hasCandidateGroup(Groups.CITY_POLICE_DIRECTOR);
    complete(
        r.id(), Tasks.ENDORSE_NATIONAL, "catp.giamdoc", Groups.CITY_POLICE_DIRECTOR, approve());
    assertThat(task(Tasks.APPROVE_NATIONAL, pi)).hasCandidateGroup(Groups.C06_APPROVER);
    complete(r.id(), Tasks.APPROVE_NATIONAL, "c06.pheduyet", Groups.C06_APPROVER, approve());
    moveClock(Duration.ofDays(1).plusMinutes(1));
    runDueJobs();
    assertThat(status(r.id())).isEqualTo("PUBLISHED");
    assertThat(
            jdbc.sql(
                    "select area_code from publication_target t join publication p on p.id = t.publication_id "
                        + "where p.source = 'VNEID' and p.source_id = :id")
                .param("id", r.id())
                .query(String.class)
                .list())
        .containsExactly("VN");
  }

  @Test
  @DisplayName(
      "V-ROUTE-4, V-STEP-4: C06 rejects a national request, and the Director may refuse to endorse one: notices, then revision")
  void nationalScopeRejectedAndNotEndorsed() throws Exception {
    VneidRequestRecord r = submit(draft(WARD, Scope.NATIONAL, List.of()));
    complete(r.id(), Tasks.APPRAISE, "pc06.thamdinh", Groups.PC06_APPRAISAL, pass());
    complete(
        r.id(), Tasks.ENDORSE_NATIONAL, "catp.giamdoc", Groups.CITY_POLICE_DIRECTOR, approve());
    complete(
        r.id(),
        Tasks.APPROVE_NATIONAL,
        "c06.pheduyet",
        Groups.C06_APPROVER,
        reject("Nội dung mang tính địa phương"));
    assertThat(status(r.id())).isEqualTo("REJECTED");
    runDueJobs();
    assertThat(instance(r.id())).isWaitingAt(Tasks.REVISE);
    assertThat(task(Tasks.REVISE, instance(r.id()))).hasCandidateGroup(Groups.unit(WARD));

    VneidRequestRecord other = submit(draft(WARD, Scope.NATIONAL, List.of()));
    complete(other.id(), Tasks.APPRAISE, "pc06.thamdinh", Groups.PC06_APPRAISAL, pass());
    complete(
        other.id(),
        Tasks.ENDORSE_NATIONAL,
        "catp.giamdoc",
        Groups.CITY_POLICE_DIRECTOR,
        reject("Không cần thiết đăng toàn quốc"));
    assertThat(status(other.id())).isEqualTo("REJECTED");
    runDueJobs();
    assertThat(instance(other.id())).isWaitingAt(Tasks.REVISE);
    LetterRecord n = letters.forRequest(other.id()).get(0);
    assertThat(n.kind()).isEqualTo(LetterKind.REJECT);
    assertThat(n.reasons()).isEqualTo("Không cần thiết đăng toàn quốc");
  }

  @Test
  @DisplayName(
      "V-STEP-4, P-3: returned twice and resubmitted twice (through the API and through the Tasklist form); every round, "
          + "decision and notice is kept, and the unit is emailed each time")
  void returnAndResubmitTwice() throws Exception {
    VneidRequestRecord r = submit(draft(WARD, Scope.COMMUNE, List.of("00004")));
    complete(
        r.id(),
        Tasks.APPRAISE,
        "ca.badinh.thamdinh",
        Groups.districtAppraisal("001"),
        returned("Ảnh mờ, thiếu nguồn"));
    assertThat(status(r.id())).isEqualTo("RETURNED");
    runDueJobs();
    assertThat(instance(r.id())).isWaitingAt(Tasks.REVISE);
    MimeMessage[] mails = TestMail.server().getReceivedMessages();
    assertThat(mails).hasSize(1);
    assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("trucbach@badinh.hanoi.gov.vn");
    assertThat(mails[0].getSubject()).contains("trả lại");

    // Round 2 through the product API
    ArticleDraft revised = draft(WARD, Scope.COMMUNE, List.of("00004"));
    requests.resubmit(
        unitUser(WARD),
        r.id(),
        new VneidSubmission(withTitle(revised, "Tiêu đề đã sửa"), image(), List.of()),
        "Đã thay ảnh");
    assertThat(status(r.id())).isEqualTo("IN_APPRAISAL");
    assertThat(instance(r.id())).isWaitingAt(Tasks.APPRAISE);
    complete(
        r.id(),
        Tasks.APPRAISE,
        "ca.badinh.thamdinh",
        Groups.districtAppraisal("001"),
        returned("Cần rút gọn"));
    runDueJobs();

    // Round 3 through the Tasklist revision form; its date-time picker sends Hanoi time, no offset
    LocalDateTime shorterUntil =
        LocalDateTime.ofInstant(
                new VneidRequestRepository(jdbc).round(r.id(), 2).publishUntil(),
                ProductClock.HANOI)
            .minusHours(2)
            .truncatedTo(ChronoUnit.MINUTES);
    complete(
        r.id(),
        Tasks.REVISE,
        "staff-ubnd-p-trucbach",
        Groups.unit(WARD),
        Map.of(
            Vars.REVISION_OUTCOME,
            VneidProcess.RESUBMIT,
            Vars.REVISED_SUMMARY,
            "Tóm tắt ngắn gọn hơn",
            Vars.REVISED_PUBLISH_UNTIL,
            shorterUntil.toString(),
            Vars.REVISION_NOTE,
            "Đã rút gọn"));
    assertThat(instance(r.id())).isWaitingAt(Tasks.APPRAISE);
    complete(r.id(), Tasks.APPRAISE, "ca.badinh.thamdinh", Groups.districtAppraisal("001"), pass());
    complete(r.id(), Tasks.APPROVE, "ca.badinh.truong", Groups.districtChief("001"), approve());

    VneidRequestRepository repo = new VneidRequestRepository(jdbc);
    assertThat(repo.rounds(r.id())).extracting(RoundRecord::roundNo).containsExactly(1, 2, 3);
    assertThat(repo.round(r.id(), 2).title()).isEqualTo("Tiêu đề đã sửa");
    assertThat(repo.round(r.id(), 3).summary()).isEqualTo("Tóm tắt ngắn gọn hơn");
    assertThat(repo.round(r.id(), 3).publishUntil())
        .as("V-REQ-4: the picker's value is Hanoi time")
        .isEqualTo(shorterUntil.atZone(ProductClock.HANOI).toInstant());
    assertThat(repo.round(r.id(), 3).title())
        .as("blank form fields keep the previous round")
        .isEqualTo("Tiêu đề đã sửa");
    assertThat(decisionRepository.decisions(r.id()))
        .as("P-3: the unit's choices are recorded too")
        .extracting(DecisionRecord::outcome)
        .containsExactly("RETURN", "RESUBMIT", "RETURN", "RESUBMIT", "PASS", "APPROVE");
    assertThat(decisionRepository.decisions(r.id()))
        .allSatisfy(d -> assertThat(d.decidedBy()).isNotBlank());
    assertThat(letters.forRequest(r.id())).extracting(LetterRecord::roundNo).containsExactly(1, 2);
    assertThat(TestMail.server().getReceivedMessages()).hasSize(2);
  }

  @Test
  @DisplayName("V-STEP-4: after a rejection the unit withdraws at the revision step")
  void rejectedThenWithdrawnAtRevision() {
    VneidRequestRecord r = submit(draft(DISTRICT, Scope.DISTRICT, List.of("001")));
    complete(r.id(), Tasks.APPRAISE, "ca.badinh.thamdinh", Groups.districtAppraisal("001"), pass());
    complete(
        r.id(),
        Tasks.APPROVE,
        "ca.badinh.truong",
        Groups.districtChief("001"),
        reject("Trùng nội dung đã đăng"));
    runDueJobs();
    String letter = letters.render(letters.forRequest(r.id()).get(0));
    assertThat(letter)
        .contains(
            "Số: ",
            "Kính gửi: UBND quận Ba Đình",
            "Trùng nội dung đã đăng",
            "TRƯỞNG CÔNG AN QUẬN BA ĐÌNH");
    ProcessInstance pi = instance(r.id());
    complete(
        r.id(),
        Tasks.REVISE,
        "staff-ubnd-q-badinh",
        Groups.unit(DISTRICT),
        Map.of(Vars.REVISION_OUTCOME, VneidProcess.WITHDRAW));
    assertThat(status(r.id())).isEqualTo("WITHDRAWN");
    assertThat(pi).isEnded().hasPassed("EndEvent_Withdrawn");
  }

  @Test
  @DisplayName(
      "V-STEP-4: the unit withdraws at any time: during appraisal, and after publication (the article is taken down)")
  void withdrawAnyTime() {
    VneidRequestRecord waiting = submit(draft(WARD, Scope.COMMUNE, List.of("00004")));
    ProcessInstance pi = instance(waiting.id());
    requests.withdraw(unitUser(WARD), waiting.id());
    runDueJobs();
    assertThat(status(waiting.id())).isEqualTo("WITHDRAWN");
    assertThat(pi)
        .isEnded()
        .hasPassed("StartEvent_WithdrawalRequested", "EndEvent_WithdrawnByUnit");

    VneidRequestRecord published = submit(draft(WARD, Scope.COMMUNE, List.of("00004")));
    complete(
        published.id(),
        Tasks.APPRAISE,
        "ca.badinh.thamdinh",
        Groups.districtAppraisal("001"),
        pass());
    complete(
        published.id(), Tasks.APPROVE, "ca.badinh.truong", Groups.districtChief("001"), approve());
    moveClock(Duration.ofDays(1).plusMinutes(1));
    runDueJobs();
    assertThat(publicationsVisible(published.id())).isEqualTo(1);
    requests.withdraw(unitUser(WARD), published.id());
    runDueJobs();
    assertThat(publicationsVisible(published.id())).isZero();
    assertThat(status(published.id())).isEqualTo("WITHDRAWN");
  }

  @Test
  @DisplayName(
      "V-STEP-5: an approval that comes after the window has closed does not publish, and the unit is told")
  void approvalAfterWindowLapses() {
    VneidRequestRecord r = submit(draft(WARD, Scope.COMMUNE, List.of("00004")));
    ProcessInstance pi = instance(r.id());
    complete(r.id(), Tasks.APPRAISE, "ca.badinh.thamdinh", Groups.districtAppraisal("001"), pass());
    moveClock(Duration.ofDays(11));
    complete(r.id(), Tasks.APPROVE, "ca.badinh.truong", Groups.districtChief("001"), approve());
    runDueJobs();
    assertThat(pi).isEnded().hasPassed("CallActivity_NotifyLapsed", "EndEvent_Lapsed");
    assertThat(status(r.id())).isEqualTo("LAPSED");
    assertThat(publicationsVisible(r.id())).isZero();
    assertThat(letters.forRequest(r.id()))
        .extracting(LetterRecord::kind)
        .containsExactly(LetterKind.LAPSED);
    // One letter to the unit; the deadline reminders the 11 days also brought go to the police and
    // are not counted here.
    assertThat(TestMail.server().getReceivedMessages())
        .filteredOn(m -> subjectOf(m).startsWith("[Loa phường VNeID] Thông báo"))
        .hasSize(1);
  }

  private static String subjectOf(jakarta.mail.internet.MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @DisplayName(
      "V-CHECK-2: a classified marking is flagged and cannot pass appraisal without the reviewer's explicit override")
  void classifiedMarkingNeedsOverride() {
    ArticleDraft d =
        withTitle(
            draft(WARD, Scope.COMMUNE, List.of("00004")), "TÀI LIỆU TỐI MẬT về an ninh phường");
    VneidRequestRecord r = submit(d);
    assertThat(runtimeService.getVariable(instance(r.id()).getId(), Vars.CLASSIFIED_MARKING))
        .isEqualTo(true);
    assertThat(
            Refusals.fieldsOf(
                () ->
                    complete(
                        r.id(),
                        Tasks.APPRAISE,
                        "ca.badinh.thamdinh",
                        Groups.districtAppraisal("001"),
                        pass())))
        .contains(Vars.CLASSIFIED_OVERRIDE);
    assertThat(instance(r.id())).isWaitingAt(Tasks.APPRAISE);
    complete(
        r.id(),
        Tasks.APPRAISE,
        "ca.badinh.thamdinh",
        Groups.districtAppraisal("001"),
        Map.of(Vars.APPRAISAL_OUTCOME, VneidProcess.PASS, Vars.CLASSIFIED_OVERRIDE, true));
    assertThat(instance(r.id())).isWaitingAt(Tasks.APPROVE);
    assertThat(decisionRepository.decisions(r.id()).get(0).classifiedOverride()).isTrue();
  }

  @Test
  @DisplayName(
      "V-STEP-2, V-STEP-4: a return or a rejection without written reasons is refused and the task stays open")
  void negativeDecisionNeedsReasons() {
    VneidRequestRecord r = submit(draft(WARD, Scope.COMMUNE, List.of("00004")));
    assertThat(
            Refusals.fieldsOf(
                () ->
                    complete(
                        r.id(),
                        Tasks.APPRAISE,
                        "ca.badinh.thamdinh",
                        Groups.districtAppraisal("001"),
                        Map.of(Vars.APPRAISAL_OUTCOME, VneidProcess.RETURN))))
        .contains(Vars.APPRAISAL_REASONS);
    assertThat(instance(r.id())).isWaitingAt(Tasks.APPRAISE);
    assertThat(decisionRepository.decisions(r.id())).isEmpty();
  }

  @Test
  @DisplayName(
      "D-1, D-2: every VNeID review step is due after the working days the deadline table gives it; its reminder "
          + "and overdue timers fire without taking the task away, and a late step with an authority above it (PC06's "
          + "appraisal: the Director; a chief's approval: PC06's leaders; a unit's revision: its leaders) gets a follow-up")
  void everyStepHasItsDeadlineReminderAndEscalation() {
    VneidRequestRecord national = submit(draft(CITY_DEPT, Scope.NATIONAL, List.of()));
    StepDeadlineRecord appraisal =
        fireDeadline(national.id(), Tasks.APPRAISE, "Appraisal", 3, Groups.CITY_POLICE_DIRECTOR);
    complete(national.id(), Tasks.APPRAISE, "pc06.thamdinh", Groups.PC06_APPRAISAL, pass());
    assertThat(followUp(appraisal)).as("the follow-up ends when the late step is done").isNull();
    fireDeadline(national.id(), Tasks.ENDORSE_NATIONAL, "Endorsement", 2, null);
    complete(
        national.id(),
        Tasks.ENDORSE_NATIONAL,
        "catp.giamdoc",
        Groups.CITY_POLICE_DIRECTOR,
        approve());
    fireDeadline(national.id(), Tasks.APPROVE_NATIONAL, "NationalApproval", 5, null);
    complete(
        national.id(),
        Tasks.APPROVE_NATIONAL,
        "c06.pheduyet",
        Groups.C06_APPROVER,
        reject("Nội dung mang tính địa phương"));
    runDueJobs();
    StepDeadlineRecord revision =
        fireDeadline(national.id(), Tasks.REVISE, "Revision", 5, Groups.leader(CITY_DEPT));
    // The unit's leader records the follow-up; the revision is still the unit's to do.
    identityService.setAuthentication("lanhdao.stp", List.of(Groups.leader(CITY_DEPT)));
    try {
      taskService.complete(
          followUp(revision).getId(),
          Map.of(EscalationProcess.FOLLOW_UP_NOTE, "Đã nhắc văn phòng Sở"));
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(
            jdbc.sql(
                    "select followed_up_by || ': ' || follow_up_note from step_deadline where id = :id")
                .param("id", revision.id())
                .query(String.class)
                .single())
        .isEqualTo("lanhdao.stp: Đã nhắc văn phòng Sở");
    assertThat(instance(national.id())).isWaitingAt(Tasks.REVISE);

    VneidRequestRecord ward = submit(draft(WARD, Scope.COMMUNE, List.of("00004")));
    complete(
        ward.id(), Tasks.APPRAISE, "ca.badinh.thamdinh", Groups.districtAppraisal("001"), pass());
    fireDeadline(ward.id(), Tasks.APPROVE, "Approval", 2, Groups.PC06_LEADER);
  }

  @Test
  @DisplayName(
      "V-STEP-3, V-STEP-5: the approver may shorten the window and narrow the audience, never widen them; the "
          + "narrowing is recorded with the decision, shown to the unit and used for the publication")
  void approverNarrowsNeverWidens() {
    VneidRequestRecord r = submit(draft(WARD, Scope.COMMUNE, List.of("00004")));
    complete(r.id(), Tasks.APPRAISE, "ca.badinh.thamdinh", Groups.districtAppraisal("001"), pass());
    RoundRecord asked = new VneidRequestRepository(jdbc).round(r.id(), 1);
    Instant earlierEnd = asked.publishUntil().minus(Duration.ofDays(3));
    assertThat(
            Refusals.fieldsOf(
                () ->
                    complete(
                        r.id(),
                        Tasks.APPROVE,
                        "ca.badinh.truong",
                        Groups.districtChief("001"),
                        Map.of(
                            Vars.APPROVAL_OUTCOME,
                            VneidProcess.APPROVE,
                            Narrowing.AGE_MAX,
                            80L,
                            Narrowing.UNTIL,
                            asked.publishUntil().plus(Duration.ofDays(1)).toString()))))
        .containsExactlyInAnyOrder(Narrowing.AGE_MAX, Narrowing.UNTIL);
    assertThat(
            Refusals.fieldsOf(
                () ->
                    complete(
                        r.id(),
                        Tasks.APPROVE,
                        "ca.badinh.truong",
                        Groups.districtChief("001"),
                        Map.of(
                            Vars.APPROVAL_OUTCOME,
                            VneidProcess.REJECT,
                            Vars.APPROVAL_REASONS,
                            "Không phù hợp",
                            Narrowing.AGE_MAX,
                            40L))))
        .as("narrowing only with an approval")
        .contains(Narrowing.FROM);
    assertThat(instance(r.id())).isWaitingAt(Tasks.APPROVE);
    complete(
        r.id(),
        Tasks.APPROVE,
        "ca.badinh.truong",
        Groups.districtChief("001"),
        Map.of(
            Vars.APPROVAL_OUTCOME,
            VneidProcess.APPROVE,
            Narrowing.AGE_MAX,
            40L,
            Narrowing.UNTIL,
            LocalDateTime.ofInstant(earlierEnd, ProductClock.HANOI)
                .withSecond(0)
                .withNano(0)
                .toString()));
    RoundRecord approved = decisionRepository.approvedRound(r.id(), 1);
    assertThat(approved.ageMax()).isEqualTo(40);
    assertThat(approved.ageMin()).isEqualTo(asked.ageMin());
    assertThat(approved.publishUntil()).isBefore(asked.publishUntil());
    moveClock(Duration.ofDays(1).plusMinutes(1));
    runDueJobs();
    assertThat(status(r.id())).isEqualTo("PUBLISHED");
    assertThat(
            jdbc.sql("select age_max from publication where source = 'VNEID' and source_id = :id")
                .param("id", r.id())
                .query(Integer.class)
                .single())
        .isEqualTo(40);
    assertThat(decisionRepository.narrowings(r.id(), 1).get(Tasks.APPROVE).describe())
        .contains("độ tuổi đến 40", "thời gian đăng đến");
  }

  /**
   * The step's deadline is its table's working days on the calendar; then its timers fire
   * (DeadlineTimers).
   */
  private StepDeadlineRecord fireDeadline(
      long requestId, String taskKey, String branch, int workingDays, String escalatedTo) {
    org.camunda.bpm.engine.task.Task task = openTask(requestId, taskKey);
    StepDeadlineRecord d = stepDeadlines.byTask(task.getId()).orElseThrow();
    LocalDate started = LocalDate.ofInstant(d.startedAt(), ProductClock.HANOI);
    assertThat(d.workingDays()).isEqualTo(workingDays);
    assertThat(d.dueAt())
        .as("due at 17:00 of the %d-th working day", workingDays)
        .isEqualTo(
            holidays
                .calendar()
                .plusWorkingDays(started, workingDays)
                .atTime(17, 0)
                .atZone(ProductClock.HANOI)
                .toInstant());
    return DeadlineTimers.fire(
        managementService, taskService, stepDeadlines, task, branch, escalatedTo, this::runDueJobs);
  }

  private org.camunda.bpm.engine.task.Task followUp(StepDeadlineRecord d) {
    return DeadlineTimers.followUp(taskService, d);
  }

  private static ArticleDraft withTitle(ArticleDraft d, String title) {
    return new ArticleDraft(
        d.unitCode(),
        title,
        d.summary(),
        d.bodyHtml(),
        d.category(),
        d.scope(),
        d.targetAreaCodes(),
        d.ageMin(),
        d.ageMax(),
        d.gender(),
        d.publishFrom(),
        d.publishUntil(),
        d.justification(),
        d.reviewerNotes(),
        d.letterNumber(),
        d.letterDate());
  }
}
