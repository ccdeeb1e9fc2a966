package vn.gov.hanoi.comms.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;
import vn.gov.hanoi.comms.vneid.VneidProcess.Tasks;
import vn.gov.hanoi.comms.vneid.VneidRequestRecord;
import vn.gov.hanoi.comms.vneid.content.Scope;

/**
 * Issue 14: 'Việc của tôi' is stored as "my groups' tasks, unclaimed or claimed by me" (one table's
 * OR, PostgreSQL reads only my groups' tasks) instead of "claimed by me OR an unclaimed task of my
 * groups" (an OR across the task and identity-link tables, read whole). Both are run here, as
 * officials, on the same open tasks: the stored filter through Tasklist's filter service (its JSON
 * round trip included) and the former query.
 */
class MyWorkListTest extends IntegrationTest {
  private static final String BADINH = Groups.districtAppraisal("001");
  private static final String TRUCBACH = "UBND-P-TRUCBACH";

  @Autowired TasklistFilters lists;
  @Autowired FilterService filterService;

  @AfterEach
  void logout() {
    identityService.clearAuthentication();
  }

  @Test
  @DisplayName(
      "P-2, T-2, T-3: 'Việc của tôi' shows each official the same tasks as before: their groups'"
          + " unclaimed tasks and those they claimed, not a colleague's claim nor another district's")
  void myWorkShowsTheSameTasksAsTheFormerQuery() {
    Task free = appraisal(TRUCBACH, "00004");
    Task claimedByMe = appraisal(TRUCBACH, "00004");
    Task claimedByColleague = appraisal(TRUCBACH, "00004");
    Task otherDistrict = appraisal("UBND-P-HANGBAC", "00061");
    Task otherClaimed = appraisal("UBND-P-HANGBAC", "00061");
    String hoanKiem = candidateGroupOf(otherDistrict);
    long returned = returnedForRevision(TRUCBACH, "mw-viec.txt", "Thiếu nguồn tin");
    Task revise = openTask(returned, Tasks.REVISE);

    Map<String, List<String>> officials = new TreeMap<>();
    officials.put("mw.badinh.1", List.of(BADINH));
    officials.put("mw.badinh.2", List.of(BADINH));
    officials.put("mw.hoankiem", List.of(hoanKiem));
    officials.put("mw.hai.quan", List.of(BADINH, hoanKiem));
    officials.put("mw.trucbach", List.of(Groups.unit(TRUCBACH)));
    officials.put("mw.trucbach.2", List.of(Groups.unit(TRUCBACH)));
    officials.forEach((user, groups) -> ensureUser(user, groups.toArray(String[]::new)));
    claim(claimedByMe, "mw.badinh.1", officials);
    claim(claimedByColleague, "mw.badinh.2", officials);
    claim(otherClaimed, "mw.hoankiem", officials);
    claim(revise, "mw.trucbach", officials);

    officials.forEach(
        (user, groups) -> {
          List<String> shown = shown(user, groups);
          assertThat(shown).as(user).doesNotHaveDuplicates();
          assertThat(shown).as(user).containsExactlyInAnyOrderElementsOf(former(user, groups));
          assertThat(count(user, groups)).as(user).isEqualTo(shown.size());
        });
    // The comparison is not between two empty lists: each kind of task is where it must be.
    assertThat(shown("mw.badinh.1", officials.get("mw.badinh.1")))
        .contains(free.getId(), claimedByMe.getId())
        .doesNotContain(
            claimedByColleague.getId(),
            otherDistrict.getId(),
            otherClaimed.getId(),
            revise.getId());
    assertThat(shown("mw.badinh.2", officials.get("mw.badinh.2")))
        .contains(free.getId(), claimedByColleague.getId())
        .doesNotContain(claimedByMe.getId(), otherDistrict.getId());
    assertThat(shown("mw.hai.quan", officials.get("mw.hai.quan")))
        .contains(free.getId(), otherDistrict.getId())
        .doesNotContain(claimedByMe.getId(), otherClaimed.getId());
    assertThat(shown("mw.trucbach", officials.get("mw.trucbach"))).contains(revise.getId());
    assertThat(shown("mw.trucbach.2", officials.get("mw.trucbach.2")))
        .doesNotContain(revise.getId(), free.getId());
  }

  @Test
  @DisplayName(
      "P-2, T-3: the one task the former query showed and the list no longer does: one claimed"
          + " before its holder left the group, which the guard no longer lets them complete")
  void aTaskClaimedBeforeLeavingTheGroupIsNoLongerInMyWork() {
    Task held = appraisal(TRUCBACH, "00004");
    String hoanKiem = candidateGroupOf(appraisal("UBND-P-HANGBAC", "00061"));
    ensureUser("mw.chuyen", BADINH);
    claim(held, "mw.chuyen", Map.of("mw.chuyen", List.of(BADINH)));
    // Moved from Ba Đình's appraisal to Hoàn Kiếm's by an administrator (Camunda Admin).
    identityService.deleteMembership("mw.chuyen", BADINH);
    identityService.createMembership("mw.chuyen", hoanKiem);

    List<String> groups = List.of(hoanKiem);
    assertThat(former("mw.chuyen", groups)).contains(held.getId());
    assertThat(shown("mw.chuyen", groups)).doesNotContain(held.getId());
    assertThat(taskService.createTaskQuery().taskId(held.getId()).singleResult().getAssignee())
        .isEqualTo("mw.chuyen");
  }

  private Task appraisal(String unit, String area) {
    VneidRequestRecord r = submit(draft(unit, Scope.COMMUNE, List.of(area)));
    return openTask(r.id(), Tasks.APPRAISE);
  }

  private String candidateGroupOf(Task t) {
    return taskService.getIdentityLinksForTask(t.getId()).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .map(IdentityLink::getGroupId)
        .findFirst()
        .orElseThrow();
  }

  private void claim(Task t, String user, Map<String, List<String>> officials) {
    identityService.setAuthentication(user, officials.get(user));
    try {
      taskService.claim(t.getId(), user);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** The list as Tasklist runs it: the stored filter, as the official. */
  private List<String> shown(String user, List<String> groups) {
    identityService.setAuthentication(user, groups);
    try {
      return filterService.<Task>list(lists.idOf(TasklistFilters.MINE)).stream()
          .map(Task::getId)
          .toList();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private long count(String user, List<String> groups) {
    identityService.setAuthentication(user, groups);
    try {
      return filterService.count(lists.idOf(TasklistFilters.MINE));
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** The list's former query, as the official. */
  private List<String> former(String user, List<String> groups) {
    identityService.setAuthentication(user, groups);
    try {
      return taskService
          .createTaskQuery()
          .or()
          .taskCandidateGroupInExpression("${currentUserGroups()}")
          .taskAssigneeExpression("${currentUser()}")
          .endOr()
          .orderByDueDate()
          .asc()
          .list()
          .stream()
          .map(Task::getId)
          .toList();
    } finally {
      identityService.clearAuthentication();
    }
  }
}
