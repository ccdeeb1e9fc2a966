package vn.gov.hanoi.comms.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.gov.hanoi.comms.vneid.VneidProcess;
import vn.gov.hanoi.comms.vneid.VneidProcess.Tasks;

/**
 * {@link IntegrationTest#runDueJobsOf} with a call activity: vneid-request passes its business key
 * to the vneid-notify-unit instance it calls, so the key names a parent and its child.
 */
class RunDueJobsOfTest extends IntegrationTest {

  private static final String WARD = "UBND-P-TRUCBACH";

  @Test
  @DisplayName(
      "V-STEP-4: the return letter's called instance shares the request's business key; its due"
          + " job runs with the request's, under their one root")
  void runsTheDueJobsOfAParentAndTheInstanceItCalled() {
    long id = returnedWithLetterDue(WARD, "ghi-chu.txt", "Thiếu ảnh minh hoạ");
    String key = VneidProcess.businessKey(id);
    assertThat(instancesOf(key)).as("the request and the letter it called").isEqualTo(2);

    runDueJobsOf(key);

    assertThat(instancesOf(key)).as("the letter's instance ended").isEqualTo(1);
    assertThat(openTask(id, Tasks.REVISE)).as("back with the unit").isNotNull();
  }

  @Test
  @DisplayName(
      "V-STEP-4: a business key of two different process trees is refused with both roots named")
  void refusesAKeyOfTwoTrees() {
    String key = "run-due-jobs-of-two-roots";
    List<String> roots =
        List.of(
            letterWaitingToBeMailed(key).getProcessInstanceId(),
            letterWaitingToBeMailed(key).getProcessInstanceId());
    try {
      assertThatThrownBy(() -> runDueJobsOf(key))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(key)
          .hasMessageContaining(roots.get(0))
          .hasMessageContaining(roots.get(1));
    } finally {
      roots.forEach(id -> runtimeService.deleteProcessInstance(id, "test"));
    }
  }

  private long instancesOf(String businessKey) {
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey)
        .count();
  }

  /** A vneid-notify-unit instance of its own, started at its mail job (nothing is issued). */
  private ProcessInstance letterWaitingToBeMailed(String key) {
    return runtimeService
        .createProcessInstanceByKey(VneidProcess.NOTIFY_KEY)
        .businessKey(key)
        .startBeforeActivity("Task_EmailNotice")
        .execute();
  }
}
