package vn.gov.hanoi.comms.vneid.letter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.vneid.RoundRecord;

/**
 * The letter as a printable Vietnamese official document (national header, number, place and date,
 * subject, addressee, reasons, requested changes, signer's title). The layout is
 * templates/vneid/letter.html (Thymeleaf, every value escaped by th:text); this class computes its
 * model.
 */
final class LetterDocument {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final String TEMPLATE = "vneid/letter";

  private LetterDocument() {}

  /** What the letter says, as plain text; the template lays it out. */
  record Letter(
      String number,
      String issuer,
      String subject,
      String day,
      String month,
      int year,
      String addressee,
      String letterDate,
      String letterNumber,
      String title,
      int roundNo,
      String finding,
      List<String> reasonLines,
      String changes,
      String signerTitle,
      String signerName) {}

  static String html(ITemplateEngine templates, LetterRecord n, RoundRecord r, String signerName) {
    Context model = new Context(Locale.ROOT);
    model.setVariable("n", letter(n, r, signerName));
    return templates.process(TEMPLATE, model);
  }

  static Letter letter(LetterRecord n, RoundRecord r, String signerName) {
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
    return new Letter(
        n.number(),
        n.issuerName().toUpperCase(Locale.ROOT),
        n.kind().subject(),
        String.format(Locale.ROOT, "%02d", issued.getDayOfMonth()),
        String.format(Locale.ROOT, "%02d", issued.getMonthValue()),
        issued.getYear(),
        n.addressee(),
        DATE.format(r.letterDate()),
        r.letterNumber(),
        r.title(),
        n.roundNo(),
        n.kind().finding(),
        n.reasons() == null ? List.of() : List.of(n.reasons().split("\\R", -1)),
        changes,
        n.signerTitle(),
        signerName == null ? "" : signerName);
  }
}
