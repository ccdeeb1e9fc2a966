package vn.gov.hanoi.comms.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.reporting.Report;
import vn.gov.hanoi.comms.reporting.ReportFiles;
import vn.gov.hanoi.comms.reporting.ReportService;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;
import vn.gov.hanoi.comms.testsupport.RestCalls;
import vn.gov.hanoi.comms.testsupport.TestMail;
import vn.gov.hanoi.comms.vneid.VneidProcess;
import vn.gov.hanoi.comms.vneid.VneidProcess.Tasks;
import vn.gov.hanoi.comms.vneid.VneidRequestRecord;
import vn.gov.hanoi.comms.vneid.content.ArticleDraft;
import vn.gov.hanoi.comms.vneid.content.Scope;

/**
 * D-2 end to end on the 2024 three-level fixture, with the clock moved as days pass: a ward's
 * request waits for the district police's appraisal; before its deadline the appraisers are mailed
 * a reminder, after it the district police chief is mailed and given a follow-up task, the
 * appraisal stays with the appraisers, and the weekly report and the spreadsheet count the late
 * step for that holder and step; the follow-up ends when the appraisal is done.
 */
class DeadlineEscalationTest extends IntegrationTest {
  private static final String APPRAISER = "thamdinh.badinh.hanthoi";
  private static final String CHIEF = "truong.badinh.hanthoi";

  /** Other tests' requests wait for the same police: their mails are told apart by this title. */
  private static final String TITLE = "Thông báo lịch tiếp công dân tháng 12 (kiểm thử thời hạn)";

  @Autowired StepDeadlineRepository deadlines;
  @Autowired ReportService reports;

  @org.springframework.boot.test.web.server.LocalServerPort int port;

