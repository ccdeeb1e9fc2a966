package vn.gov.hanoi.comms.vneid.notice;

import static vn.gov.hanoi.comms.common.web.Html.escape;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.vneid.RoundRecord;

/**
 * The notice as a printable Vietnamese official letter (national header, number, place and date,
 * subject, addressee, reasons, requested changes, signer's title). Every value is escaped.
 */
final class NoticeDocument {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private NoticeDocument() {}

  static String html(NoticeRecord n, RoundRecord r) {
    LocalDate issued = LocalDate.ofInstant(n.issuedAt(), ProductClock.HANOI);
    String changes = switch (n.kind()) {
      case RETURN -> "Đề nghị đơn vị chỉnh sửa bài viết theo các nội dung nêu trên và gửi lại để thẩm định; "
          + "hoặc rút đề nghị nếu không còn nhu cầu.";
      case REJECT -> "Đơn vị có thể chỉnh sửa, bổ sung và gửi lại đề nghị, hoặc rút đề nghị.";
      case LAPSED -> "Đề nghị đơn vị gửi đề nghị mới với thời gian đăng tin phù hợp nếu còn nhu cầu.";
    };
    return """
        <!DOCTYPE html>
        <html lang="vi"><head><meta charset="utf-8"><title>Thông báo %1$s</title>
        <style>
          body { font-family: "Times New Roman", serif; font-size: 14pt; max-width: 21cm; margin: 1.5cm auto; line-height: 1.5; }
          .header { display: flex; justify-content: space-between; text-align: center; }
          .header div { width: 48%%; } .bold { font-weight: bold; } .underline { text-decoration: underline; }
          .date { text-align: right; font-style: italic; } .subject { text-align: center; font-weight: bold; margin: 1em 0; }
          .signature { margin-left: 55%%; text-align: center; margin-top: 2em; }
          @media print { body { margin: 0; } }
        </style></head>
        <body>
        <div class="header">
          <div><div>CÔNG AN THÀNH PHỐ HÀ NỘI</div><div class="bold underline">%2$s</div><div>Số: %1$s</div>
               <div><em>%3$s</em></div></div>
          <div><div class="bold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
               <div class="bold underline">Độc lập – Tự do – Hạnh phúc</div></div>
        </div>
        <p class="date">Hà Nội, ngày %4$02d tháng %5$02d năm %6$d</p>
        <p class="subject">THÔNG BÁO</p>
        <p>Kính gửi: %7$s</p>
        <p>Ngày %8$s, %7$s có Văn bản số %9$s đề nghị đăng tải bài viết «%10$s» trên ứng dụng VNeID (vòng %11$d).
           Qua xem xét, bài viết %12$s.</p>
        <p><span class="bold">Lý do:</span> %13$s</p>
        <p><span class="bold">Đề nghị:</span> %14$s</p>
        <div class="signature"><div class="bold">%15$s</div><div><em>(đã ký)</em></div></div>
        <p><em>Nơi nhận:</em><br>- Như trên;<br>- Lưu: VT.</p>
        </body></html>
        """.formatted(
        escape(n.number()), escape(n.issuerName().toUpperCase(java.util.Locale.ROOT)),
        escape(n.kind().subject()), issued.getDayOfMonth(), issued.getMonthValue(), issued.getYear(),
        escape(n.addressee()), DATE.format(r.letterDate()), escape(r.letterNumber()), escape(r.title()),
        n.roundNo(), escape(n.kind().finding()), escape(n.reasons()).replaceAll("\\R", "<br>"),
        escape(changes), escape(n.signerTitle()));
  }
}
