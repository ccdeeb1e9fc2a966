package vn.gov.hanoi.comms.ihanoi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A body's cadence row and the reminder's name, as people read them (plain Java). */
class CadenceRowTest {
  private static final Instant NOW = Instant.parse("2026-12-02T01:00:00Z"); // 08:00 in Hanoi
  private static final Duration GAP = Duration.ofDays(3);

  private static NoticeRecord sent(String org, Instant at) {
    return new NoticeRecord(
        7,
        org,
        NoticeLevel.COMMUNE,
        "00028",
        "Lịch tiêm chủng tháng 12",
        "<p>x</p>",
        "x",
        NoticeTopic.HEALTH,
        NoticeUrgency.NORMAL,
        null,
        NoticeStatus.SENT,
        at,
        at,
        "pi",
        "a",
        at,
        null,
        null);
  }

  @Test
  @DisplayName(
      "I-CADENCE-2: a body that never sent says so (neverSent, \"chưa gửi thông báo nào\"), in its reminder's name too")
  void neverSent() {
    CadenceRow r =
        CadenceRow.of(
            "UBND-P-KIMMA", "UBND phường Kim Mã", NoticeLevel.COMMUNE, null, null, null, NOW, GAP);
    assertThat(r.neverSent()).isTrue();
    assertThat(r.behind()).isTrue();
    assertThat(r.daysSince()).isNull();
    assertThat(r.summary()).isEqualTo("chưa gửi thông báo nào; quy định tối thiểu 3 ngày 1 tin");
    assertThat(r.reminderName())
        .isEqualTo("Gửi tin iHanoi · UBND phường Kim Mã · chưa gửi thông báo nào");
  }

  @Test
  @DisplayName(
      "I-CADENCE-1, I-CADENCE-2: a body behind is named with its last notice's date and title and the days since, in Vietnamese")
  void behind() {
    CadenceRow r =
        CadenceRow.of(
            "UBND-P-KIMMA",
            "UBND phường Kim Mã",
            NoticeLevel.COMMUNE,
            sent("UBND-P-KIMMA", NOW.minus(Duration.ofDays(5)).minusSeconds(60)),
            "UBND phường Kim Mã",
            null,
            NOW,
            GAP);
    assertThat(r.neverSent()).isFalse();
    assertThat(r.behind()).isTrue();
    assertThat(r.daysSince()).isEqualTo(5);
    assertThat(r.summary())
        .isEqualTo(
            "tin gần nhất ngày 27/11/2026 («Lịch tiêm chủng tháng 12»), cách đây 5 ngày; quy định tối thiểu 3 ngày 1 tin");
    assertThat(r.reminderName())
        .isEqualTo("Gửi tin iHanoi · UBND phường Kim Mã · 5 ngày chưa có tin mới");
    CadenceRow onTime =
        CadenceRow.of(
            "UBND-P-KIMMA",
            "UBND phường Kim Mã",
            NoticeLevel.COMMUNE,
            sent("UBND-P-KIMMA", NOW.minus(Duration.ofDays(2))),
            "UBND phường Kim Mã",
            null,
            NOW,
            GAP);
    assertThat(onTime.behind()).isFalse();
    assertThat(onTime.summary()).doesNotContain("quy định");
  }

  @Test
  @DisplayName(
      "I-CADENCE-2: a city department is listed under its own name, counts for the City Office and is never "
          + "behind itself; the City Office names the department that sent its last notice")
  void departmentsCountForTheCityOffice() {
    CadenceRow dept =
        CadenceRow.of(
            "SO-YTE",
            "Sở Y tế Hà Nội",
            NoticeLevel.CITY,
            null,
            "Sở Y tế Hà Nội",
            "VP-UBND-TP",
            NOW,
            GAP);
    assertThat(dept.behind()).isFalse();
    assertThat(dept.countsFor()).isEqualTo("VP-UBND-TP");
    assertThat(dept.summary())
        .isEqualTo("chưa gửi thông báo nào; tính vào chu kỳ của Văn phòng UBND Thành phố");
    CadenceRow office =
        CadenceRow.of(
            "VP-UBND-TP",
            "Văn phòng UBND Thành phố",
            NoticeLevel.CITY,
            sent("SO-YTE", NOW.minus(Duration.ofDays(1))),
            "Sở Y tế Hà Nội",
            null,
            NOW,
            GAP);
    assertThat(office.summary()).startsWith("tin gần nhất ngày 01/12/2026 của Sở Y tế Hà Nội (");
    assertThat(office.lastSentByName()).isEqualTo("Sở Y tế Hà Nội");
  }
}