  @Test
  @DisplayName(
      "D-1, D-2, R-1: reminder mail before the deadline; after it the chief's follow-up task and mail, the task "
          + "kept by the appraisers, and the late step counted in the report")
  void reminderThenEscalationThenReportCount() throws Exception {
    withEmail(
        APPRAISER, "thamdinh.hanthoi@badinh.congan.hanoi.gov.vn", Groups.districtAppraisal("001"));
    withEmail(CHIEF, "truong.hanthoi@badinh.congan.hanoi.gov.vn", Groups.districtChief("001"));
    var asked = draft("UBND-P-TRUCBACH", Scope.COMMUNE, List.of("00004"));
    VneidRequestRecord r =
        submit(
            new ArticleDraft(
                asked.unitCode(),
                TITLE,
                asked.summary(),
                asked.bodyHtml(),
                asked.category(),
                asked.scope(),
                asked.targetAreaCodes(),
                asked.ageMin(),
                asked.ageMax(),
                asked.gender(),
                asked.publishFrom(),
                asked.publishUntil(),
                asked.justification(),
                asked.reviewerNotes(),
                asked.letterNumber(),
                asked.letterDate()));
    Task appraisal = openTask(r.id(), Tasks.APPRAISE);
    StepDeadlineRecord d = deadlines.byTask(appraisal.getId()).orElseThrow();
    assertThat(d.escalationGroup())
        .as("three-level Hanoi: the district's police chief")
        .isEqualTo(Groups.districtChief("001"));
    assertThat(appraisal.getName()).isEqualTo("Thẩm định · " + TITLE);
    assertThat(taskService.getVariablesLocal(appraisal.getId()))
        .containsEntry(TaskCard.UNIT, "UBND phường Trúc Bạch")
        .containsEntry(TaskCard.ROUND, "Vòng 1");

    at(d.remindAt().minusSeconds(60));
    runDueJobs();
    assertThat(mailsTo("thamdinh.hanthoi@")).as("nothing before the reminder time").isEmpty();
    at(d.remindAt().plusSeconds(60));
    runDueJobs();
    assertThat(mailsTo("thamdinh.hanthoi@"))
        .as(describe(mailsTo("thamdinh.hanthoi@")))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.getSubject())
                  .startsWith("[Nhắc hạn] Thẩm định · ")
                  .contains(DeadlineTexts.due(d.dueAt()));
              assertThat(body(m)).contains("Công an", "tasklist", appraisal.getId());
            });
    assertThat(mailsTo("truong.hanthoi@")).isEmpty();

    at(d.dueAt().plusSeconds(60));
    runDueJobs();
    assertThat(mailsTo("truong.hanthoi@"))
        .singleElement()
        .satisfies(m -> assertThat(m.getSubject()).startsWith("[Quá hạn] Thẩm định · "));
    Task followUp =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(EscalationProcess.businessKey(d.id()))
            .singleResult();
    assertThat(followUp.getName()).startsWith("Đôn đốc: Thẩm định quá hạn · ");
    assertThat(taskService.getIdentityLinksForTask(followUp.getId()))
        .anyMatch(l -> Groups.districtChief("001").equals(l.getGroupId()));
    assertThat(
            taskService.createTaskQuery().taskCandidateUser(CHIEF).taskId(followUp.getId()).count())
        .isEqualTo(1);
    Task still = openTask(r.id(), Tasks.APPRAISE);
    assertThat(still.getId()).as("the appraisal is not taken away").isEqualTo(appraisal.getId());
    assertThat(taskService.getIdentityLinksForTask(still.getId()))
        .anyMatch(l -> Groups.districtAppraisal("001").equals(l.getGroupId()));

    LocalDate dueDay = LocalDate.ofInstant(d.dueAt(), ProductClock.HANOI);
    Report week = reports.compute(dueDay.minusDays(3), dueDay.plusDays(3), "01");
    assertThat(week.overdue())
        .anySatisfy(
            o -> {
              assertThat(o.holderGroup()).isEqualTo(Groups.districtAppraisal("001"));
              assertThat(o.step()).isEqualTo(Tasks.APPRAISE);
              assertThat(o.stepName()).isEqualTo("Thẩm định");
              assertThat(o.lateInPeriod()).isGreaterThanOrEqualTo(1);
              assertThat(o.openOverdueNow()).isGreaterThanOrEqualTo(1);
            });
    assertThat(ReportFiles.lines(week))
        .anyMatch(l -> l[0].equals("qua_han") && l[1].equals("police-appraisal-001/Task_Appraise"));
    String dashboard =
        RestCalls.client(port, CHIEF, PASSWORD)
            .get()
            .uri(
                "/dashboard?from={from}&to={to}&area=001",
                dueDay.minusDays(3).toString(),
                dueDay.plusDays(3).toString())
            .retrieve()
            .body(String.class);
    assertThat(dashboard)
        .as("R-1: the chief's dashboard counts the late appraisal per holder and step")
        .contains("Việc quá hạn theo đơn vị xử lý và bước")
        .contains("data-key=\"" + Groups.districtAppraisal("001") + "/" + Tasks.APPRAISE + "\"");

    complete(
        r.id(),
        Tasks.APPRAISE,
        APPRAISER,
        Groups.districtAppraisal("001"),
        Map.of(
            VneidProcess.Vars.APPRAISAL_OUTCOME,
            VneidProcess.PASS,
            VneidProcess.Vars.APPRAISAL_REASONS,
            "Đạt"));
    assertThat(taskService.createTaskQuery().taskId(followUp.getId()).count())
        .as("the follow-up ends with the step")
        .isZero();
    StepDeadlineRecord done = deadlines.find(d.id()).orElseThrow();
    assertThat(done.doneAt()).isAfter(done.dueAt());
    assertThat(reports.compute(dueDay.minusDays(3), dueDay.plusDays(3), "01").overdue())
        .as("still counted: done late")
        .anyMatch(
            o -> o.holderGroup().equals(Groups.districtAppraisal("001")) && o.lateInPeriod() >= 1);
  }

  private void withEmail(String user, String email, String group) {
    ensureUser(user, group);
    var u = identityService.createUserQuery().userId(user).singleResult();
    u.setEmail(email);
    identityService.saveUser(u);
  }

  private static void at(Instant t) {
    ClockUtil.setCurrentTime(Date.from(t));
  }

  /**
   * The mails of this test's request to an address; GreenMail keeps one copy per recipient, counted
   * once here.
   */
  private static List<MimeMessage> mailsTo(String prefix) {
    Set<String> seen = new HashSet<>();
    return Arrays.stream(TestMail.server().getReceivedMessages())
        .filter(
            m -> {
              try {
                return seen.add(m.getMessageID());
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
        .filter(
            m -> {
              try {
                return m.getSubject().contains(TITLE)
                    && Arrays.stream(m.getAllRecipients())
                        .anyMatch(a -> a.toString().startsWith(prefix));
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  private static String describe(List<MimeMessage> mails) {
    return mails.stream()
        .map(
            m -> {
              try {
                return m.getSubject() + " -> " + Arrays.toString(m.getAllRecipients());
              } catch (Exception e) {
                return e.toString();
              }
            })
        .toList()
        .toString();
  }

  private static String body(MimeMessage m) throws Exception {
    return m.getContent().toString();
  }
}
