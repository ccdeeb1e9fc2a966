package vn.gov.hanoi.comms.dedup;

/**
 * Kinds of fact a notice states. The weight says how much one fact of the kind tells two
 * announcements apart (a date or a street more than a bare small number); {@code distinguishing}
 * kinds are the ones where "another value" means another event (issue 11: a correction or a
 * template with other dates, times or places).
 */
public enum FactType {
  DATE(1.0, true, "ngày"),
  MONTH(0.6, true, "tháng"),
  TIME(0.7, true, "giờ"),
  PLACE(1.0, true, "địa điểm"),
  NAME(0.8, true, "tên"),
  CODE(1.0, true, "mã"),
  DOCUMENT(0.5, false, "văn bản"),
  NUMBER(0.6, false, "số liệu"),
  PHONE(0.3, false, "điện thoại");

  final double weight;
  final boolean distinguishing;

  /** How the explanation on the resolve form names the kind ("Cùng ngày 12/12/2026"). */
  public final String label;

  FactType(double weight, boolean distinguishing, String label) {
    this.weight = weight;
    this.distinguishing = distinguishing;
    this.label = label;
  }
}
