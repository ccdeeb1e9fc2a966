package vn.gov.hanoi.comms.files;

import java.util.regex.Pattern;

/** Client-supplied file names are kept only for display, and refused if they try to name a path. */
public final class FileNames {
  private static final Pattern SAFE = Pattern.compile("[^/\\\\\\x00-\\x1f]{1,200}");

  private FileNames() {}

  /** Null when acceptable; otherwise the reason, in Vietnamese. */
  public static String problemWith(String name) {
    if (name == null || name.isBlank()) {
      return "Thiếu tên tệp";
    }
    if (!SAFE.matcher(name).matches() || name.contains("..")) {
      return "Tên tệp không hợp lệ (không được chứa đường dẫn, '..' hoặc ký tự điều khiển): "
          + name.replaceAll("[\\x00-\\x1f]", "?");
    }
    return null;
  }
}
