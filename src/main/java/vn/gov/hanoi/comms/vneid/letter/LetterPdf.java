package vn.gov.hanoi.comms.vneid.letter;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * The printed letter (LetterDocument's HTML) as an A4 PDF, through openhtmltopdf on PDFBox. The
 * letter's serif is Liberation Serif (Times New Roman's metrics, every Vietnamese letter; OFL 1.1,
 * bundled under {@code fonts/liberation-serif/}), embedded as a subset so that the PDF prints and
 * can be signed the same everywhere. The HTML is parsed by jsoup (openhtmltopdf wants well-formed
 * XML) and never fetches anything: the letter has no link, image or external style.
 */
public final class LetterPdf {
  private static final String FONT_DIR = "/fonts/liberation-serif/";
  static final String FAMILY = "Liberation Serif";

  private LetterPdf() {}

  public static byte[] of(String html) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      font(builder, "LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL);
      font(builder, "LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL);
      font(builder, "LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC);
      builder.withW3cDocument(W3CDom.convert(Jsoup.parse(html)), "/");
      builder.withProducer("Hanoi public communications");
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Không tạo được bản PDF của thông báo: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  private static void font(PdfRendererBuilder b, String file, int weight, FontStyle style) {
    b.useFont(() -> resource(file), FAMILY, weight, style, true);
  }

  private static InputStream resource(String file) {
    InputStream in = LetterPdf.class.getResourceAsStream(FONT_DIR + file);
    if (in == null) {
      throw new IllegalStateException("Thiếu phông chữ " + FONT_DIR + file + " trong gói ứng dụng");
    }
    return in;
  }
}
