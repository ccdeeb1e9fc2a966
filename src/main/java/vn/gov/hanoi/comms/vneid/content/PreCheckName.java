package vn.gov.hanoi.comms.vneid.content;

/**
 * The automatic pre-checks, as the API and the forms name them. {@code rule} is the SPEC rule of
 * the first four (V-CHECK-1..3); the screening checks of issue 16 (personal data, links, event
 * dates) have none yet.
 */
public enum PreCheckName {
  FEATURED_IMAGE("V-CHECK-1", "Ảnh đại diện"),
  CLASSIFICATION_MARKING("V-CHECK-2", "Dấu chỉ độ mật"),
  CATEGORY("V-CHECK-3", "Danh mục"),
  PROHIBITED_TERMS("V-CHECK-3", "Cụm từ cần xem xét"),
  PERSONAL_DATA("V-CHECK-4", "Dữ liệu cá nhân"),
  LINKS("V-CHECK-5", "Đường dẫn"),
  EVENT_DATES("V-CHECK-6", "Ngày sự kiện");

  private final String rule;
  private final String label;

  PreCheckName(String rule, String label) {
    this.rule = rule;
    this.label = label;
  }

  /** The rule (docs/rules.md), or the check's own name where SPEC has none. */
  public String rule() {
    return rule == null ? name() : rule;
  }

  public String label() {
    return label;
  }
}
