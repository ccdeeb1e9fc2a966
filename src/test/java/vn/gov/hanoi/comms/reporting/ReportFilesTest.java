package vn.gov.hanoi.comms.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReportFilesTest {

  static Report withReturnReasons(String... reasons) {
    List<Report.ReasonCount> counts =
        java.util.Arrays.stream(reasons).map(r -> new Report.ReasonCount(r, 1)).toList();
    return new Report(
        LocalDate.of(2030, 3, 1),
        LocalDate.of(2030, 3, 7),
        "250",
        "Huyện Mê Linh",
        Instant.EPOCH,
        List.of(),
        0,
        0,
        reasons.length,
        0,
        List.of(),
        counts,
        List.of(),
        List.of(),
        List.of(),
        0,
        0,
        List.of());
  }

  private static List<String> reasonCells(Report r) {
    String csv = new String(ReportFiles.csv(r), StandardCharsets.UTF_8);
    return csv.lines()
        .filter(l -> l.startsWith("ly_do_tra_lai,"))
        .map(l -> l.substring("ly_do_tra_lai,,".length()))
        .map(l -> l.substring(0, l.lastIndexOf(",so_lan,")))
        .toList();
  }

  @Test
  @DisplayName(
      "R-1, T-3: a return reason a spreadsheet would run as a formula (=HYPERLINK, +, -, @, tab) is kept as text")
  void formulasAreKeptAsText() {
    List<String> cells =
        reasonCells(
            withReturnReasons(
                "=HYPERLINK(\"http://evil.example/x\",\"Bấm vào đây\")",
                "+1+cmd|' /C calc'!A0",
                "-2+3",
                "@SUM(A1:A9)",
                "\t=1+1",
                "Ảnh mờ, thiếu nguồn"));
    assertThat(cells)
        .containsExactly(
            "\"'=HYPERLINK(\"\"http://evil.example/x\"\",\"\"Bấm vào đây\"\")\"",
            "'+1+cmd|' /C calc'!A0",
            "'-2+3",
            "'@SUM(A1:A9)",
            "'\t=1+1",
            "\"Ảnh mờ, thiếu nguồn\"");
  }

  @Test
  @DisplayName("R-1: numbers, negative ones included, stay numbers; ordinary text is untouched")
  void numbersStayNumbers() {
    assertThat(ReportFiles.neutralised("-5")).isEqualTo("-5");
    assertThat(ReportFiles.neutralised("+2,5")).isEqualTo("+2,5");
    assertThat(ReportFiles.neutralised("12.0")).isEqualTo("12.0");
    assertThat(ReportFiles.neutralised("")).isEmpty();
    assertThat(ReportFiles.neutralised("Thiếu nguồn = ảnh mờ")).isEqualTo("Thiếu nguồn = ảnh mờ");
  }
}
