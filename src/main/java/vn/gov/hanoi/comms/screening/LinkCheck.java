package vn.gov.hanoi.comms.screening;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every link of an article, written out or behind a linked text: it must use https, must not hide
 * its target behind a URL shortener, and its host must be on the allowed list (host or parent
 * domain; "gov.vn" allows every .gov.vn site). One finding per link, the most serious first: a
 * shortener, a host off the list, http.
 */
final class LinkCheck {
  /**
   * Public, general-purpose URL shorteners: anyone can make one lead anywhere, so the resident
   * cannot see where it leads. A service's own short domain that only ever leads to that service
   * (forms.gle to Google Forms, youtu.be to YouTube, fb.me to Facebook) is no shortener: it names
   * where it leads, and is a host off the list like t.me.
   */
  static final Set<String> SHORTENERS =
      Set.of(
          "bit.ly",
          "bitly.com",
          "tinyurl.com",
          "goo.gl",
          "t.co",
          "ow.ly",
          "is.gd",
          "buff.ly",
          "rebrand.ly",
          "cutt.ly",
          "shorturl.at",
          "rb.gy",
          "tiny.cc",
          "s.id",
          "v.gd",
          "t.ly",
          "lnkd.in",
          "shorte.st",
          "adf.ly",
          "bom.so",
          "bom.to",
          "tinyurl.vn",
          "shorten.asia",
          "urlzs.com",
          "surl.li",
          "short.io",
          "qrco.de",
          "linktr.ee",
          "u.to",
          "clck.ru",
          "gg.gg",
          "1url.vn",
          "tiny.one",
          "y2u.be",
          "bit.do",
          "j.mp",
          "tr.im",
          "x.co",
          "soo.gd",
          "t2m.io",
          "bl.ink",
          "snip.ly",
          "shorturl.asia",
          "cutt.us",
          "tiny.pl",
          "shor.by",
          "bitly.ws",
          "urlz.fr",
          "ouo.io",
          "cli.re",
          "smarturl.it",
          "shrtco.de",
          "kutt.it",
          "zpr.io");

  private static final Pattern URL =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}@/.\\-])(?:(?:https?|ftp)://|www\\.)[^\\s<>\"'|]+"
              + "|(?<![\\p{L}\\p{N}@/.\\-_])(?:[a-z0-9](?:[a-z0-9\\-]*[a-z0-9])?\\.)+(?:vn|com|net|org|info|biz|io|me|co|ly|gl"
              + "|to|gd|cc|tk|xyz|top|site|online|link|app|asia|edu|gov|id|at|be|ru|cn|tv|ee|de|uk)(?::\\d+)?(?:/[^\\s<>\"'|]*)?"
              + "(?![\\p{L}\\p{N}@\\-_])"
              // a listed shortener is a link whatever its top-level domain ("bit.do/...",
              // "bom.so/...")
              + "|(?<![\\p{L}\\p{N}@/.\\-_])(?:"
              + SHORTENERS.stream()
                  .sorted(Comparator.comparingInt(String::length).reversed())
                  .map(Pattern::quote)
                  .collect(Collectors.joining("|"))
              + ")/[^\\s<>\"'|]*");

  private final List<String> allowedHosts;

  /**
   * @param allowedHosts hosts or parent domains links may lead to ("gov.vn", "vneid.gov.vn")
   */
  LinkCheck(List<String> allowedHosts) {
    List<String> hosts = new ArrayList<>();
    for (String h : allowedHosts) {
      String n = h.strip().toLowerCase(Locale.ROOT).replaceFirst("^\\*?\\.", "");
      if (!n.isEmpty()) {
        hosts.add(n);
      }
    }
    this.allowedHosts = List.copyOf(hosts);
  }

  List<Finding> find(ScreenedText t, BitSet claimed) {
    List<Finding> out = new ArrayList<>();
    for (ScreenedText.Link link : t.links()) {
      String href = link.href().strip();
      if (href.isEmpty()
          || href.startsWith("#")
          || href.startsWith("/")
          || href.regionMatches(true, 0, "mailto:", 0, 7)
          || href.regionMatches(true, 0, "tel:", 0, 4)) {
        continue;
      }
      check(t, href, link.start(), link.end(), out);
      claimed.set(link.start(), Math.max(link.start() + 1, link.end()));
    }
    Matcher m = URL.matcher(t.lower());
    while (m.find()) {
      int end = m.end();
      while (end > m.start() && ".,;:!?)]}".indexOf(t.text().charAt(end - 1)) >= 0) {
        end--;
      }
      if (PersonalDataDetector.isClaimed(claimed, m.start(), end) || end <= m.start()) {
        continue;
      }
      String written = t.lower().substring(m.start(), end);
      if (SHORTENERS.contains(written)) {
        continue; // "mã QR dẫn đến qrco.de": the service named, no shortened link to follow
      }
      check(t, t.text().substring(m.start(), end), m.start(), end, out);
      claimed.set(m.start(), end);
    }
    return out;
  }

  private void check(ScreenedText t, String url, int start, int end, List<Finding> out) {
    String lower = url.toLowerCase(Locale.ROOT);
    boolean http = lower.startsWith("http://");
    String host = host(lower);
    if (host.isEmpty()) {
      return;
    }
    String bare = host.startsWith("www.") ? host.substring(4) : host;
    FindingKind kind;
    String detail;
    if (SHORTENERS.contains(bare)) {
      kind = FindingKind.LINK_SHORTENER;
      detail = "đường dẫn rút gọn qua " + host + ", không thấy trang đích";
    } else if (!allowed(host)) {
      kind = FindingKind.LINK_HOST;
      detail =
          "trang đích "
              + host
              + " không thuộc danh sách tên miền được phép"
              + (http ? ", lại dùng http" : "");
    } else if (http) {
      kind = FindingKind.LINK_INSECURE;
      detail = "đường dẫn tới " + host + " dùng http, nên dùng https";
    } else {
      return;
    }
    String passage = end > start ? t.text().substring(start, end) : url;
    out.add(
        new Finding(
            kind,
            false,
            t.field(),
            t.attachmentName(),
            start,
            Math.max(start, end),
            passage,
            detail,
            http && kind != FindingKind.LINK_SHORTENER ? "https://" + url.substring(7) : null));
  }

  boolean allowed(String host) {
    for (String a : allowedHosts) {
      if (host.equals(a) || host.endsWith("." + a)) {
        return true;
      }
    }
    return false;
  }

  /** The host of a URL, with or without a scheme: no user, port, path, query or trailing dot. */
  static String host(String url) {
    String s = url.replaceFirst("^[a-z][a-z0-9+.\\-]*://", "");
    int cut = s.length();
    for (char c : new char[] {'/', '?', '#', '\\'}) {
      int i = s.indexOf(c);
      if (i >= 0 && i < cut) {
        cut = i;
      }
    }
    String authority = s.substring(0, cut);
    authority = authority.substring(authority.lastIndexOf('@') + 1);
    int colon = authority.indexOf(':');
    if (colon >= 0) {
      authority = authority.substring(0, colon);
    }
    while (authority.endsWith(".")) {
      authority = authority.substring(0, authority.length() - 1);
    }
    return authority;
  }
}
