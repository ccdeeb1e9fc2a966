package vn.gov.hanoi.comms.ihanoi;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.common.web.FormText;
import vn.gov.hanoi.comms.ihanoi.IhanoiDecisionRepository.DecisionRow;
import vn.gov.hanoi.comms.ihanoi.IhanoiFindingRepository.FindingRow;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Tasks;
import vn.gov.hanoi.comms.organisation.OrganisationService;
import vn.gov.hanoi.comms.security.PeopleNames;

/**
 * What was said about a notice, as it travels from one person to the next (I-TALK-1): every
 * recorded decision with its note (the approver's return reason, the editor's request to override,
 * the approver's override reason) and every duplicate finding, oldest first, by people's names. The
 * API returns them as lists; the forms show them as one Markdown text, every typed text escaped.
 */
@Service
public class NoticeConversation {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").withZone(ProductClock.HANOI);

  private static final Map<String, String> STEPS =
      Map.of(
          Tasks.EDIT,
          "Biên tập",
          Tasks.RESOLVE_DUPLICATE,
          "Xử lý tin trùng lặp",
          Tasks.APPROVE,
          "Duyệt tin",
          "WITHDRAW",
          "Rút tin");

  private static final Map<String, String> OUTCOMES =
      Map.of(
          "SUBMITTED",
          "Chuyển duyệt",
          IhanoiProcess.REVISE,
          "Sửa lại nội dung",
          IhanoiProcess.WITHDRAW,
          "Rút tin",
          IhanoiProcess.ASK_OVERRIDE,
          "Đề nghị người duyệt cho phép gửi",
          IhanoiProcess.APPROVE,
          "Duyệt và gửi",
          IhanoiProcess.RETURN,
          "Trả lại biên tập",
          IhanoiProcess.OVERRIDE_DUPLICATE,
          "Cho phép gửi dù trùng lặp");

  private static final Map<String, String> STAGES =
      Map.of(
          IhanoiProcess.BEFORE_APPROVAL, "Kiểm tra trùng lặp trước khi duyệt",
          IhanoiProcess.BEFORE_SEND, "Kiểm tra trùng lặp trước khi gửi");

  private final IhanoiDecisionRepository decisions;
  private final IhanoiFindingRepository findings;
  private final PeopleNames people;
  private final OrganisationService organisations;

  public NoticeConversation(
      IhanoiDecisionRepository decisions,
      IhanoiFindingRepository findings,
      PeopleNames people,
      OrganisationService organisations) {
    this.decisions = decisions;
    this.findings = findings;
    this.people = people;
    this.organisations = organisations;
  }

  /** One decision as the API returns it: the step, who (login and name), what, the note, when. */
  public record Decision(
      String step,
      String stepName,
      String actor,
      String actorName,
      String outcome,
      String outcomeName,
      String note,
      Instant at) {}

  /** One duplicate finding as the API returns it (I-DEDUP-4). */
  public record Finding(
      long earlierNoticeId,
      String issuerCode,
      String issuer,
      String title,
      String level,
      Instant earlierAt,
      double similarity,
      double containment,
      String stage,
      Instant foundAt,
      boolean overridden) {}

  public List<Decision> decisions(NoticeRecord n) {
    List<Decision> out = new ArrayList<>();
    for (DecisionRow d : decisions.decisions(n.id())) {
      out.add(
          new Decision(
              d.step(),
              STEPS.getOrDefault(d.step(), d.step()),
              d.decidedBy(),
              people.withTitle(d.decidedBy(), IhanoiRoles.requiredGroup(n, d.step())),
              d.outcome(),
              OUTCOMES.getOrDefault(d.outcome(), d.outcome()),
              d.note(),
              d.decidedAt()));
    }
    return out;
  }

  public List<Finding> findings(NoticeRecord n) {
    List<Finding> out = new ArrayList<>();
    for (FindingRow f : findings.findings(n.id())) {
      out.add(
          new Finding(
              f.earlierId(),
              f.earlierOrganisationCode(),
              organisations
                  .find(f.earlierOrganisationCode())
                  .map(o -> o.name())
                  .orElse(f.earlierOrganisationCode()),
              f.earlierTitle(),
              f.earlierLevel().name(),
              f.earlierAt(),
              f.similarity(),
              f.containment(),
              f.stage(),
              f.foundAt(),
              f.overridden()));
    }
    return out;
  }

  /**
   * The conversation as the next person's form shows it: a Markdown list, oldest first, every typed
   * text escaped ({@link FormText}).
   */
  public String markdown(NoticeRecord n) {
    record Line(Instant at, String text) {}
    List<Line> lines = new ArrayList<>();
    for (Decision d : decisions(n)) {
      lines.add(
          new Line(
              d.at(),
              "- "
                  + WHEN.format(d.at())
                  + " · "
                  + d.stepName()
                  + ": **"
                  + d.outcomeName()
                  + "** – "
                  + FormText.escape(d.actorName())
                  + note(d.note())));
    }
    for (Finding f : findings(n)) {
      lines.add(
          new Line(
              f.foundAt(),
              "- "
                  + WHEN.format(f.foundAt())
                  + " · "
                  + STAGES.getOrDefault(f.stage(), f.stage())
                  + ": **trùng với tin "
                  + f.earlierNoticeId()
                  + "** «"
                  + FormText.escape(f.title())
                  + "» của "
                  + FormText.escape(f.issuer())
                  + ", giống "
                  + percent(f)
                  + (f.overridden() ? " (người duyệt đã cho phép gửi)" : "")));
    }
    if (lines.isEmpty()) {
      return "Chưa có trao đổi nào: tin vừa được tạo.";
    }
    lines.sort(Comparator.comparing(Line::at));
    StringBuilder sb = new StringBuilder();
    lines.forEach(l -> sb.append(l.text()).append('\n'));
    return sb.toString();
  }

  /**
   * The latest note addressed to the next person, shown above the form: the approver's return
   * reason to the editor, the editor's request to the approver; empty when the last word had none.
   */
  public String latestNote(NoticeRecord n) {
    List<Decision> all = decisions(n);
    if (all.isEmpty()) {
      return "";
    }
    Decision last = all.get(all.size() - 1);
    if (last.note() == null || last.note().isBlank()) {
      return "";
    }
    return "**"
        + last.outcomeName()
        + "** – "
        + FormText.escape(last.actorName())
        + ", "
        + WHEN.format(last.at())
        + ":\n\n> "
        + oneParagraph(last.note());
  }

  static String percent(Finding f) {
    return Math.round(Math.max(f.similarity(), f.containment()) * 100) + " %";
  }

  private static String note(String note) {
    return note == null || note.isBlank() ? "" : ": «" + oneParagraph(note) + "»";
  }

  private static String oneParagraph(String note) {
    return FormText.escape(note.strip()).replaceAll("\\s*\\R\\s*", " / ");
  }
}
