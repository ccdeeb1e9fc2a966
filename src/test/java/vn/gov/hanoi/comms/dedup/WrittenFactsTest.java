package vn.gov.hanoi.comms.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The times a notice writes, as {@link WrittenFacts} reads them. */
class WrittenFactsTest {

  private static List<String> times(String body) {
    return new NoticeAnalyzer()
        .analyse("Lịch", body, null).facts().stream()
            .filter(f -> f.type() == FactType.TIME)
            .map(Fact::key)
            .toList();
  }

  @Test
  @DisplayName(
      "I-DEDUP-3: a part of day before a time range holds for both ends, unless the range crosses"
          + " midnight")
  void partOfDayBeforeRange() {
    assertThat(times("Xe chở rác đi qua ngõ mỗi tối từ 7 giờ đến 10 giờ."))
        .containsExactly("19:00", "22:00");
    assertThat(times("Xe chở rác đi qua ngõ từ 19h00 đến 22h00 hằng ngày."))
        .containsExactly("19:00", "22:00");
    assertThat(times("Cấm xe tải qua cầu vào ban đêm 23h–4h30 trong tuần."))
        .containsExactly("23:00", "4:30");
  }

  @Test
  @DisplayName(
      "I-DEDUP-3: \"tới\" between two times means until, not evening (\"tối\" folds the same):"
          + " 7 giờ tới 11 giờ is 7:00-11:00")
  void toiBetweenTimesIsUntilNotEvening() {
    assertThat(times("Nhà văn hóa tổ dân phố mở cửa từ 7 giờ tới 11 giờ các ngày thứ Bảy."))
        .containsExactly("7:00", "11:00");
    assertThat(times("Điểm tiêm nhận người dân từ 8h tới 10h30 mỗi sáng."))
        .containsExactly("8:00", "10:30");
    assertThat(times("Đoàn thanh niên dọn vệ sinh ngõ vào tối từ 7 giờ tới 9 giờ."))
        .containsExactly("19:00", "21:00");
    assertThat(times("Sân bóng chỉ mở 6 giờ tối thứ Sáu.")).containsExactly("18:00");
  }
}
