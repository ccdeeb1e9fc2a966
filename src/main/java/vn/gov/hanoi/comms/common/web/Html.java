package vn.gov.hanoi.comms.common.web;

import org.springframework.web.util.HtmlUtils;

/**
 * Escapes text for HTML, keeping Vietnamese letters as they are (only markup characters change).
 */
public final class Html {
  private Html() {}

  public static String escape(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
