package vn.gov.hanoi.comms.screening;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * One field of an article as a reader sees it, the text every finding's offsets count in: NFC,
 * blanks collapsed, one line per paragraph, list item or table row, the cells of a row separated by
 * " | ". A table's cells keep their column's heading ("Năm sinh", "Số điện thoại"), which says what
 * a bare value in that column is; links keep their target.
 */
public final class ScreenedText {
  /**
   * A table cell: where its text is, and the heading of its column (null when the table has none).
   */
  public record Cell(int start, int end, String heading) {}

  /** A link of the body: its target and where its visible text is. */
  public record Link(String href, int start, int end) {}

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "li",
          "ul",
          "ol",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "blockquote",
          "table",
          "tr",
          "caption",
          "thead",
          "tbody",
          "tfoot",
          "section",
          "article",
          "header",
          "footer",
          "pre",
          "hr",
          "dl",
          "dt",
          "dd");
  static final String CELL_SEPARATOR = " | ";

  private final Field field;
  private final String attachmentName;
  private final String text;
  private final String lower;
  private final List<Cell> cells;
  private final List<Link> links;

  private ScreenedText(
      Field field, String attachmentName, String text, List<Cell> cells, List<Link> links) {
    this.field = field;
    this.attachmentName = attachmentName;
    this.text = text;
    this.lower = lowerSameLength(text);
    this.cells = List.copyOf(cells);
    this.links = List.copyOf(links);
  }

  /** A title, summary or attachment name: typed text, blanks collapsed. */
  public static ScreenedText ofPlain(Field field, String attachmentName, String s) {
    return new ScreenedText(
        field, attachmentName, collapse(nfc(s == null ? "" : s)).strip(), List.of(), List.of());
  }

  public static ScreenedText ofHtml(String html) {
    TextBuilder builder = new TextBuilder();
    Jsoup.parseBodyFragment(html == null ? "" : nfc(html)).body().traverse(builder);
    return new ScreenedText(Field.BODY, null, builder.finish(), builder.cells, builder.links);
  }

  public Field field() {
    return field;
  }

  /** The file name when {@link #field()} is an attachment. */
  public String attachmentName() {
    return attachmentName;
  }

  public String text() {
    return text;
  }

  /** The text in lower case, same length and offsets as {@link #text()}. */
  public String lower() {
    return lower;
  }

  public List<Link> links() {
    return links;
  }

  /** The heading of the column whose cell holds this offset, or null. */
  public String headingAt(int offset) {
    Cell c = cellAt(offset);
    return c == null ? null : c.heading();
  }

  /**
   * Whether this offset is in a table's heading row: the line right below starts with a cell that
   * has this line's first cell as its heading.
   */
  public boolean inHeadingRow(int offset) {
    int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    int lineEnd = text.indexOf('\n', offset);
    Cell below = lineEnd < 0 ? null : cellAt(lineEnd + 1);
    return below != null
        && below.heading() != null
        && cellAt(offset) == null
        && text.startsWith(below.heading(), lineStart);
  }

  /** The table cell holding this offset, or null outside tables. */
  public Cell cellAt(int offset) {
    for (Cell c : cells) {
      if (offset >= c.start() && offset < c.end()) {
        return c;
      }
    }
    return null;
  }

  /** The cells of the table row holding this offset, in order (empty outside tables). */
  public List<Cell> rowAt(int offset) {
    int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    int lineEnd = text.indexOf('\n', offset);
    int end = lineEnd < 0 ? text.length() : lineEnd;
    List<Cell> row = new ArrayList<>();
    for (Cell c : cells) {
      if (c.start() >= lineStart && c.end() <= end) {
        row.add(c);
      }
    }
    return row;
  }

  static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /**
   * Lower case character by character, so offsets stay valid (String.toLowerCase may change the
   * length).
   */
  static String lowerSameLength(String s) {
    String lowered = s.toLowerCase(Locale.ROOT);
    if (lowered.length() == s.length()) {
      return lowered;
    }
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(chars[i]);
    }
    return new String(chars);
  }

  private static String collapse(String s) {
    return s.replaceAll("[\\s\\u00A0]+", " ");
  }

  /**
   * Walks the HTML as a browser lays it out: blocks on lines of their own, cells of a row on one
   * line.
   */
  private static final class TextBuilder implements NodeVisitor {
    private final StringBuilder sb = new StringBuilder();
    private final List<Cell> cells = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<Integer> linkStarts = new ArrayList<>();
    private final List<String> hrefs = new ArrayList<>();

    /** The tables being walked, innermost last. */
    private final List<Table> tables = new ArrayList<>();

    private int cellStart = -1;

    /** A table's state: its column headings once its first row proved to be a heading row. */
    private static final class Table {
      List<String> headings;
      int rows;
      boolean headingRow;
      final List<int[]> row = new ArrayList<>();
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        String s = collapse(t.getWholeText());
        if (atLineStart() || sb.charAt(sb.length() - 1) == ' ') {
          s = s.stripLeading();
        }
        sb.append(s);
        return;
      }
      if (!(node instanceof Element e)) {
        return;
      }
      String tag = e.normalName();
      switch (tag) {
        case "br" -> newLine();
        case "table" -> {
          newLine();
          tables.add(new Table());
        }
        case "tr" -> {
          newLine();
          Table t = table();
          if (t != null) {
            t.row.clear();
            t.headingRow = t.rows == 0;
          }
        }
        case "td", "th" -> {
          trimTrailingSpace();
          Table t = table();
          if (t != null && !t.row.isEmpty()) {
            sb.append(CELL_SEPARATOR);
          }
          if (t != null && "td".equals(tag)) {
            t.headingRow = t.headingRow && looksLikeHeading(e);
          }
          cellStart = sb.length();
        }
        case "a" -> {
          linkStarts.add(sb.length());
          hrefs.add(e.attr("href"));
        }
        default -> {
          if (BLOCKS.contains(tag)) {
            newLine();
          }
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return;
      }
      String tag = e.normalName();
      switch (tag) {
        case "td", "th" -> {
          trimTrailingSpace();
          Table t = table();
          if (t != null && cellStart >= 0) {
            t.row.add(new int[] {cellStart, sb.length()});
          }
        }
        case "tr" -> endRow();
        case "table" -> {
          newLine();
          if (!tables.isEmpty()) {
            tables.remove(tables.size() - 1);
          }
        }
        case "a" -> {
          int start = linkStarts.remove(linkStarts.size() - 1);
          String href = hrefs.remove(hrefs.size() - 1);
          int end = sb.length();
          while (end > start && sb.charAt(end - 1) == ' ') {
            end--;
          }
          links.add(new Link(href, start, end));
        }
        default -> {
          if (BLOCKS.contains(tag)) {
            newLine();
          }
        }
      }
    }

    /**
     * The first row of a table is its heading when it has th cells, or short cells without digits;
     * a unit's exponent ("Diện tích (m2)") is no digit of data.
     */
    private static boolean looksLikeHeading(Element td) {
      String s = td.text().replaceAll("\\(\\p{L}{1,3}[23]\\)", "");
      return s.length() <= 40 && !s.matches(".*\\d.*") && !s.isBlank();
    }

    private Table table() {
      return tables.isEmpty() ? null : tables.get(tables.size() - 1);
    }

    private void endRow() {
      Table t = table();
      if (t == null) {
        return;
      }
      if (t.rows++ == 0 && t.headingRow && !t.row.isEmpty()) {
        t.headings = new ArrayList<>();
        for (int[] c : t.row) {
          t.headings.add(sb.substring(c[0], c[1]));
        }
      } else {
        for (int i = 0; i < t.row.size(); i++) {
          String heading = t.headings != null && i < t.headings.size() ? t.headings.get(i) : null;
          cells.add(new Cell(t.row.get(i)[0], t.row.get(i)[1], heading));
        }
      }
      newLine();
    }

    private boolean atLineStart() {
      return sb.isEmpty() || sb.charAt(sb.length() - 1) == '\n';
    }

    private void trimTrailingSpace() {
      while (!sb.isEmpty() && sb.charAt(sb.length() - 1) == ' ') {
        sb.setLength(sb.length() - 1);
      }
    }

    private void newLine() {
      trimTrailingSpace();
      if (!atLineStart()) {
        sb.append('\n');
      }
    }

    String finish() {
      trimTrailingSpace();
      while (!sb.isEmpty() && sb.charAt(sb.length() - 1) == '\n') {
        sb.setLength(sb.length() - 1);
      }
      return sb.toString();
    }
  }
}
