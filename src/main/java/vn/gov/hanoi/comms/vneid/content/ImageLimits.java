package vn.gov.hanoi.comms.vneid.content;

/**
 * What a "sensible size" for a featured image is (V-REQ-1, V-CHECK-1): large enough to show as an
 * article header, small enough that checking it cannot exhaust the server's memory.
 */
public final class ImageLimits {

  public static final int MIN_WIDTH = 200;
  public static final int MIN_HEIGHT = 100;
  public static final int MAX_SIDE = 8_000;
  public static final long MAX_PIXELS = 40_000_000L;
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  /** Below this width the header looks blurred on a phone: a warning, not a refusal. */
  public static final int RECOMMENDED_MIN_WIDTH = 600;

  private ImageLimits() {}

  /** Why an image of this size is refused, or null when its size is acceptable. */
  public static String sizeProblem(int width, int height) {
    if (width < MIN_WIDTH || height < MIN_HEIGHT) {
      return "Ảnh đại diện quá nhỏ ("
          + width
          + " x "
          + height
          + " điểm ảnh); tối thiểu "
          + MIN_WIDTH
          + " x "
          + MIN_HEIGHT
          + ".";
    }
    if (width > MAX_SIDE || height > MAX_SIDE) {
      return "Ảnh đại diện quá lớn ("
          + width
          + " x "
          + height
          + " điểm ảnh); mỗi cạnh tối đa "
          + MAX_SIDE
          + " điểm ảnh.";
    }
    if ((long) width * height > MAX_PIXELS) {
      return "Ảnh đại diện quá lớn ("
          + width
          + " x "
          + height
          + " điểm ảnh); tối đa "
          + (MAX_PIXELS / 1_000_000)
          + " triệu điểm ảnh.";
    }
    return null;
  }
}
