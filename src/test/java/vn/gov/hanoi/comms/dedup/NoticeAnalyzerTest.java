package vn.gov.hanoi.comms.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rules added after the second gate set was seen (issue 11), each with sentences of its own. */
class NoticeAnalyzerTest {

  private final NoticeAnalyzer analyzer = new NoticeAnalyzer();

  private boolean[] contact(String body) {
    return analyzer.analyse("Tiêu đề", body, null).contactSentences();
  }

  @Test
  @DisplayName(
      "I-DEDUP-3: 'điện thoại' (the device) and 'ĐT' (đào tạo) make a contact sentence only beside a"
          + " phone-like number")
  void phoneAndTrainingWordsAreWeakContactCues() {
    // sentence 0 is the title
    assertThat(contact("Kẻ gian chiếm quyền điều khiển điện thoại rồi rút sạch tiền.")[1])
        .as("the phone a scam takes over")
        .isFalse();
    assertThat(contact("Phòng GD&ĐT cho học sinh tiểu học nghỉ ngày 12/01/2027.")[1])
        .as("Phòng GD&ĐT")
        .isFalse();
    assertThat(contact("Cần hỗ trợ, gọi điện thoại 0912 345 678.")[1])
        .as("a phone number beside 'điện thoại'")
        .isTrue();
    assertThat(contact("Mọi vướng mắc liên hệ tổ dân phố số 3.")[1]).as("a strong cue").isTrue();
  }

  @Test
  @DisplayName("I-DEDUP-3: a year is not a phone number beside a weak contact cue")
  void yearIsNotAPhoneNumber() {
    assertThat(contact("Số phản ánh về rác thải tăng mạnh trong tháng 10/2025.")[1]).isFalse();
    assertThat(contact("Phản ánh về rác thải xin gửi qua số 0243.111.222.")[1]).isTrue();
  }

  @Test
  @DisplayName(
      "I-DEDUP-3: the documents and dates of a 'Căn cứ' legal basis are local; what follows the"
          + " colon is not")
  void legalBasisFactsAreLocal() {
    NoticeAnalyzer.Analysis a =
        analyzer.analyse(
            "Cấm xe tải phố Lò Đúc",
            "Căn cứ Nghị định số 77/2024/NĐ-CP ngày 03/6/2024 của Chính phủ, Sở Xây dựng thông báo:"
                + " từ ngày 08/11/2026 cấm xe tải trên 5 tấn đi vào phố Lò Đúc.",
            null);
    assertThat(a.facts())
        .filteredOn(f -> f.key().equals("3/6") || f.type() == FactType.DOCUMENT)
        .hasSize(2)
        .allMatch(Fact::local);
    assertThat(a.facts()).filteredOn(f -> f.key().equals("8/11")).noneMatch(Fact::local);

    NoticeAnalyzer.Analysis issuerVerb =
        analyzer.analyse(
            "Tiêm vắc xin",
            "Căn cứ Kế hoạch số 41/KH-UBND ngày 14/2/2026, UBND phường thông báo lịch tiêm ngày"
                + " 21/3/2026 tại nhà văn hóa.",
            null);
    assertThat(issuerVerb.facts()).filteredOn(f -> f.key().equals("14/2")).allMatch(Fact::local);
    assertThat(issuerVerb.facts())
        .filteredOn(f -> f.key().equals("21/3"))
        .isNotEmpty()
        .noneMatch(Fact::local);
  }

  @Test
  @DisplayName(
      "I-DEDUP-3: a fact of the earlier legal basis or contact line that the later notice states is"
          + " shared; left out, it is not missing")
  void localFactsOfTheEarlierCountWhenStated() {
    RewriteScorer scorer = new RewriteScorer();
    RewriteScorer.Frequencies f =
        new RewriteScorer.Frequencies() {
          @Override
          public int documents() {
            return 100;
          }

          @Override
          public int documentFrequency(long key) {
            return 1;
          }
        };
    long date = new Fact(FactType.DATE, "8/11", "08/11", 0, 5, false).id();
    long time = new Fact(FactType.TIME, "22:00", "22 giờ", 0, 5, false).id();
    long basis = new Fact(FactType.DOCUMENT, "77/2024/nd-cp", "77/2024/NĐ-CP", 0, 5, true).id();
    long[] earlier = sorted(date, time);
    long[] earlierLocal = {basis};
    int[] terms = {1, 2, 3};
    int[][] paragraphs = {terms};
    RewriteScorer.Evidence dropped =
        scorer.score(
            new RewriteScorer.Earlier(earlier, earlierLocal, terms, false),
            new RewriteScorer.Later(new long[] {date}, terms, false, paragraphs, new int[][] {{0}}),
            f);
    RewriteScorer.Evidence stated =
        scorer.score(
            new RewriteScorer.Earlier(earlier, earlierLocal, terms, false),
            new RewriteScorer.Later(
                sorted(date, basis), terms, false, paragraphs, new int[][] {{0}, {0}}),
            f);
    assertThat(dropped.factRecall())
        .as("legal basis dropped: only the time is missing")
        .isLessThan(1.0);
    assertThat(stated.factRecall())
        .as("legal basis stated: shared")
        .isGreaterThan(dropped.factRecall());
    assertThat(stated.novelFacts()).as("and not new").isZero();
  }

