package vn.gov.hanoi.comms.vneid.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ImageInspectorTest {

  private final ImageInspector inspector = new ImageInspector();

  @Test
  @DisplayName("V-REQ-1: a real PNG is accepted with its size")
  void png() throws Exception {
    assertThat(inspector.inspect(image("png", 640, 360), "anh.png"))
        .isEqualTo(new ImageInfo(ImageFormat.PNG, 640, 360));
  }

  @Test
  @DisplayName("V-REQ-1: a real JPEG is accepted with its size")
  void jpeg() throws Exception {
    assertThat(inspector.inspect(image("jpeg", 800, 600), "anh.jpg"))
        .isEqualTo(new ImageInfo(ImageFormat.JPEG, 800, 600));
  }

  @Test
  @DisplayName("V-REQ-1: a real WebP (lossless) is accepted with its size")
  void webp() throws Exception {
    byte[] webp = solidLosslessWebp(640, 360, 0x20, 0x60, 0xC0);
    assertThat(inspector.inspect(webp, "anh.webp"))
        .isEqualTo(new ImageInfo(ImageFormat.WEBP, 640, 360));
    // The hand-made file is really decodable, and to the colour it was made with.
    BufferedImage decoded = ImageIO.read(new java.io.ByteArrayInputStream(webp));
    assertThat(decoded.getRGB(10, 10) & 0xFFFFFF).isEqualTo(0x2060C0);
  }

  @Test
  @DisplayName("V-REQ-1: the format comes from the content, not from the file name")
  void contentNotName() throws Exception {
    assertThat(inspector.inspect(image("png", 640, 360), "anh.jpg").format())
        .isEqualTo(ImageFormat.PNG);
  }

  @Test
  @DisplayName("V-REQ-1: a text file named .png is refused, saying what it is")
  void textNamedPng() {
    byte[] text = "Xin chào, đây không phải ảnh".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> inspector.inspect(text, "x.png"))
        .isInstanceOf(InvalidImageException.class)
        .hasMessageContaining("\"x.png\"")
        .hasMessageContaining("tệp văn bản");
  }

  @Test
  @DisplayName("V-REQ-1: an SVG is refused (it can carry scripts)")
  void svg() {
    byte[] svg =
        "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"400\"><script>alert(1)</script></svg>"
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> inspector.inspect(svg, "logo.png")).hasMessageContaining("SVG");
  }

  @Test
  @DisplayName("V-REQ-1: HTML and GIF are refused, naming what they are")
  void htmlAndGif() throws Exception {
    byte[] html = "<!DOCTYPE html><html><body>x</body></html>".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> inspector.inspect(html, "a.jpg")).hasMessageContaining("HTML");
    byte[] gif = image("gif", 640, 360);
    assertThatThrownBy(() -> inspector.inspect(gif, "a.gif")).hasMessageContaining("GIF");
  }

  @Test
  @DisplayName("V-REQ-1: an empty file or one over 10 MB is refused")
  void emptyOrTooHeavy() {
    assertThatThrownBy(() -> inspector.inspect(new byte[0], "a.png")).hasMessageContaining("trống");
    assertThatThrownBy(() -> inspector.inspect(null, null)).hasMessageContaining("trống");
    byte[] heavy = Arrays.copyOf(pngHeaderOnly(1000, 1000), ImageLimits.MAX_BYTES + 1);
    assertThatThrownBy(() -> inspector.inspect(heavy, "a.png")).hasMessageContaining("10.0 MB");
  }

  @Test
  @DisplayName("V-CHECK-1: an image under 200 x 100 is refused")
  void tooSmall() {
    assertThatThrownBy(() -> inspector.inspect(image("png", 199, 300), "a.png"))
        .hasMessageContaining("quá nhỏ");
    assertThatThrownBy(() -> inspector.inspect(image("png", 300, 99), "a.png"))
        .hasMessageContaining("quá nhỏ");
  }

  @Test
  @DisplayName(
      "V-CHECK-1: a header claiming 10,000 x 10,000 is refused from the header, without decoding")
  void hugeFromHeaderOnly() {
    // 57 bytes: signature, IHDR and IEND, no pixel data. Decoding would fail with "corrupt";
    // the size message proves the refusal came from the header.
    byte[] bomb = pngHeaderOnly(10_000, 10_000);
    assertThat(bomb.length).isLessThan(100);
    assertThatThrownBy(() -> inspector.inspect(bomb, "bom.png"))
        .hasMessageContaining("quá lớn")
        .hasMessageContaining("10000 x 10000");
  }

  @Test
  @DisplayName("V-CHECK-1: more than 40 megapixels is refused even with both sides under 8000")
  void tooManyPixels() {
    assertThatThrownBy(() -> inspector.inspect(pngHeaderOnly(7000, 7000), "a.png"))
        .hasMessageContaining("40 triệu");
  }

  @Test
  @DisplayName("V-REQ-1: an image that does not decode (truncated) is refused")
  void truncated() throws Exception {
    byte[] full = image("png", 640, 360);
    byte[] cut = Arrays.copyOf(pngHeaderOnly(640, 360), 33); // header of a real size, then nothing
    assertThatThrownBy(() -> inspector.inspect(cut, "a.png")).hasMessageContaining("bị hỏng");
    byte[] halfJpeg = Arrays.copyOf(image("jpeg", 800, 600), 400);
    assertThatThrownBy(() -> inspector.inspect(halfJpeg, "a.jpg"))
        .isInstanceOf(InvalidImageException.class);
    assertThat(full.length).isGreaterThan(33);
  }

  @Test
  @DisplayName(
      "V-REQ-1: a large valid image is checked with bounded memory (subsampled proof decode)")
  void largeValidImage() throws Exception {
    assertThat(inspector.inspect(image("png", 4000, 3000), "lon.png"))
        .isEqualTo(new ImageInfo(ImageFormat.PNG, 4000, 3000));
  }

  @Test
  @DisplayName("V-REQ-1: a refusal becomes a featuredImage field error")
  void fieldError() {
    InvalidImageException e = new InvalidImageException("x");
    assertThat(e.toFieldError().field()).isEqualTo("featuredImage");
  }

  // --- test images ---

  static byte[] image(String format, int width, int height) throws IOException {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(0x1E5AA8));
    g.fillRect(0, 0, width, height);
    g.setColor(Color.YELLOW);
    g.fillOval(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(ImageIO.write(img, format, out)).as("writer for " + format).isTrue();
    return out.toByteArray();
  }

  /** A PNG with a valid IHDR claiming the given size and no image data at all. */
  static byte[] pngHeaderOnly(int width, int height) {
    ByteBuffer ihdr = ByteBuffer.allocate(13);
    ihdr.putInt(width)
        .putInt(height)
        .put((byte) 8)
        .put((byte) 2)
        .put((byte) 0)
        .put((byte) 0)
        .put((byte) 0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    out.writeBytes(chunk("IHDR", ihdr.array()));
    out.writeBytes(chunk("IEND", new byte[0]));
    return out.toByteArray();
  }

  private static byte[] chunk(String type, byte[] data) {
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    return ByteBuffer.allocate(12 + data.length)
        .putInt(data.length)
        .put(typeBytes)
        .put(data)
        .putInt((int) crc.getValue())
        .array();
  }

  /**
   * A lossless WebP (VP8L) of one colour, written by hand because ImageIO has no WebP writer. With
   * one symbol per prefix code, VP8L spends zero bits per pixel: the whole bitstream is the header
   * and five "simple" prefix codes.
   */
  static byte[] solidLosslessWebp(int width, int height, int red, int green, int blue) {
    BitWriter bits = new BitWriter();
    bits.write(0x2F, 8); // VP8L signature
    bits.write(width - 1, 14);
    bits.write(height - 1, 14);
    bits.write(0, 1); // alpha not used
    bits.write(0, 3); // version 0
    bits.write(0, 1); // no transform
    bits.write(0, 1); // no colour cache
    bits.write(0, 1); // no meta prefix codes
    for (int symbol : new int[] {green, red, blue, 0xFF}) {
      bits.write(1, 1); // simple code
      bits.write(0, 1); // one symbol
      bits.write(1, 1); // 8-bit symbol
      bits.write(symbol, 8);
    }
    bits.write(1, 1); // distance code: simple, one 1-bit symbol 0
    bits.write(0, 1);
    bits.write(0, 1);
    bits.write(0, 1);
    // Zero padding: TwelveMonkeys' bit reader fetches 8 bytes at a time and needs them present.
    byte[] vp8l = Arrays.copyOf(bits.toByteArray(), 32);
    int padded = vp8l.length + (vp8l.length & 1);
    ByteBuffer riff = ByteBuffer.allocate(20 + padded).order(ByteOrder.LITTLE_ENDIAN);
    riff.put("RIFF".getBytes(StandardCharsets.US_ASCII))
        .putInt(12 + padded)
        .put("WEBP".getBytes(StandardCharsets.US_ASCII))
        .put("VP8L".getBytes(StandardCharsets.US_ASCII))
        .putInt(vp8l.length)
        .put(vp8l);
    return riff.array();
  }

  /** Least-significant bit first, as VP8L reads. */
  private static final class BitWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int current;
    private int used;

    void write(int value, int count) {
      for (int i = 0; i < count; i++) {
        current |= ((value >>> i) & 1) << used;
        if (++used == 8) {
          out.write(current);
          current = 0;
          used = 0;
        }
      }
    }

    byte[] toByteArray() {
      if (used > 0) {
        out.write(current);
        current = 0;
        used = 0;
      }
      return out.toByteArray();
    }
  }
}
