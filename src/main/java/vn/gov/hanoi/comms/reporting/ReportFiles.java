package vn.gov.hanoi.comms.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.gov.hanoi.comms.ihanoi.CadenceRow;
import vn.gov.hanoi.comms.quota.QuotaCompliance;

/**
 * The report as a spreadsheet (one sheet per part, numbers as numeric cells) and as a CSV in long
 * form ({@code phan,ma,ten,chi_tieu,gia_tri}: one figure a line, easy to filter or load elsewhere).
 */
public final class ReportFiles {
  public static final String[] CSV_HEADER = {"phan", "ma", "ten", "chi_tieu", "gia_tri"};

  private ReportFiles() {}

  /**
   * Every figure of the report as (part, code, name, measure, value) lines: the CSV and the summary
   * sheet agree.
   */
  public static List<String[]> lines(Report r) {
    List<String[]> l = new ArrayList<>();
    l.add(row("tong_hop", r.areaCode(), r.areaName(), "so_de_nghi", r.submitted()));
    l.add(row("tong_hop", r.areaCode(), r.areaName(), "da_dang", r.published()));
    l.add(row("tong_hop", r.areaCode(), r.areaName(), "tra_lai", r.returned()));
    l.add(row("tong_hop", r.areaCode(), r.areaName(), "tu_choi", r.rejected()));
    l.add(row("tong_hop", r.areaCode(), r.areaName(), "tin_trung_bi_dung", r.duplicatesStopped()));
    l.add(
        row(
            "tong_hop",
            r.areaCode(),
            r.areaName(),
            "tin_trung_cho_phep_gui",
            r.duplicatesOverridden()));
    for (Report.UnitRequests u : r.requestsByUnit()) {
      u.byStatus()
          .forEach((s, n) -> l.add(row("de_nghi_theo_don_vi", u.unitCode(), u.unitName(), s, n)));
    }
    for (Report.StepTime s : r.stepTimes()) {
      l.add(row("thoi_gian_buoc", s.step(), s.name(), "so_quyet_dinh", s.count()));
      l.add(row("thoi_gian_buoc", s.step(), s.name(), "trung_vi_gio", s.medianHours()));
      l.add(row("thoi_gian_buoc", s.step(), s.name(), "p90_gio", s.p90Hours()));
    }
    for (QuotaCompliance q : r.quota()) {
      l.add(row("dinh_muc_" + q.month(), q.unitCode(), q.unitName(), "toi_thieu", q.required()));
      l.add(row("dinh_muc_" + q.month(), q.unitCode(), q.unitName(), "da_dang", q.published()));
    }
    for (CadenceRow c : r.cadence()) {
      l.add(
          row(
              "chu_ky_ihanoi",
              c.code(),
              c.name(),
              "so_ngay_tu_tin_cuoi",
              c.daysSince() == null ? "" : String.valueOf(c.daysSince())));
    }
    for (Report.ReasonCount c : r.returnReasons()) {
      l.add(row("ly_do_tra_lai", "", c.reason(), "so_lan", c.count()));
    }
    l.add(row("tong_hop", r.areaCode(), r.areaName(), "viec_qua_han", r.overdueInPeriod()));
    for (Report.Overdue o : r.overdue()) {
      l.add(
          row(
              "qua_han",
              o.holderGroup() + "/" + o.step(),
              o.holderName() + " – " + o.stepName(),
              "qua_han_trong_ky",
              o.lateInPeriod()));
      l.add(
          row(
              "qua_han",
              o.holderGroup() + "/" + o.step(),
              o.holderName() + " – " + o.stepName(),
              "dang_qua_han",
              o.openOverdueNow()));
    }
    return l;
  }

  private static String[] row(String part, String code, String name, String measure, Object value) {
    return new String[] {part, code, name, measure, String.valueOf(value)};
  }

  /** RFC 4180 with CRLF, quoting only where needed (Apache Commons CSV). */
  private static final CSVFormat CSV = CSVFormat.DEFAULT;

