package vn.gov.hanoi.comms.ihanoi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.hanoi.comms.testsupport.JobFaults;
import vn.gov.hanoi.comms.testsupport.TestGateway;
import vn.gov.hanoi.comms.testsupport.TestMail;

/**
 * The send job of an approved notice when the gateway is down: retried, an incident, then sent
 * once; and from the first failed attempt, an error people can act on, a metric, and mails to the
 * operators, the editor and the approver (O-FAIL).
 */
class IhanoiFaultTest extends IhanoiTestBase {
  private static final String EDUCATION = "SO-GDDT";
  private static final String OPERATORS = "vanhanh@hanoi.gov.vn"; // application-test.yaml
  private static final String EDITOR = "bientap-so-gddt";
  private static final String EDITOR_MAIL = "bientap.gddt@hanoi.gov.vn";
  private static final String APPROVER = "vp.ttdt";
  private static final String APPROVER_MAIL = "ttdt.vpub@hanoi.gov.vn";

  @Autowired MeterRegistry meters;

  @AfterEach
  void gatewayBack() {
    TestGateway.reset();
  }

  private long feedRows(long noticeId) {
    return jdbc.sql("select count(*) from publication where source = 'IHANOI' and source_id = :id")
        .param("id", noticeId)
        .query(Long.class)
        .single();
  }

  private NoticeRecord approvedWithGatewayDown() {
    NoticeRecord n =
        create(
            EDUCATION,
            "Lịch nghỉ bù của học sinh sau đợt mưa lớn tháng Mười Một",
            "Sở Giáo dục và Đào tạo thông báo lịch học bù cho học sinh các trường phổ thông trên địa bàn thành phố "
                + "sau những ngày nghỉ do mưa lớn; nhà trường thông báo cụ thể cho phụ huynh.",
            NoticeTopic.EDUCATION);
    submitEdit(n.id(), EDUCATION);
    TestGateway.mode(TestGateway.Mode.FAIL_5XX);
    approve(n.id(), EDUCATION, true);
    return n;
  }

  @Test
  @DisplayName(
      "I-LEVEL-1: an approved notice whose gateway answers 503 stays approved, is retried 3 times and raises an "
          + "incident; after Retry it is sent once, in the feed and at the gateway")
  void gatewayDownThenRetried() {
    NoticeRecord n = approvedWithGatewayDown();
    String key = "ihanoi-" + n.id();

    assertThat(JobFaults.failUntilIncident(managementService, "Task_SendNotice")).isEqualTo(3);
    Incident incident = JobFaults.incidentAt(runtimeService, "Task_SendNotice");
    assertThat(incident.getIncidentMessage()).contains("HTTP 503", key);
    assertThat(statusOf(n.id())).isEqualTo(NoticeStatus.APPROVED);
    assertThat(feedRows(n.id())).isZero();

    TestGateway.mode(TestGateway.Mode.OK);
    JobFaults.retry(managementService, incident);
    runDueJobs();
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
    assertThat(statusOf(n.id())).isEqualTo(NoticeStatus.SENT);
    assertThat(feedRows(n.id())).isEqualTo(1);
    assertThat(TestGateway.publishCallsFor(key)).isEqualTo(1);
  }

