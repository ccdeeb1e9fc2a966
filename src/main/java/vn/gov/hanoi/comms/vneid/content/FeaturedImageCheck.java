package vn.gov.hanoi.comms.vneid.content;

import java.util.List;

/**
 * V-CHECK-1: a featured image is present and of sensible size. The image's content was already
 * proved by {@link ImageInspector}; this re-states the result for the reviewer, and warns of a low
 * resolution that is allowed but looks poor.
 */
public class FeaturedImageCheck implements PreCheck {

  public static final String CODE = "V-CHECK-1";
  private static final PreCheckName NAME = PreCheckName.FEATURED_IMAGE;

  @Override
  public List<PreCheckResult> check(PreCheckSubject subject) {
    ImageInfo image = subject.featuredImage();
    if (image == null) {
      return List.of(
          PreCheckResult.blocking(
              NAME, "Thiếu ảnh đại diện bài viết (bắt buộc là ảnh JPEG, PNG hoặc WebP)."));
    }
    String sizeProblem = ImageLimits.sizeProblem(image.width(), image.height());
    if (sizeProblem != null) {
      return List.of(PreCheckResult.blocking(NAME, sizeProblem));
    }
    String size = image.format() + " " + image.width() + " x " + image.height();
    if (image.width() < ImageLimits.RECOMMENDED_MIN_WIDTH) {
      return List.of(
          PreCheckResult.warning(
              NAME,
              "Ảnh đại diện ("
                  + size
                  + ") có độ phân giải thấp, có thể bị mờ; nên rộng từ "
                  + ImageLimits.RECOMMENDED_MIN_WIDTH
                  + " điểm ảnh."));
    }
    return List.of(PreCheckResult.ok(NAME, "Ảnh đại diện hợp lệ (" + size + ")."));
  }
}
