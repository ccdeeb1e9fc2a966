package vn.gov.hanoi.comms.reporting;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import vn.gov.hanoi.comms.common.MailProperties;

/**
 * Emails a report with its spreadsheet and CSV to the City Police (VNeID) and the City Office
 * (iHanoi) recipients configured in {@code app.reports.recipients.vneid} and {@code .ihanoi}.
 */
@Service
public class ReportMailer {
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private final JavaMailSender mail;
  private final String from;
  private final List<String> vneid;
  private final List<String> ihanoi;

  public ReportMailer(
      JavaMailSender mail, MailProperties mailProperties, ReportProperties properties) {
    this.mail = mail;
    this.from = mailProperties.from();
    this.vneid =
        properties.recipients().vneid().stream()
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .toList();
    this.ihanoi =
        properties.recipients().ihanoi().stream()
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .toList();
  }

  /**
   * Sends to every configured recipient; returns how many. A failure propagates (job retry, then
   * incident).
   */
  public int send(Report r, ReportKind kind) {
    List<String> to =
        java.util.stream.Stream.concat(vneid.stream(), ihanoi.stream()).distinct().toList();
    if (to.isEmpty()) {
      return 0;
    }
    String name = "bao-cao-" + r.areaCode() + "-" + r.from() + "-" + r.to();
    try {
      MimeMessage message = mail.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(from);
      helper.setTo(to.toArray(String[]::new));
      helper.setSubject(
          "[Báo cáo "
              + kind.label()
              + "] VNeID – iHanoi, "
              + r.areaName()
              + ", "
              + r.from()
              + " đến "
              + r.to());
      helper.setText(
          "Kính gửi Công an Thành phố (Phòng Tham mưu, PC06) và Văn phòng UBND Thành phố,\n\n"
              + "Số liệu kỳ "
              + r.from()
              + " – "
              + r.to()
              + " ("
              + r.areaName()
              + "):\n"
              + "- Đề nghị đăng tin VNeID: "
              + r.submitted()
              + "; đã đăng: "
              + r.published()
              + "; trả lại: "
              + r.returned()
              + "; từ chối: "
              + r.rejected()
              + "\n"
              + "- Đơn vị chưa đạt định mức: "
              + r.quota().stream().filter(q -> !q.met()).count()
              + "\n"
              + "- Cơ quan chậm gửi tin iHanoi (quá 3 ngày): "
              + r.cadence().stream().filter(c -> c.behind()).count()
              + "\n"
              + "- Tin iHanoi trùng bị dừng: "
              + r.duplicatesStopped()
              + "; được cho phép gửi: "
              + r.duplicatesOverridden()
              + "\n- Việc quá hạn xử lý trong kỳ: "
              + r.overdueInPeriod()
              + "; đang quá hạn: "
              + r.overdue().stream().mapToInt(Report.Overdue::openOverdueNow).sum()
              + "\n\nChi tiết trong tệp đính kèm (XLSX và CSV).",
          false);
      helper.addAttachment(name + ".xlsx", new ByteArrayResource(ReportFiles.xlsx(r)), XLSX);
      helper.addAttachment(
          name + ".csv", new ByteArrayResource(ReportFiles.csv(r)), "text/csv; charset=UTF-8");
      mail.send(message);
      return to.size();
    } catch (MessagingException e) {
      throw new IllegalStateException("Không gửi được báo cáo " + name, e);
    }
  }
}
