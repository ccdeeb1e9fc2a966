package vn.gov.hanoi.comms.vneid.content;

import java.util.List;

/**
 * V-CHECK-3 (first half): the category is one the seed allows (V-REQ-5). "Other" is allowed with a
 * justification (V-REQ-6) but the reviewer must weigh that justification.
 */
public class CategoryCheck implements PreCheck {

  public static final String CODE = "V-CHECK-3";
  private static final PreCheckName NAME = PreCheckName.CATEGORY;

  @Override
  public List<PreCheckResult> check(PreCheckSubject subject) {
    Category category = subject.draft().category();
    if (category == null) {
      return List.of(PreCheckResult.blocking(NAME, "Chưa chọn danh mục bài viết."));
    }
    if (category == Category.OTHER) {
      return List.of(PreCheckResult.warning(NAME, "Danh mục Khác: cần xem xét lý do."));
    }
    return List.of(PreCheckResult.ok(NAME, "Danh mục được phép: " + category.label() + "."));
  }
}
