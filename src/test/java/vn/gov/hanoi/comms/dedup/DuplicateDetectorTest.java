package vn.gov.hanoi.comms.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DuplicateDetectorTest {

  private static final long CITY_NOTICE = 101;
  private static final String TITLE = "Tạm ngừng cấp nước để sửa chữa đường ống truyền dẫn";
  private static final String BODY =
      "Công ty nước sạch Hà Nội tạm ngừng cấp nước từ 22 giờ ngày 5/10/2024 đến 10 giờ "
          + "ngày 6/10/2024 để sửa chữa đường ống D600 trên đường Giải Phóng. Khu vực bị ảnh hưởng gồm các phường "
          + "Phương Liệt, Định Công, Giáp Bát, Hoàng Liệt. Người dân chủ động dự trữ nước sinh hoạt trong thời gian "
          + "tạm ngừng. Sau khi cấp nước trở lại, nước có thể đục trong 1-2 giờ đầu, đề nghị xả bỏ trước khi sử dụng, "
          + "bảo vệ sức khỏe gia đình. Mọi thông tin liên hệ đường dây nóng 1900.545.591.";
  private static final Predicate<StoredNotice> ANY = n -> true;

  private DuplicateDetector detector;

  @BeforeEach
  void indexCityNotice() {
    detector = new DuplicateDetector();
    detector.index(notice(CITY_NOTICE, "CITY", "HN", TITLE, BODY));
    detector.index(
        notice(
            102,
            "CITY",
            "HN",
            "Cảnh báo lừa đảo tuyển cộng tác viên làm nhiệm vụ online",
            "Công an thành phố Hà Nội cảnh báo thủ đoạn tuyển cộng tác viên làm nhiệm vụ like, đánh giá sản phẩm "
                + "để nhận hoa hồng 10-30%. Ban đầu đối tượng trả tiền thật để tạo lòng tin, sau đó yêu cầu nạp "
                + "số tiền lớn hơn rồi chiếm đoạt."));
  }

  private static StoredNotice notice(
      long id, String level, String area, String title, String body) {
    return new StoredNotice(id, level, area, Instant.parse("2024-10-04T08:00:00Z"), title, body);
  }

  private Match bestMatch(String title, String body) {
    List<Match> matches = detector.check(title, body, ANY);
    return matches.stream()
        .filter(m -> m.noticeId() == CITY_NOTICE)
        .findFirst()
        .orElse(new Match(CITY_NOTICE, 0, 0, false));
  }

  private void assertDuplicate(String title, String body) {
    Match match = bestMatch(title, body);
    assertThat(match.duplicate())
        .as("duplicate, similarity %.2f containment %.2f", match.similarity(), match.containment())
        .isTrue();
  }

  private void assertNotDuplicate(String title, String body) {
    assertThat(detector.check(title, body, ANY)).noneMatch(Match::duplicate);
  }

  @Test
  @DisplayName(
      "I-DEDUP-3: a lightly reworded notice (synonyms, clauses reordered) is the same information")
  void reworded() {
    assertDuplicate(
        TITLE,
        BODY.replace("tạm ngừng cấp nước từ", "dừng cấp nước từ")
            .replace("chủ động dự trữ", "cần tích trữ")
            .replace("đề nghị xả bỏ", "người dân nên xả bỏ"));
  }

  @Test
  @DisplayName(
      "I-DEDUP-3: a copy wrapped in the ward's own paragraph with its own dates and places is a"
          + " duplicate; the same paragraph with the city's date changed in place is not")
  void copyWrappedInALocalParagraph() {
    String local =
        "\nTại phường Giáp Bát, UBND phường bố trí xe téc cấp nước miễn phí ngày 5/10 và 6/10 tại"
            + " Nhà văn hóa tổ dân phố số 7 và sân Trường Tiểu học Giáp Bát, từ 7h00 đến 19h00.";
    assertDuplicate(TITLE, "UBND phường Giáp Bát thông báo:\n" + BODY + local);
    assertNotDuplicate(
        TITLE,
        "UBND phường Giáp Bát thông báo:\n"
            + BODY.replace("22 giờ ngày 5/10/2024", "22 giờ ngày 12/10/2024")
                .replace("10 giờ ngày 6/10/2024", "10 giờ ngày 13/10/2024")
            + local);
  }

  @Test
  @DisplayName("I-DEDUP-3: a new heading does not hide a duplicate body")
  void newHeading() {
    assertDuplicate("Bà con phường Giáp Bát lưu ý", BODY);
  }

  @Test
  @DisplayName("I-DEDUP-3: a shortened copy (about 55% of the text) is the same information")
  void shortened() {
    assertDuplicate(TITLE, BODY.substring(0, (int) (BODY.length() * 0.55)));
  }

  @Test
  @DisplayName(
      "I-DEDUP-3 / I-DEDUP-1: a district resending the city text with a local sentence is a duplicate")
  void localSentenceAdded() {
    assertDuplicate(
        TITLE,
        "UBND QUẬN HOÀNG MAI\nSố: 87/TB-UBND\nHoàng Mai, ngày 4 tháng 10 năm 2024\n"
            + BODY
            + " Tại phường Giáp Bát, bà con liên hệ trụ sở UBND phường số 12 phố Kim Đồng để lấy nước.");
  }

  @Test
  @DisplayName("I-DEDUP-3: NFD text matches NFC text")
  void nfd() {
    Match match =
        bestMatch(
            Normalizer.normalize(TITLE, Normalizer.Form.NFD),
            Normalizer.normalize(BODY, Normalizer.Form.NFD));
    assertThat(match.duplicate()).isTrue();
    assertThat(match.similarity()).isEqualTo(1.0);
  }

  @Test
  @DisplayName("I-DEDUP-3: old tone placement (khoẻ) matches new (khỏe)")
  void tonePlacement() {
    Match match = bestMatch(TITLE, BODY.replace("khỏe", "khoẻ"));
    assertThat(match.duplicate()).isTrue();
    assertThat(match.similarity()).isEqualTo(1.0);
  }

  @Test
  @DisplayName("I-DEDUP-3: text typed without diacritics matches")
  void noDiacritics() {
    String plain =
        Normalizer.normalize(BODY, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replace('đ', 'd')
            .replace('Đ', 'D');
    Match match = bestMatch("Tam ngung cap nuoc de sua chua duong ong truyen dan", plain);
    assertThat(match.duplicate()).isTrue();
    assertThat(match.similarity()).isEqualTo(1.0);
  }

  @Test
  @DisplayName("I-DEDUP-3: extra whitespace and different punctuation do not matter")
  void whitespaceAndPunctuation() {
    Match match = bestMatch(TITLE + " !!!", BODY.replace(", ", " ,  ").replace(". ", ".\n\n"));
    assertThat(match.duplicate()).isTrue();
    assertThat(match.similarity()).isEqualTo(1.0);
  }

  @Test
  @DisplayName(
      "I-DEDUP-3: shared boilerplate (header, greeting, signature) alone is not the same information")
  void boilerplateOnly() {
    String header =
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            + "THÔNG BÁO\nKính gửi: Quý bà con nhân dân.\n";
    String footer =
        "\nTrân trọng thông báo./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH";
    detector.index(
        notice(
            103,
            "CITY",
            "HN",
            "Thông báo",
            header
                + "Tiêm vắc xin sởi cho trẻ từ 1 đến 5 tuổi "
                + "từ ngày 10/9 đến 30/9/2024 tại trạm y tế."
                + footer));
    List<Match> matches =
        detector.check(
            "Thông báo",
            header
                + "Hạn nộp hồ sơ quyết toán thuế thu nhập cá nhân "
                + "năm 2024 là ngày 5/5/2025."
                + footer,
            ANY);
    assertThat(matches).noneMatch(Match::duplicate);
  }

  @Test
  @DisplayName("I-DEDUP-3: the same template with another street and date is different information")
  void sameTemplateDifferentFacts() {
    assertNotDuplicate(
        TITLE,
        BODY.replace("22 giờ ngày 5/10/2024", "21 giờ ngày 19/11/2024")
            .replace("10 giờ ngày 6/10/2024", "6 giờ ngày 20/11/2024")
            .replace("D600 trên đường Giải Phóng", "D400 trên đường Lạc Long Quân"));
    assertNotDuplicate(
        TITLE,
        BODY.replace("đường Giải Phóng", "đường Lĩnh Nam")
            .replace(
                "Phương Liệt, Định Công, Giáp Bát, Hoàng Liệt",
                "Mai Động, Vĩnh Hưng, Thanh Trì, Lĩnh Nam"));
  }

  @Test
  @DisplayName("I-DEDUP-3: an unrelated notice is not a duplicate")
  void unrelated() {
    assertNotDuplicate(
        "Lịch thi tuyển sinh vào lớp 10",
        "Kỳ thi tuyển sinh vào lớp 10 THPT công lập diễn ra ngày "
            + "7/6 và 8/6/2025 với 3 môn Ngữ văn, Toán, Ngoại ngữ. Thí sinh có mặt tại điểm thi trước 7 giờ sáng.");
  }

  @Test
  @DisplayName(
      "I-DEDUP-1/2/5: only notices the caller marks eligible (higher level, own district) count")
  void eligibilityPredicateRestrictsComparisons() {
    detector.index(notice(201, "DISTRICT", "HN-BD", TITLE, BODY)); // another district sent it too
    Predicate<StoredNotice> higherThanCommuneOfHoangMai =
        n ->
            n.level().equals("CITY")
                || (n.level().equals("DISTRICT") && n.areaCode().equals("HN-HM"));
    List<Match> matches = detector.check(TITLE, BODY, higherThanCommuneOfHoangMai);
    assertThat(matches).extracting(Match::noticeId).containsExactly(CITY_NOTICE);
    assertThat(detector.check(TITLE, BODY, n -> false)).isEmpty();
  }

  @Test
  @DisplayName("I-DEDUP-4: a match reports the earlier notice's id and how similar the two are")
  void matchCarriesSimilarity() {
    Match match = bestMatch(TITLE, BODY.substring(0, BODY.length() / 2));
    assertThat(match.noticeId()).isEqualTo(CITY_NOTICE);
    assertThat(match.similarity()).isBetween(0.3, 0.7);
    assertThat(match.containment()).isEqualTo(1.0);
  }

  @Test
  void removedNoticesNoLongerMatchAndBoilerplateOnlyDraftsMatchNothing() {
    detector.remove(CITY_NOTICE);
    assertThat(detector.check(TITLE, BODY, ANY)).isEmpty();
    assertThat(detector.check("Thông báo", "Kính gửi: Quý bà con. Trân trọng./.", ANY)).isEmpty();
    assertThat(detector.size()).isEqualTo(1);
  }

  @Test
  @DisplayName(
      "I-DEDUP-3: LSH makes every shortened and locally extended copy of the evaluation set a candidate")
  void containmentStyleDuplicatesBecomeCandidates() {
    List<EvaluationSet.Pair> pairs = EvaluationSet.load();
    Shingler shingler = new Shingler(new VietnameseTextNormalizer());
    MinHasher minHasher = new MinHasher(DuplicateDetector.NUM_HASHES);
    LshIndex index = new LshIndex(DuplicateDetector.BANDS, DuplicateDetector.ROWS, 4096);
    for (EvaluationSet.Pair p : pairs) {
      index.add(p.id(), minHasher.signature(shingler.shingles(p.a().title(), p.a().body())));
    }
    for (StoredNotice f : EvaluationSet.fillers(pairs, EvaluationSet.FILLER_COUNT, 42)) {
      index.add(f.id(), minHasher.signature(shingler.shingles(f.title(), f.body())));
    }
    List<EvaluationSet.Pair> containmentStyle =
        pairs.stream()
            .filter(p -> p.kind().equals("shortened") || p.kind().equals("local-sentence-added"))
            .toList();
    assertThat(containmentStyle).hasSizeGreaterThanOrEqualTo(40);
    assertThat(containmentStyle)
        .allSatisfy(
            p ->
                assertThat(
                        index.candidates(
                            minHasher.signature(shingler.shingles(p.b().title(), p.b().body()))))
                    .contains(p.id()));
  }

  private Match matchWith(long id, String title, String body, String issuer) {
    return detector.check(title, body, issuer, ANY).stream()
        .filter(m -> m.noticeId() == id)
        .findFirst()
        .orElse(new Match(id, 0, 0, false));
  }

  @Test
  @DisplayName(
      "I-DEDUP-3: a summary that folds the earlier contact sentence into its own last sentence"
          + " adds nothing new")
  void contactFactsRestatedElsewhereAreNotNew() {
    detector.index(
        notice(
            103,
            "CITY",
            "HN",
            "Thu hồi lô sữa bột trẻ em nhiễm khuẩn",
            "Sở Y tế Hà Nội thông báo thu hồi lô sữa bột Nutri Kid số lô NK2611 sản xuất ngày"
                + " 14/8/2026 do phát hiện nhiễm khuẩn Cronobacter. Lô sữa đã phân phối tới 37 cửa"
                + " hàng tại 9 quận, huyện. Các gia đình ngừng cho trẻ sử dụng và giữ nguyên hộp."
                + " Mọi thắc mắc liên hệ Chi cục An toàn vệ sinh thực phẩm, số 4 Sơn Tây, bác sĩ"
                + " Lê Minh Châu, 0912.448.230, để được hoàn tiền trước ngày 20/12/2026."));
    Match summary =
        matchWith(
            103,
            "Ngừng dùng sữa Nutri Kid lô NK2611",
            "Lô sữa bột Nutri Kid NK2611 (sản xuất 14/8/2026) nhiễm khuẩn Cronobacter đang bị thu"
                + " hồi ở 37 cửa hàng. Gia đình mang hộp tới Chi cục An toàn vệ sinh thực phẩm, số 4"
                + " Sơn Tây, gặp bác sĩ Lê Minh Châu, 0912.448.230, để hoàn tiền trước 20/12/2026.",
            "UBND phường Kim Mã");
    assertThat(summary.duplicate()).as("summary %s", summary.rewrite()).isTrue();
  }

  @Test
  @DisplayName(
      "I-DEDUP-3: a ward's whole copy of the city notice with its own collection hours appended is a"
          + " duplicate")
  void wholeCopyWithAppendedHoursIsDuplicate() {
    String body =
        "Thực hiện Kế hoạch số 212/KH-UBND, Sở Nông nghiệp và Môi trường Hà Nội tổ chức tiêm vắc"
            + " xin dại miễn phí cho chó, mèo từ ngày 3/11 đến 14/11/2026 tại các xã ngoại thành."
            + " Mỗi hộ đăng ký với trưởng thôn trước ngày 1/11/2026; vật nuôi được tiêm sẽ được đeo"
            + " thẻ và ghi sổ theo dõi. Hộ không tiêm phòng cho vật nuôi sẽ bị xử phạt theo Nghị định"
            + " số 90/2017/NĐ-CP. Đường dây nóng: 0243.825.6677.";
    detector.index(notice(104, "CITY", "HN", "Tiêm phòng dại cho chó, mèo năm 2026", body));
    Match copy =
        matchWith(
            104,
            "Tiêm phòng dại cho chó, mèo năm 2026",
            body
                + " Bà con thôn Đoài, thôn Chằm mang chó, mèo tới sân nhà văn hóa thôn Đoài từ 7h30"
                + " đến 16h30 các ngày tiêm.",
            "UBND xã Phù Đổng");
    assertThat(copy.duplicate()).as("whole copy %s", copy.rewrite()).isTrue();
  }

  @Test
  @DisplayName(
      "I-DEDUP-3: the same yearly notice for another year is another round, not a duplicate; the"
          + " same year still is")
  void anotherYearOfARecurringNoticeIsNotDuplicate() {
    String body =
        "Các hộ gia đình có trẻ từ 6 đến 15 tuổi đăng ký tuyển sinh lớp 6 năm học %d-%d trực tuyến"
            + " trên cổng tuyensinhdaucap.hanoi.gov.vn từ ngày 12/6/%d. Mỗi học sinh được chọn 2"
            + " nguyện vọng trường trong quận, ưu tiên trường gần nơi cư trú.";
    detector.index(
        notice(105, "CITY", "HN", "Tuyển sinh lớp 6", String.format(body, 2025, 2026, 2025)));
    assertThat(
            matchWith(
                    105,
                    "Tuyển sinh lớp 6",
                    String.format(body, 2027, 2028, 2027),
                    "UBND phường Láng")
                .duplicate())
        .as("another year")
        .isFalse();
    assertThat(
            matchWith(
                    105,
                    "Tuyển sinh lớp 6",
                    String.format(body, 2025, 2026, 2025),
                    "UBND phường Láng")
                .duplicate())
        .as("same year")
        .isTrue();
  }

  @Test
  @DisplayName(
      "I-DEDUP-3: a ward's summary that says \"rác\" for the city's \"chất thải\" shares its words"
          + " and is a duplicate")
  void summaryInEverydayWordsForWasteIsDuplicate() {
    detector.index(
        notice(
            106,
            "CITY",
            "HN",
            "Thông báo thu gom chất thải rắn sinh hoạt đã phân loại tại các phường nội thành",
            "Căn cứ Quyết định số 27/2026/QĐ-UBND của UBND Thành phố, Sở Nông nghiệp và Môi trường"
                + " Hà Nội thông báo: từ ngày 01/3/2027, các đơn vị thu gom chỉ nhận chất thải rắn"
                + " sinh hoạt đã được phân loại tại các phường Hoàn Kiếm, Cửa Nam, Ba Đình, Ngọc Hà."
                + " Chất thải thực phẩm đựng trong túi màu xanh, chất thải tái chế đựng trong túi màu"
                + " trắng, chất thải còn lại đựng trong túi màu đen.\nXe thu gom chất thải thực phẩm"
                + " chạy hằng ngày; xe thu gom chất thải tái chế chạy vào thứ Tư và thứ Bảy. Chất"
                + " thải cồng kềnh như bàn ghế, nệm cũ được thu theo lịch riêng của Công ty Môi"
                + " trường đô thị Hà Nội.\nHộ gia đình để chất thải chưa phân loại sẽ bị từ chối thu"
                + " gom và bị xử phạt theo Nghị định số 45/2022/NĐ-CP."));
    Match summary =
        matchWith(
            106,
            "Từ 01/3/2027 chỉ thu rác đã phân loại",
            "Từ ngày 01/3/2027, xe chỉ nhận rác đã phân loại: rác thực phẩm đựng trong túi màu"
                + " xanh, rác tái chế túi màu trắng, rác còn lại túi màu đen. Xe thu rác thực phẩm"
                + " hằng ngày, rác tái chế thứ Tư và thứ Bảy. Nhà nào để rác chưa phân loại sẽ bị"
                + " từ chối thu gom.",
            "UBND phường Cửa Nam");
    assertThat(summary.duplicate()).as("summary %s", summary.rewrite()).isTrue();
  }

  @Test
  @DisplayName(
      "I-DEDUP-3: a duplicate is reported however little of the earlier notice it keeps; a weak"
          + " non-duplicate is not")
  void duplicateIsReportedBelowTheFloor() {
    RewriteScorer.Evidence little =
        new RewriteScorer.Evidence(
            0.10, 0, 0, false, 0.6, 0.05, 0, 0, 0, 0, 0.4, false, false, true);
    assertThat(DuplicateDetector.reported(new Match(1, 0.02, 0.05, true, little), little))
        .as("short summary judged a duplicate")
        .isTrue();
    assertThat(DuplicateDetector.reported(new Match(1, 0.02, 0.05, false, little), little))
        .as("weak non-duplicate")
        .isFalse();
  }
}
