package vn.gov.hanoi.comms.vneid.content;

/** A featured image that passed {@link ImageInspector}: its real format and size in pixels. */
public record ImageInfo(ImageFormat format, int width, int height) {

  public long pixels() {
    return (long) width * height;
  }
}
