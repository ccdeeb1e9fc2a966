package vn.gov.hanoi.comms.vneid;

import static vn.gov.hanoi.comms.vneid.VneidStatus.EXPIRED;
import static vn.gov.hanoi.comms.vneid.VneidStatus.IN_APPRAISAL;
import static vn.gov.hanoi.comms.vneid.VneidStatus.IN_APPROVAL;
import static vn.gov.hanoi.comms.vneid.VneidStatus.LAPSED;
import static vn.gov.hanoi.comms.vneid.VneidStatus.PUBLISHED;
import static vn.gov.hanoi.comms.vneid.VneidStatus.REJECTED;
import static vn.gov.hanoi.comms.vneid.VneidStatus.RETURNED;
import static vn.gov.hanoi.comms.vneid.VneidStatus.SCHEDULED;
import static vn.gov.hanoi.comms.vneid.VneidStatus.WITHDRAWN;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.gov.hanoi.comms.vneid.VneidProcess.Tasks;

/**
 * Which status a request may move to from where it stands, and what the round's recorded decisions
 * must show for it (T-1): no approval without a passed appraisal, no publication without the
 * approval of the scope's authority (and, for national scope, the Director's endorsement and C06's
 * approval), no take-down of an article whose window is still open unless the unit withdrew it.
 */
public final class VneidTransitions {
  private static final Map<VneidStatus, Set<VneidStatus>> NEXT =
      Map.of(
          IN_APPRAISAL, EnumSet.of(RETURNED, IN_APPROVAL, WITHDRAWN),
          IN_APPROVAL, EnumSet.of(REJECTED, SCHEDULED, LAPSED, WITHDRAWN),
          RETURNED, EnumSet.of(IN_APPRAISAL, WITHDRAWN),
          REJECTED, EnumSet.of(IN_APPRAISAL, WITHDRAWN),
          SCHEDULED, EnumSet.of(PUBLISHED, WITHDRAWN),
          PUBLISHED, EnumSet.of(EXPIRED, WITHDRAWN),
          EXPIRED, EnumSet.noneOf(VneidStatus.class),
          LAPSED, EnumSet.noneOf(VneidStatus.class),
          WITHDRAWN, EnumSet.noneOf(VneidStatus.class));

  private VneidTransitions() {}

  /**
   * Why the move from {@code from} to {@code to} is not allowed, given the current round's
   * decisions and window; empty when it is. Staying where one is is always allowed (a listener may
   * repeat a status).
   */
  public static Optional<String> refusal(
      VneidStatus from,
      VneidStatus to,
      List<DecisionRecord> roundDecisions,
      String scope,
      RoundRecord round,
      Instant now) {
    if (from == to) {
      return Optional.empty();
    }
    if (!NEXT.get(from).contains(to)) {
      return Optional.of("Đề nghị đang ở trạng thái " + from + ", không thể chuyển sang " + to);
    }
    return switch (to) {
      case IN_APPROVAL ->
          require(
              has(roundDecisions, Tasks.APPRAISE, VneidProcess.PASS), "chưa được thẩm định đạt");
      case RETURNED ->
          require(
              has(roundDecisions, Tasks.APPRAISE, VneidProcess.RETURN),
              "chưa có quyết định trả lại");
      case REJECTED ->
          require(
              roundDecisions.stream().anyMatch(d -> VneidProcess.REJECT.equals(d.outcome())),
              "chưa có quyết định từ chối");
      case SCHEDULED, LAPSED ->
          require(approved(roundDecisions, scope), "chưa được cấp có thẩm quyền phê duyệt");
      case PUBLISHED ->
          require(
              approved(roundDecisions, scope) && !now.isBefore(round.publishFrom()),
              "chưa được phê duyệt hoặc chưa đến thời điểm đăng");
      case EXPIRED -> require(!now.isBefore(round.publishUntil()), "chưa hết thời hạn đăng");
      default -> Optional.empty();
    };
  }

  /**
   * The round carries the approval its scope needs: C06 after the Director's endorsement, or the
   * local approver.
   */
  public static boolean approved(List<DecisionRecord> roundDecisions, String scope) {
    if ("NATIONAL".equals(scope)) {
      return has(roundDecisions, Tasks.ENDORSE_NATIONAL, VneidProcess.APPROVE)
          && has(roundDecisions, Tasks.APPROVE_NATIONAL, VneidProcess.APPROVE)
          && has(roundDecisions, Tasks.APPRAISE, VneidProcess.PASS);
    }
    return has(roundDecisions, Tasks.APPRAISE, VneidProcess.PASS)
        && has(roundDecisions, Tasks.APPROVE, VneidProcess.APPROVE);
  }

  private static boolean has(List<DecisionRecord> decisions, String step, String outcome) {
    return decisions.stream().anyMatch(d -> step.equals(d.step()) && outcome.equals(d.outcome()));
  }

  private static Optional<String> require(boolean ok, String why) {
    return ok ? Optional.empty() : Optional.of("Không thể chuyển trạng thái: đề nghị " + why);
  }
}
