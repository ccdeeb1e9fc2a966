package vn.gov.hanoi.comms.screening;

/** Masked forms of what was found, suggested to the unit in place of the passage ("0912***678"). */
final class Masks {
  private Masks() {}

  static String digits(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c >= '0' && c <= '9') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A phone number in its national form (0...) whatever way it was written (+84 ..., 84...). */
  static String nationalNumber(String s) {
    String d = digits(s);
    return d.startsWith("84") && d.length() >= 11 ? "0" + d.substring(2) : d;
  }

  /** The first {@code keep} and last {@code tail} digits, the rest as stars. */
  static String keepEnds(String digits, int keep, int tail) {
    if (digits.length() <= keep + tail) {
      return "*".repeat(digits.length());
    }
    return digits.substring(0, keep)
        + "*".repeat(Math.max(3, digits.length() - keep - tail))
        + digits.substring(digits.length() - tail);
  }

  static String phone(String passage) {
    String d = nationalNumber(passage);
    return d.substring(0, Math.min(4, d.length()))
        + "***"
        + d.substring(Math.max(4, d.length() - 3));
  }

  /**
   * Every digit but the last {@code tail} as a star, separators and letters kept ("29A-***.45").
   */
  static String digitsButLast(String passage, int tail) {
    int total = digits(passage).length();
    StringBuilder sb = new StringBuilder();
    int seen = 0;
    for (char c : passage.toCharArray()) {
      if (c >= '0' && c <= '9') {
        sb.append(seen++ < total - tail ? '*' : c);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** "29A-123.45" keeps its province and series: "29A-***.45". */
  static String plate(String passage) {
    int series = 0;
    while (series < passage.length() && !Character.isLetter(passage.charAt(series))) {
      series++;
    }
    while (series < passage.length()
        && Character.isLetterOrDigit(passage.charAt(series))
        && !(Character.isDigit(passage.charAt(series))
            && series + 1 < passage.length()
            && Character.isDigit(passage.charAt(series + 1)))) {
      series++;
    }
    return passage.substring(0, series) + digitsButLast(passage.substring(series), 2);
  }

  /** A date of birth keeps its year ("**\/**\/1985"); a year alone keeps its century ("19**"). */
  static String birth(String passage) {
    String d = digits(passage);
    if (d.length() == 4) {
      return d.substring(0, 2) + "**";
    }
    StringBuilder sb = new StringBuilder();
    int seen = 0;
    for (char c : passage.toCharArray()) {
      sb.append(c >= '0' && c <= '9' ? seen++ < d.length() - 4 ? '*' : c : c);
    }
    return sb.toString();
  }

  /** House numbers, lanes and groups as stars: "số **, ngõ ** phố Hàng Bạc". */
  static String address(String passage) {
    return passage.replaceAll("\\d", "*");
  }

  /** "Nguyễn Văn An" as "N.V.A.". */
  static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.strip().split("\\s+")) {
      if (!w.isEmpty()) {
        sb.append(Character.toUpperCase(w.charAt(0))).append('.');
      }
    }
    return sb.toString();
  }
}
