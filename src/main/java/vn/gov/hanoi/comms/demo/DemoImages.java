package vn.gov.hanoi.comms.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Draws a featured image for demo articles (and tests), so the repository needs no binary files.
 */
public final class DemoImages {
  private DemoImages() {}

  public static byte[] banner(String text, Color from, Color to) {
    BufferedImage img = new BufferedImage(1200, 630, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, from, 1200, 630, to));
    g.fillRect(0, 0, 1200, 630);
    g.setColor(Color.WHITE);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 56));
    g.drawString(text, 60, 330);
    g.dispose();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(img, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] banner(String text) {
    return banner(text, new Color(0xB7, 0x1C, 0x1C), new Color(0xF5, 0x7F, 0x17));
  }
}
