package vn.gov.hanoi.comms.vneid.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * V-REQ-1 / V-CHECK-1: the featured image is a real JPEG, PNG or WebP of sensible size.
 *
 * <p>The format comes from the first bytes, never from the file name (a script renamed "anh.png" is
 * still a script). The size is read from the header before any pixel is decoded, so a small file
 * claiming 10,000 x 10,000 pixels is refused without allocating hundreds of megabytes; only then is
 * the image decoded once to prove it is not truncated or corrupt.
 *
 * <p>Stateless and thread-safe.
 */
public class ImageInspector {

  /**
   * Pixels kept when proving the image decodes; subsampling bounds memory, all data is still read.
   */
  private static final long PROOF_DECODE_MAX_PIXELS = 1_000_000L;

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

  /**
   * The real format and size of the image.
   *
   * @param declaredFileName the name the user gave the file; used only in messages
   * @throws InvalidImageException with a Vietnamese message for field {@code featuredImage}
   */
  public ImageInfo inspect(byte[] bytes, String declaredFileName) throws InvalidImageException {
    String name = displayName(declaredFileName);
    if (bytes == null || bytes.length == 0) {
      throw new InvalidImageException("Ảnh đại diện là bắt buộc: tệp " + name + " trống.");
    }
    if (bytes.length > ImageLimits.MAX_BYTES) {
      throw new InvalidImageException(
          "Tệp ảnh đại diện "
              + name
              + " dung lượng "
              + megabytes(bytes.length)
              + " MB, vượt quá "
              + megabytes(ImageLimits.MAX_BYTES)
              + " MB cho phép.");
    }
    ImageFormat format = detectFormat(bytes);
    if (format == null) {
      throw new InvalidImageException(
          "Ảnh đại diện phải là ảnh JPEG, PNG hoặc WebP; tệp "
              + name
              + " thực chất là "
              + describeUnsupported(bytes)
              + ".");
    }
    ImageReader reader = readerFor(format);
    try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      reader.setInput(input, true, true);
      int width = reader.getWidth(0);
      int height = reader.getHeight(0);
      String sizeProblem = ImageLimits.sizeProblem(width, height);
      if (sizeProblem != null) {
        throw new InvalidImageException(sizeProblem);
      }
      reader.read(0, proofDecodeParam(reader, width, height));
      return new ImageInfo(format, width, height);
    } catch (IOException | RuntimeException e) {
      // Readers throw IIOException, but also IndexOutOfBounds and the like on crafted data.
      throw new InvalidImageException(
          "Tệp ảnh đại diện "
              + name
              + " có định dạng "
              + format
              + " nhưng bị hỏng hoặc không đọc được.",
          e);
    } finally {
      reader.dispose();
    }
  }

  /** The format announced by the magic bytes, or null if not one we accept. */
  static ImageFormat detectFormat(byte[] b) {
    if (startsWith(b, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
      return ImageFormat.JPEG;
    }
    if (startsWith(b, 0, PNG_SIGNATURE)) {
      return ImageFormat.PNG;
    }
    if (startsWith(b, 0, ascii("RIFF")) && startsWith(b, 8, ascii("WEBP"))) {
      return ImageFormat.WEBP;
    }
    return null;
  }

  /** Names what an unsupported file really is, so the user understands the refusal. */
  static String describeUnsupported(byte[] b) {
    if (startsWith(b, 0, ascii("GIF87a")) || startsWith(b, 0, ascii("GIF89a"))) {
      return "ảnh GIF (không được hỗ trợ)";
    }
    if (startsWith(b, 0, ascii("BM"))) {
      return "ảnh BMP (không được hỗ trợ)";
    }
    if (startsWith(b, 0, ascii("II*\0")) || startsWith(b, 0, ascii("MM\0*"))) {
      return "ảnh TIFF (không được hỗ trợ)";
    }
    if (startsWith(b, 4, ascii("ftyp"))) {
      return "ảnh HEIC/AVIF hoặc video (không được hỗ trợ)";
    }
    if (startsWith(b, 0, ascii("%PDF"))) {
      return "tài liệu PDF";
    }
    if (startsWith(b, 0, ascii("PK\u0003\u0004"))) {
      return "tệp nén ZIP hoặc tài liệu Office";
    }
    String head =
        new String(b, 0, Math.min(b.length, 1024), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    if (head.contains("<svg")) {
      return "ảnh vector SVG (có thể chứa mã thực thi, không được chấp nhận)";
    }
    if (head.contains("<html") || head.contains("<!doctype html") || head.contains("<script")) {
      return "trang HTML";
    }
    if (looksLikeText(b)) {
      return "tệp văn bản";
    }
    return "một định dạng không xác định";
  }

  private static ImageReader readerFor(ImageFormat format) throws InvalidImageException {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName());
    if (!readers.hasNext()) {
      // In a repackaged jar the plugin registry may have been built before the WebP plugin
      // was visible to the context class loader: scan once more.
      ImageIO.scanForPlugins();
      readers = ImageIO.getImageReadersByFormatName(format.imageIoName());
    }
    if (!readers.hasNext()) {
      throw new IllegalStateException(
          "No ImageIO reader for " + format + ": is imageio-webp on the classpath?");
    }
    return readers.next();
  }

  /**
   * Decodes every row but keeps at most about a megapixel, so a 40 MP image needs ~4 MB, not 160.
   */
  private static ImageReadParam proofDecodeParam(ImageReader reader, int width, int height) {
    ImageReadParam param = reader.getDefaultReadParam();
    long pixels = (long) width * height;
    if (pixels > PROOF_DECODE_MAX_PIXELS) {
      int step = (int) Math.ceil(Math.sqrt((double) pixels / PROOF_DECODE_MAX_PIXELS));
      param.setSourceSubsampling(step, step, 0, 0);
    }
    return param;
  }

  private static boolean looksLikeText(byte[] b) {
    int n = Math.min(b.length, 512);
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c < 0x09 || (c > 0x0D && c < 0x20)) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] b, int offset, byte[] prefix) {
    if (b.length < offset + prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[offset + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String displayName(String declaredFileName) {
    if (declaredFileName == null || declaredFileName.isBlank()) {
      return "(không tên)";
    }
    String clean = declaredFileName.replaceAll("[\\p{Cntrl}]", "?").strip();
    return "\"" + (clean.length() > 100 ? clean.substring(0, 100) + "…" : clean) + "\"";
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
  }
}
