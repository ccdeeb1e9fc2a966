package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Pattern;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * iHanoi notices stored before I-TEXT-1 refused markup in titles may hold tags, HTML comments or
 * unfilled template text ({@code Thử <i>nghiệm</i> <script>alert('t')</script>}). This turns each
 * such title once into the plain text a reader saw ({@code Thử nghiệm}): comments, scripts and
 * styles and template text go with their content, other tags go and keep their text, entities are
 * decoded and runs of white space become one space. Only the title changes: of the notice, and of
 * its feed row (the copy residents are served). Titles without markup, such as {@code Giờ <10h> &
 * 15h}, are left exactly as they are. Java, because neither H2 nor PostgreSQL can strip tags safely
 * in SQL (regular expressions differ, and do not understand comments or script content).
 */
public class V95__Plain_titles_of_earlier_ihanoi_notices extends BaseJavaMigration {
  /** The test of {@code ihanoi.NoticeText} when this was written: a tag or a comment. */
  private static final Pattern MARKUP =
      Pattern.compile("<\\s*/?\\s*[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>|<!--");

  private static final Pattern COMMENT = Pattern.compile("<!--[\\s\\S]*?(-->|$)");
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{[\\s\\S]*?(}}|$)");

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select id, title from ihanoi_notice");
        PreparedStatement notice =
            c.prepareStatement("update ihanoi_notice set title = ? where id = ?");
        PreparedStatement feed =
            c.prepareStatement(
                "update publication set title = ? where source = 'IHANOI' and source_id = ?")) {
      while (rs.next()) {
        String title = rs.getString("title");
        if (!needsCleaning(title)) {
          continue;
        }
        long id = rs.getLong("id");
        String plain = plain(title, id);
        for (PreparedStatement update : new PreparedStatement[] {notice, feed}) {
          update.setString(1, plain);
          update.setLong(2, id);
          update.executeUpdate();
        }
      }
    }
  }

  static boolean needsCleaning(String title) {
    String joined = COMMENT.matcher(title).replaceAll("");
    return MARKUP.matcher(title).find() || joined.contains("{{") || joined.contains("}}");
  }

  /**
   * The title as plain text; when nothing readable is left, "Tin số N" so that the notice keeps a
   * title (the column is required).
   */
  static String plain(String title, long id) {
    String withoutComments = COMMENT.matcher(title).replaceAll("");
    Document doc = Jsoup.parseBodyFragment(withoutComments);
    doc.select("script, style, template, noscript, iframe, object").remove();
    String text = TEMPLATE.matcher(doc.body().text()).replaceAll("").replace("}}", "");
    text = text.replaceAll("[\\s\\u00A0]+", " ").strip();
    return text.isEmpty() ? "Tin số " + id : text;
  }
}
