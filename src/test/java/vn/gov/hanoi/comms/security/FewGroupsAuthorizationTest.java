package vn.gov.hanoi.comms.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import vn.gov.hanoi.comms.benchmark.StatementCounter;
import vn.gov.hanoi.comms.common.RefusedException;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;
import vn.gov.hanoi.comms.vneid.VneidProcess;
import vn.gov.hanoi.comms.vneid.VneidRequestRecord;
import vn.gov.hanoi.comms.vneid.content.Scope;

/**
 * Issue 14: {@link FewGroupsAuthorizationManager} skips Camunda's per-command read of every
 * authorized group for a user with few groups, and narrows nothing less: a reviewer still sees and
 * acts only on their own jurisdiction's tasks (P-2, T-3). TrustBoundaryTest and
 * IhanoiTrustBoundaryTest try the same boundary through every door.
 */
class FewGroupsAuthorizationTest extends IntegrationTest {
  private static final String GROUP_READ = "select ACT_RU_AUTHORIZATION";

  @Autowired StatementCounter counter;

  @Value("${app.security.auth-group-filter-threshold}")
  int threshold;

  @AfterEach
  void logout() {
    identityService.clearAuthentication();
  }

  @Test
  @DisplayName("P-2, T-3: a district reviewer sees exactly their district's tasks, not another's")
  void aDistrictReviewerSeesExactlyTheirDistrictsTasksAndIsRefusedOthers() {
    VneidRequestRecord own = submit(draft("UBND-P-TRUCBACH", Scope.COMMUNE, List.of("00004")));
    VneidRequestRecord other = submit(draft("UBND-P-HANGBAC", Scope.COMMUNE, List.of("00061")));
    Task ownTask = openTask(own.id(), VneidProcess.Tasks.APPRAISE);
    Task othersTask = openTask(other.id(), VneidProcess.Tasks.APPRAISE);
    assertThat(ownTask).isNotNull();
    assertThat(othersTask).isNotNull();

    List<String> districts =
        taskService
            .createTaskQuery()
            .taskDefinitionKey(VneidProcess.Tasks.APPRAISE)
            .taskCandidateGroup(Groups.districtAppraisal("001"))
            // claimed ones too (other tests in the shared context claim Ba Đình's tasks)
            .includeAssignedTasks()
            .list()
            .stream()
            .map(Task::getId)
            .toList();

    // Ba Đình's appraiser, also in a group that holds no grant at all.
    identityService.setAuthentication(
        "fg.ca.badinh", List.of(Groups.districtAppraisal("001"), "fg-no-grant"));
    List<String> visible =
        taskService.createTaskQuery().taskDefinitionKey(VneidProcess.Tasks.APPRAISE).list().stream()
            .map(Task::getId)
            .toList();

    assertThat(visible).containsExactlyInAnyOrderElementsOf(districts).contains(ownTask.getId());
    assertThat(visible).doesNotContain(othersTask.getId());
    // The engine's own check hides it even when asked by id; working on it is refused.
    assertThat(taskService.createTaskQuery().taskId(othersTask.getId()).count()).isZero();
    assertThatThrownBy(() -> taskService.claim(othersTask.getId(), "fg.ca.badinh"))
        .isInstanceOfAny(AuthorizationException.class, RefusedException.class);
  }

  @Test
  @DisplayName("P-2: few groups are passed to the checks unread; many keep the engine's narrowing")
  void aUserWithFewGroupsPassesThemUnreadAndOneWithManyKeepsTheEnginesNarrowing() {
    List<String> few = List.of(Groups.districtAppraisal("001"), "fg-no-grant");
    long before = groupReads();
    List<String> passed = inCommand(() -> authorizations().filterAuthenticatedGroupIds(few));
    assertThat(groupReads() - before).isZero();
    assertThat(passed).containsExactlyInAnyOrderElementsOf(few);

    List<String> many = new ArrayList<>(List.of(Groups.districtAppraisal("001")));
    while (many.size() <= threshold) {
      many.add("fg-no-grant-" + many.size());
    }
    before = groupReads();
    passed = inCommand(() -> authorizations().filterAuthenticatedGroupIds(many));
    assertThat(groupReads() - before).isEqualTo(1);
    assertThat(passed).containsExactly(Groups.districtAppraisal("001"));
  }

  private static org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager
      authorizations() {
    return Context.getCommandContext().getAuthorizationManager();
  }

  private <T> T inCommand(Supplier<T> body) {
    return ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired()
        .execute(context -> body.get());
  }

  private long groupReads() {
    Map<String, Long> families = counter.families();
    return families.getOrDefault(GROUP_READ, 0L);
  }
}
