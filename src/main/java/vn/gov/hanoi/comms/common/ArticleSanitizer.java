package vn.gov.hanoi.comms.common;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.PolicyFactory;

/**
 * V-REQ-1: the article body is rich text, stored only after sanitising with an allow-list (OWASP
 * java-html-sanitizer). Anything not listed is dropped: scripts, event handlers, frames, objects,
 * style attributes, javascript: URLs.
 *
 * <p>Sanitising alone would silently store a different article than the unit wrote, so {@link
 * #containsActiveContent} lets the validator refuse such a body with a clear reason instead (the
 * unit must see that its text carried executable code, e.g. pasted from a site).
 *
 * <p>Thread-safe and stateless: one instance can be shared.
 */
public class ArticleSanitizer {

  /** Elements that execute code or embed another document: their presence refuses a body. */
  private static final Set<String> ACTIVE_ELEMENTS =
      Set.of(
          "script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal");

  /** Attributes whose value is a URL that a browser may load or navigate to. */
  private static final Set<String> URL_ATTRIBUTES =
      Set.of(
          "href",
          "src",
          "action",
          "formaction",
          "xlink:href",
          "data",
          "background",
          "lowsrc",
          "dynsrc",
          "poster",
          "srcdoc");

  /** Schemes that run code when followed; browsers ignore blanks and controls inside them. */
  private static final Pattern SCRIPT_URL =
      Pattern.compile("^(javascript|vbscript|livescript|data:text/html)");

  private static final Pattern BLANKS_AND_CONTROLS = Pattern.compile("[\\s\\p{Cntrl}]+");

  /** Block elements: their boundaries separate words in the plain text. */
  private static final Set<String> BLOCK_ELEMENTS =
      Set.of(
          "p",
          "div",
          "br",
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
          "td",
          "th",
          "caption",
          "thead",
          "tbody",
          "tfoot",
          "section",
          "article",
          "header",
          "footer",
          "pre",
          "hr");

  private static final Pattern HTTPS_URL = Pattern.compile("(?i)^\\s*https://\\S+$");
  private static final Pattern SMALL_NUMBER = Pattern.compile("^[0-9]{1,4}$");

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "br",
              "b",
              "strong",
              "i",
              "em",
              "u",
              "ul",
              "ol",
              "li",
              "h2",
              "h3",
              "h4",
              "blockquote",
              "table",
              "caption",
              "thead",
              "tbody",
              "tfoot",
              "tr",
              "th",
              "td")
          .allowElements("a")
          .allowUrlProtocols("http", "https", "mailto")
          .allowAttributes("href", "title")
          .onElements("a")
          .requireRelNofollowOnLinks()
          .allowElements("img")
          // Images must come from an https server: http would be blocked as mixed content in VNeID.
          .allowAttributes("src")
          .matching(HTTPS_URL)
          .onElements("img")
          .allowAttributes("alt", "title")
          .onElements("img")
          .allowAttributes("width", "height")
          .matching(SMALL_NUMBER)
          .onElements("img")
          .allowAttributes("colspan", "rowspan")
          .matching(SMALL_NUMBER)
          .onElements("td", "th")
          .toFactory();

  /** The body reduced to the allowed elements and attributes; "" for null. */
  public String sanitize(String html) {
    if (html == null) {
      return "";
    }
    return POLICY.sanitize(html);
  }

  /**
   * Whether the HTML carries something that would execute or load a foreign document: a
   * script/frame/object element, an event handler attribute (onclick, onerror...), or a
   * javascript:/vbscript: URL. Such a body is refused rather than silently cleaned.
   */
  public boolean containsActiveContent(String html) {
    if (html == null || html.isEmpty()) {
      return false;
    }
    ActiveContentFinder finder = new ActiveContentFinder();
    HtmlSanitizer.sanitize(html, finder);
    return finder.found;
  }

  /**
   * The text a reader would see, with tags removed and entities decoded; block elements become line
   * breaks so words of different paragraphs do not run together.
   */
  public String plainText(String html) {
    if (html == null || html.isEmpty()) {
      return "";
    }
    TextCollector collector = new TextCollector();
    HtmlSanitizer.sanitize(html, collector);
    return collector.text.toString();
  }

  /** Receives the raw parse events (attribute values already entity-decoded by OWASP's lexer). */
  private static final class ActiveContentFinder implements HtmlSanitizer.Policy {
    private boolean found;

    @Override
    public void openTag(String elementName, List<String> attrs) {
      if (ACTIVE_ELEMENTS.contains(elementName)) {
        found = true;
      }
      for (int i = 0; i + 1 < attrs.size(); i += 2) {
        String name = attrs.get(i).toLowerCase(Locale.ROOT);
        if (name.startsWith("on")
            || (URL_ATTRIBUTES.contains(name) && isScriptUrl(attrs.get(i + 1)))) {
          found = true;
        }
      }
    }

    private static boolean isScriptUrl(String value) {
      String compact = BLANKS_AND_CONTROLS.matcher(value).replaceAll("").toLowerCase(Locale.ROOT);
      return SCRIPT_URL.matcher(compact).find();
    }

    @Override
    public void closeTag(String elementName) {}

    @Override
    public void text(String textChunk) {}

    @Override
    public void openDocument() {}

    @Override
    public void closeDocument() {}
  }

  private static final class TextCollector implements HtmlSanitizer.Policy {
    private final StringBuilder text = new StringBuilder();

    /** Depth inside script/style, whose content is not shown to readers. */
    private int hiddenDepth;

    @Override
    public void openTag(String elementName, List<String> attrs) {
      if ("script".equals(elementName) || "style".equals(elementName)) {
        hiddenDepth++;
      }
      breakLineAt(elementName);
    }

    @Override
    public void closeTag(String elementName) {
      if (("script".equals(elementName) || "style".equals(elementName)) && hiddenDepth > 0) {
        hiddenDepth--;
      }
      breakLineAt(elementName);
    }

    private void breakLineAt(String elementName) {
      if (BLOCK_ELEMENTS.contains(elementName)
          && !text.isEmpty()
          && text.charAt(text.length() - 1) != '\n') {
        text.append('\n');
      }
    }

    @Override
    public void text(String textChunk) {
      if (hiddenDepth == 0) {
        text.append(textChunk);
      }
    }

    @Override
    public void openDocument() {}

    @Override
    public void closeDocument() {}
  }
}