  @Test
  @DisplayName(
      "O-FAIL-1, O-FAIL-2, O-FAIL-3: from the first failed send the job's error names the iHanoi notice, the "
          + "gateway's 503 and answer, and what to check; the failure counter counts every attempt; the "
          + "operators, the editor and the approver are mailed once per outage, and again when it went out")
  void firstFailureReachesPeople() throws Exception {
    mailUser(EDITOR, EDITOR_MAIL);
    mailUser(APPROVER, APPROVER_MAIL);
    double before = failures();
    NoticeRecord n = approvedWithGatewayDown();
    String key = "ihanoi-" + n.id();

    // First attempt: no incident yet, but the job shows the error and the alert has gone out.
    Job job = sendJob();
    assertThatThrownBy(() -> managementService.executeJob(job.getId()));
    Job failed = managementService.createJobQuery().jobId(job.getId()).singleResult();
    assertThat(failed.getRetries()).isEqualTo(2);
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
    assertThat(failed.getExceptionMessage())
        .startsWith("Chưa gửi được tin iHanoi số " + n.id() + " «Lịch nghỉ bù của học sinh")
        .contains("(khoá " + key + ")")
        .contains("cổng phát hành (webhook) " + TestGateway.url())
        .contains(
            "trả lời HTTP 503: «{\"error\": \"maintenance\", \"detail\": \"publication backend")
        .contains("Kiểm tra: tình trạng và nhật ký của dịch vụ")
        .doesNotContain("VNeID", "null");
    assertThat(failures() - before).isEqualTo(1.0);
    assertThat(TestMail.subjectsTo(OPERATORS))
        .containsExactly(
            "[Cảnh báo phát hành] Chưa gửi tin iHanoi số "
                + n.id()
                + " «Lịch nghỉ bù của học sinh sau đợt mưa lớn tháng Mười Một» qua webhook-gateway");
    assertThat(TestMail.bodiesTo(OPERATORS).get(0))
        .contains(failed.getExceptionMessage(), "/camunda/app/cockpit/");
    String notGone =
        "[iHanoi] Tin đã duyệt chưa đến được người dân: Lịch nghỉ bù của học sinh sau đợt mưa lớn tháng Mười Một";
    assertThat(TestMail.subjectsTo(EDITOR_MAIL)).containsExactly(notGone);
    assertThat(TestMail.subjectsTo(APPROVER_MAIL)).containsExactly(notGone);
    assertThat(TestMail.bodiesTo(EDITOR_MAIL).get(0)).contains("HTTP 503", "không cần gửi lại tin");

    // The two retries: counted, but nobody is mailed again for the same outage.
    moveClock(Duration.ofMinutes(5).plusSeconds(1));
    assertThat(JobFaults.failUntilIncident(managementService, "Task_SendNotice")).isEqualTo(2);
    assertThat(failures() - before).isEqualTo(3.0);
    assertThat(TestMail.subjectsTo(OPERATORS)).hasSize(1);
    assertThat(TestMail.subjectsTo(EDITOR_MAIL)).hasSize(1);
    Incident incident = JobFaults.incidentAt(runtimeService, "Task_SendNotice");
    assertThat(incident.getIncidentMessage()).isEqualTo(failed.getExceptionMessage());

    // Back: Retry sends it, and everyone told of the outage hears that it went out.
    TestGateway.mode(TestGateway.Mode.OK);
    JobFaults.retry(managementService, incident);
    runDueJobs();
    assertThat(statusOf(n.id())).isEqualTo(NoticeStatus.SENT);
    String gone =
        "[iHanoi] Tin đã đến người dân: Lịch nghỉ bù của học sinh sau đợt mưa lớn tháng Mười Một";
    assertThat(TestMail.subjectsTo(EDITOR_MAIL)).containsExactly(notGone, gone);
    assertThat(TestMail.subjectsTo(APPROVER_MAIL)).containsExactly(notGone, gone);
    assertThat(TestMail.bodiesTo(APPROVER_MAIL).get(1)).contains("sau 3 lần thử không thành");
    assertThat(TestMail.subjectsTo(OPERATORS)).hasSize(2);
    assertThat(TestMail.subjectsTo(OPERATORS).get(1))
        .startsWith("[Đã khắc phục] Đã gửi tin iHanoi số " + n.id());
    assertThat(failures() - before).isEqualTo(3.0);
  }

  private Job sendJob() {
    return managementService
        .createJobQuery()
        .activityId("Task_SendNotice")
        .executable()
        .singleResult();
  }

  private double failures() {
    Counter c =
        meters
            .find("hanoi.publication.failures")
            .tags("channel", "webhook-gateway", "flow", NoticePublication.SOURCE)
            .counter();
    return c == null ? 0 : c.count();
  }

  private void mailUser(String id, String email) {
    ensureUser(id);
    var u = identityService.createUserQuery().userId(id).singleResult();
    u.setEmail(email);
    identityService.saveUser(u);
  }
}
