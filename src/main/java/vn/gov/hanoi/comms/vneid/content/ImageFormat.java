package vn.gov.hanoi.comms.vneid.content;

/** V-REQ-1: the formats accepted for a featured image, named as ImageIO names them. */
public enum ImageFormat {
  JPEG("jpeg", "image/jpeg"),
  PNG("png", "image/png"),
  WEBP("webp", "image/webp");

  private final String imageIoName;
  private final String mediaType;

  ImageFormat(String imageIoName, String mediaType) {
    this.imageIoName = imageIoName;
    this.mediaType = mediaType;
  }

  /** The format name ImageIO's reader registry knows. */
  public String imageIoName() {
    return imageIoName;
  }

  /** The media type to store and serve the image with. */
  public String mediaType() {
    return mediaType;
  }
}
