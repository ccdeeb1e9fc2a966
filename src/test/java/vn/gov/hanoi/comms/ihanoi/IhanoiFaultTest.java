package vn.gov.hanoi.comms.ihanoi;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.gov.hanoi.comms.testsupport.JobFaults;
import vn.gov.hanoi.comms.testsupport.TestGateway;

/**
 * The send job of an approved notice when the gateway is down: retried, an incident, then sent
 * once.
 */
class IhanoiFaultTest extends IhanoiTestBase {
  private static final String EDUCATION = "SO-GDDT";

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

  @Test
  @DisplayName(
      "I-LEVEL-1: an approved notice whose gateway answers 503 stays approved, is retried 3 times and raises an "
          + "incident; after Retry it is sent once, in the feed and at the gateway")
  void gatewayDownThenRetried() {
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
    String key = "ihanoi-" + n.id();

    assertThat(JobFaults.failUntilIncident(managementService, "Task_SendNotice")).isEqualTo(3);
    Incident incident = JobFaults.incidentAt(runtimeService, "Task_SendNotice");
    assertThat(incident.getIncidentMessage()).contains("answered 503", key);
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
}
