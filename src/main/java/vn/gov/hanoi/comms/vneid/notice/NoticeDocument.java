package vn.gov.hanoi.comms.vneid.notice;

import static vn.gov.hanoi.comms.common.web.Html.escape;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.vneid.RoundRecord;

/**
 * The notice as a printable Vietnamese official letter (national header, number, place and date,
 * subject, addressee, reasons, requested changes, signer's title). Every value is escaped.
 */
final class NoticeDocument {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private NoticeDocument() {}

  static String html(NoticeRecord n, RoundRecord r, String signerName) {
    LocalDate issued = LocalDate.ofInstant(n.issuedAt(), ProductClock.HANOI);
    String changes =
        switch (n.kind()) {
          case RETURN ->
              "Đề nghị đơn vị chỉnh sửa bài viết theo các nội dung nêu trên và gửi lại để thẩm định; "
                  + "hoặc rút đề nghị nếu không còn nhu cầu.";
          case REJECT -> "Đơn vị có thể chỉnh sửa, bổ sung và gửi lại đề nghị, hoặc rút đề nghị.";
          case LAPSED ->
              "Đề nghị đơn vị gửi đề nghị mới với thời gian đăng tin phù hợp nếu còn nhu cầu.";
        };
    return """
        <!DOCTYPE html>
        <html lang="vi"><head><meta charset="utf-8"><title>Thông báo %1$s</title>
        <style>
          /* Decree 30/2020/ND-CP: Times New Roman 13-14 pt on A4; the issuing agency (12-13 pt) and the number on the
             left, the national motto on two lines on the right (12-13 pt upper case, then 13-14 pt underlined), the
             subject centred, the signature block at the right. The PDF embeds Liberation Serif (Times metrics). */
          @page { size: A4; margin: 2cm 1.5cm 2cm 3cm; }
          body { font-family: "Times New Roman", Tinos, "Liberation Serif", serif; font-size: 14pt; max-width: 17cm;
                 margin: 1cm auto; line-height: 1.4; }
          table.header { width: 100%%; border-collapse: collapse; }
          table.header td { vertical-align: top; text-align: center; padding: 0; }
          table.header td.agency { width: 42%%; font-size: 12pt; padding-right: 0.4cm; }
          table.header td.motto { width: 58%%; }
          .nowrap { white-space: nowrap; } .bold { font-weight: bold; } .underline { text-decoration: underline; }
          .motto-1 { font-size: 12pt; font-weight: bold; white-space: nowrap; }
          .motto-2 { font-size: 13pt; font-weight: bold; white-space: nowrap; text-decoration: underline; }
          .date { text-align: right; font-style: italic; } .subject { text-align: center; font-weight: bold; margin: 1em 0 0; }
          .about { text-align: center; margin: 0 0 1em; }
          .signature { margin-left: 50%%; text-align: center; margin-top: 2em; }
          .signer { margin-top: 3em; font-weight: bold; }
          @media print { body { margin: 0; } }
        </style></head>
        <body>
        <table class="header"><tr>
          <td class="agency"><div class="nowrap">CÔNG AN THÀNH PHỐ HÀ NỘI</div><div class="bold underline">%2$s</div>
              <div>Số: %1$s</div></td>
          <td class="motto"><div class="motto-1">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
              <div class="motto-2">Độc lập - Tự do - Hạnh phúc</div></td>
        </tr></table>
        <p class="date">Hà Nội, ngày %4$02d tháng %5$02d năm %6$d</p>
        <p class="subject">THÔNG BÁO</p>
        <p class="about">%3$s</p>
        <p>Kính gửi: %7$s</p>
        <p>Ngày %8$s, %7$s có Văn bản số %9$s đề nghị đăng tải bài viết «%10$s» trên ứng dụng VNeID (vòng %11$d).
           Qua xem xét, bài viết %12$s.</p>
        <p><span class="bold">Lý do:</span> %13$s</p>
        <p><span class="bold">Đề nghị:</span> %14$s</p>
        <div class="signature"><div class="bold">%15$s</div><div><em>(đã ký)</em></div>
          <div class="signer">%16$s</div></div>
        <p><em>Nơi nhận:</em><br>- Như trên;<br>- Lưu: VT.</p>
        </body></html>
        """
        .formatted(
            escape(n.number()),
            escape(n.issuerName().toUpperCase(Locale.ROOT)),
            escape(n.kind().subject()),
            issued.getDayOfMonth(),
            issued.getMonthValue(),
            issued.getYear(),
            escape(n.addressee()),
            DATE.format(r.letterDate()),
            escape(r.letterNumber()),
            escape(r.title()),
            n.roundNo(),
            escape(n.kind().finding()),
            escape(n.reasons()).replaceAll("\\R", "<br>"),
            escape(changes),
            escape(n.signerTitle()),
            escape(signerName == null ? "" : signerName));
  }
}