  private java.util.Set<String> keys(String body, FactType type, boolean local) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    analyzer.analyse("Tiêu đề", body, null).facts().stream()
        .filter(f -> f.type() == type && f.local() == local)
        .forEach(f -> out.add(f.key()));
    return out;
  }

  @Test
  @DisplayName(
      "I-DEDUP-3: a date with dashes or dots and a full year, or after 'mùng', is the date written"
          + " with slashes")
  void datesWrittenDifferentlyMeet() {
    assertThat(keys("Khai giảng ngày 05-9-2026 tại sân trường.", FactType.DATE, false))
        .containsExactly("5/9");
    assertThat(keys("Khai giảng ngày 05.09.2026 tại sân trường.", FactType.DATE, false))
        .containsExactly("5/9");
    assertThat(keys("Khai giảng mùng 5 tháng 9 tại sân trường.", FactType.DATE, false))
        .containsExactly("5/9");
    assertThat(keys("Phát quà 04.12.2026 cho hộ nghèo.", FactType.PHONE, true))
        .as("a dotted date is not a phone number")
        .isEmpty();
    assertThat(keys("Tổ 11-13 họp ngày 2/3.", FactType.DATE, false))
        .as("a dash between numbers without a year is no date")
        .containsExactly("2/3");
  }

  @Test
  @DisplayName(
      "I-DEDUP-3: a date with its year gives its month as a local fact, which a summary's 'tháng"
          + " m/yyyy' meets")
  void dateGivesItsMonth() {
    assertThat(keys("Kiểm tra từ ngày 01/9 đến 30/9/2026.", FactType.MONTH, true))
        .containsExactly("9/2026");
    assertThat(keys("Kiểm tra từ ngày 01/9 đến 30/9.", FactType.MONTH, true)).isEmpty();
  }

  @Test
  @DisplayName("I-DEDUP-3: general administrative abbreviations read as the words they stand for")
  void abbreviations() {
    RewriteVocabulary v = RewriteVocabulary.DEFAULT;
    assertThat(v.canonical(java.util.List.of("giay", "chung", "nhan", "attp")))
        .isEqualTo(
            v.canonical(java.util.List.of("giay", "chung", "nhan", "an", "toan", "thuc", "pham")));
    assertThat(v.canonical(java.util.List.of("the", "bhyt")))
        .containsExactly("the", "bao", "hiem", "y", "te");
  }

  @Test
  @DisplayName(
      "I-DEDUP-3: a syllable pair that joins a word to half of a common name ('Đài Hà Nội') is no"
          + " name; the name beside it still is")
  void pairAcrossACommonNameIsNoName() {
    assertThat(keys("Bản tin do Đài Hà Nội phát lúc 6 giờ.", FactType.NAME, false))
        .doesNotContain("dai ha");
    assertThat(keys("Khai mạc hội chợ ở Văn Miếu Hà Nội sáng mai.", FactType.NAME, false))
        .contains("van mieu")
        .doesNotContain("mieu ha");
  }

  @Test
  @DisplayName(
      "I-DEDUP-3: 'từ ngày 3 đến ngày 7/5' is a range whose first day takes the month, as '3–7/5'"
          + " does; minutes before a comma and a date are no day")
  void dayRangeWithRepeatedNgay() {
    assertThat(
            keys("Tiêm bổ sung từ ngày 3 đến ngày 7/5/2026 tại nhà văn hoá.", FactType.DATE, false))
        .containsExactly("3/5", "7/5");
    assertThat(keys("Tiêm bổ sung 3–7/5/2026 tại nhà văn hoá.", FactType.DATE, false))
        .containsExactly("3/5", "7/5");
    assertThat(keys("Tiêm bổ sung ngày 3 và ngày 4 tháng 5 tại nhà văn hoá.", FactType.DATE, false))
        .containsExactly("3/5", "4/5");
    assertThat(keys("Mở cửa 7h00–9h45, ngày 21/8/2026 ở sân bóng.", FactType.DATE, false))
        .containsExactly("21/8");
  }

  @Test
  @DisplayName(
      "I-DEDUP-3: a number after 'đợt', 'lần', 'kỳ' or 'số' before a year is that round of the year,"
          + " not a month (a heading 'ĐỢT 3/2027')")
  void roundOfTheYearIsNoMonth() {
    assertThat(keys("TIÊM CHỦNG MỞ RỘNG – ĐỢT 3/2027", FactType.MONTH, false)).isEmpty();
    assertThat(keys("Tiêm chủng lần 2/2027 cho trẻ.", FactType.MONTH, false)).isEmpty();
    assertThat(keys("Hạn dùng đến 3/2027 theo nhãn.", FactType.MONTH, false))
        .containsExactly("3/2027");
  }

  @Test
  @DisplayName(
      "I-DEDUP-3: capitals after a list marker '2)' or at a title's start are the sentence's, not a"
          + " name's, when the notice writes the word in lower case elsewhere")
  void listAndSentenceCapitalsAreNoName() {
    String listed = "Quy định mới:\n1) Hồ sơ: tờ khai.\n2) Nơi nộp: bộ phận một cửa.";
    assertThat(keys(listed, FactType.NAME, false)).doesNotContain("ho", "noi");
    assertThat(
            analyzer
                .analyse(
                    "Đổi Giấy phép lái xe qua mạng",
                    "Người dân được đổi giấy phép lái xe qua mạng tại Cổng Dịch vụ công.",
                    null)
                .facts()
                .stream()
                .filter(f -> f.type() == FactType.NAME)
                .map(Fact::key))
        .doesNotContain("doi giay")
        .contains("cong dich");
    assertThat(keys("Nguyễn Văn Bình phụ trách lịch đổi giấy phép.", FactType.NAME, false))
        .as("a capital not written in lower case elsewhere still opens the name")
        .contains("nguyen van");
  }

  private static long[] sorted(long a, long b) {
    return a < b ? new long[] {a, b} : new long[] {b, a};
  }
}