  public static byte[] csv(Report r) {
    StringBuilder sb = new StringBuilder("\uFEFF"); // BOM: Excel opens UTF-8 Vietnamese correctly
    try (CSVPrinter out = new CSVPrinter(sb, CSV)) {
      out.printRecord((Object[]) CSV_HEADER);
      for (String[] line : lines(r)) {
        out.printRecord(Arrays.stream(line).map(ReportFiles::neutralised));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** One value as the CSV writes it after the first column (neutralised, quoted if needed). */
  static String quote(String raw) {
    StringBuilder sb = new StringBuilder();
    try {
      CSV.print(
          neutralised(raw), sb, false); // not first in its record: a delimiter, then the value
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sb.substring(1);
  }

  /**
   * A text that a spreadsheet would read as a formula (=, +, -, @, tab or carriage return first),
   * such as a return reason "=HYPERLINK(...)", is kept as text by a leading apostrophe; numbers
   * stay numbers.
   */
  static String neutralised(String s) {
    if (s.isEmpty() || "=+-@\t\r".indexOf(s.charAt(0)) < 0 || s.matches("[-+]?\\d+([.,]\\d+)?")) {
      return s;
    }
    return "'" + s;
  }

  public static byte[] xlsx(Report r) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sum = wb.createSheet("Tổng hợp");
      add(sum, "Báo cáo VNeID – iHanoi", r.areaName() + " (" + r.areaCode() + ")");
      add(sum, "Từ ngày", r.from().toString());
      add(sum, "Đến ngày", r.to().toString());
      add(sum, "Số đề nghị", r.submitted());
      add(sum, "Đã đăng", r.published());
      add(sum, "Trả lại", r.returned());
      add(sum, "Từ chối", r.rejected());
      add(sum, "Tin iHanoi trùng bị dừng", r.duplicatesStopped());
      add(sum, "Tin trùng được cho phép gửi", r.duplicatesOverridden());
      add(sum, "Việc quá hạn trong kỳ", r.overdueInPeriod());

      Sheet units = wb.createSheet("Đề nghị theo đơn vị");
      add(units, "Mã đơn vị", "Tên đơn vị", "Trạng thái", "Số đề nghị");
      for (Report.UnitRequests u : r.requestsByUnit()) {
        u.byStatus().forEach((s, n) -> add(units, u.unitCode(), u.unitName(), s, n));
      }
      Sheet outcomes = wb.createSheet("Trả lại - Từ chối");
      add(outcomes, "Số đề nghị", "Mã đơn vị", "Bước", "Kết quả", "Lý do", "Thời điểm");
      for (Report.Outcome o : r.outcomes()) {
        add(
            outcomes,
            o.requestId(),
            o.unitCode(),
            ReportService.STEPS.getOrDefault(o.step(), o.step()),
            o.outcome(),
            o.reasons() == null ? "" : o.reasons(),
            o.at().toString());
      }
      Sheet steps = wb.createSheet("Thời gian xử lý");
      add(steps, "Bước", "Số quyết định", "Trung vị (giờ)", "Phân vị 90 (giờ)");
      for (Report.StepTime s : r.stepTimes()) {
        add(steps, s.name(), s.count(), s.medianHours(), s.p90Hours());
      }
      Sheet quota = wb.createSheet("Định mức");
      add(quota, "Tháng", "Mã đơn vị", "Tên đơn vị", "Tối thiểu", "Đã đăng", "Đạt");
      for (QuotaCompliance q : r.quota()) {
        add(
            quota,
            q.month().toString(),
            q.unitCode(),
            q.unitName(),
            q.required(),
            q.published(),
            q.met() ? "Đạt" : "Chưa đạt");
      }
      Sheet cad = wb.createSheet("Chu kỳ iHanoi");
      add(cad, "Mã", "Cơ quan", "Tin gần nhất", "Số ngày", "Chậm");
      for (CadenceRow c : r.cadence()) {
        add(
            cad,
            c.code(),
            c.name(),
            c.lastSentAt() == null ? "chưa gửi" : c.lastSentAt().toString(),
            c.daysSince() == null ? "" : c.daysSince(),
            c.countsFor() != null ? "Tính vào " + c.countsFor() : c.behind() ? "Chậm" : "Đúng hạn");
      }
      Sheet late = wb.createSheet("Quá hạn");
      add(late, "Đơn vị xử lý", "Bước", "Quá hạn trong kỳ", "Đang quá hạn");
      for (Report.Overdue o : r.overdue()) {
        add(late, o.holderName(), o.stepName(), o.lateInPeriod(), o.openOverdueNow());
      }
      Sheet reasons = wb.createSheet("Lý do trả lại");
      add(reasons, "Lý do", "Số lần");
      for (Report.ReasonCount c : r.returnReasons()) {
        add(reasons, c.reason(), c.count());
      }
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        wb.getSheetAt(i).setColumnWidth(0, 30 * 256);
        wb.getSheetAt(i).setColumnWidth(1, 40 * 256);
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void add(Sheet sheet, Object... values) {
    Row row = sheet.createRow(sheet.getPhysicalNumberOfRows());
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v instanceof Number n) {
        row.createCell(i).setCellValue(n.doubleValue());
      } else {
        row.createCell(i).setCellValue(v == null ? "" : v.toString());
      }
    }
  }
}
