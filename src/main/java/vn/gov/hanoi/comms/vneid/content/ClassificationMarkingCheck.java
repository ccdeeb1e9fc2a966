package vn.gov.hanoi.comms.vneid.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.gov.hanoi.comms.common.ArticleSanitizer;

/**
 * V-CHECK-2: classification markings in the title, summary, body or attachment names block
 * appraisal until the reviewer overrides explicitly.
 */
public class ClassificationMarkingCheck implements PreCheck {

  public static final String CODE = "V-CHECK-2";
  private static final PreCheckName NAME = PreCheckName.CLASSIFICATION_MARKING;

  private final ClassificationMarkingDetector detector;
  private final ArticleSanitizer sanitizer;

  public ClassificationMarkingCheck(
      ClassificationMarkingDetector detector, ArticleSanitizer sanitizer) {
    this.detector = Objects.requireNonNull(detector);
    this.sanitizer = Objects.requireNonNull(sanitizer);
  }

  @Override
  public List<PreCheckResult> check(PreCheckSubject subject) {
    List<PreCheckResult> results = new ArrayList<>();
    ArticleDraft d = subject.draft();
    addIfMarked(results, "tiêu đề", detector.find(d.title()));
    addIfMarked(results, "tóm tắt", detector.find(d.summary()));
    addIfMarked(results, "nội dung", detector.find(sanitizer.plainText(d.bodyHtml())));
    for (String name : subject.attachmentNames()) {
      addIfMarked(results, "tên tệp đính kèm \"" + abbreviate(name) + "\"", detector.find(name));
    }
    if (results.isEmpty()) {
      results.add(
          PreCheckResult.ok(NAME, "Không phát hiện dấu chỉ độ mật (Mật, Tối mật, Tuyệt mật)."));
    }
    return results;
  }

  /** Every marking found anywhere in the subject, each once, most severe first. */
  public List<String> markings(PreCheckSubject subject) {
    Set<String> all = new LinkedHashSet<>();
    ArticleDraft d = subject.draft();
    all.addAll(detector.find(d.title()));
    all.addAll(detector.find(d.summary()));
    all.addAll(detector.find(sanitizer.plainText(d.bodyHtml())));
    subject.attachmentNames().forEach(name -> all.addAll(detector.find(name)));
    return List.of(
            ClassificationMarkingDetector.ABSOLUTE_SECRET,
            ClassificationMarkingDetector.TOP_SECRET,
            ClassificationMarkingDetector.SECRET)
        .stream()
        .filter(all::contains)
        .toList();
  }

  private static void addIfMarked(
      List<PreCheckResult> results, String where, List<String> markings) {
    if (!markings.isEmpty()) {
      results.add(
          PreCheckResult.blocking(
              NAME,
              "Phát hiện dấu chỉ độ mật \""
                  + String.join("\", \"", markings)
                  + "\" trong "
                  + where
                  + ". Không được thẩm định đạt nếu người thẩm định không xác nhận bỏ qua."));
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }
}
