package vn.gov.hanoi.comms.vneid.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.gov.hanoi.comms.common.ArticleSanitizer;

/**
 * V-CHECK-3 (second half): a configurable list of prohibited terms, one warning per term found in
 * the title, summary, body or attachment names. Matching ignores case and diacritics (a term typed
 * "co bac" also finds "cờ bạc") and respects word boundaries ("ma tuy" does not match inside "ma
 * tuyến").
 */
public class ProhibitedTermsCheck implements PreCheck {

  public static final String CODE = "V-CHECK-3";
  private static final PreCheckName NAME = PreCheckName.PROHIBITED_TERMS;

  /** The term as configured, for the message, and its folded pattern. */
  private final Map<String, Pattern> patterns = new LinkedHashMap<>();

  private final ArticleSanitizer sanitizer;

  public ProhibitedTermsCheck(List<String> terms) {
    this(terms, new ArticleSanitizer());
  }

  public ProhibitedTermsCheck(List<String> terms, ArticleSanitizer sanitizer) {
    this.sanitizer = Objects.requireNonNull(sanitizer);
    for (String term : terms == null ? List.<String>of() : terms) {
      if (term == null || term.isBlank()) {
        continue;
      }
      String folded = VietnameseText.fold(term.strip());
      String body = Pattern.quote(folded).replaceAll("\\s+", "\\\\E\\\\s+\\\\Q");
      patterns.putIfAbsent(
          term.strip(), Pattern.compile("(?<![\\p{L}\\p{N}])" + body + "(?![\\p{L}\\p{N}])"));
    }
  }

  @Override
  public List<PreCheckResult> check(PreCheckSubject subject) {
    ArticleDraft d = subject.draft();
    String haystack =
        VietnameseText.fold(
            String.join(
                "\n",
                Objects.toString(d.title(), ""),
                Objects.toString(d.summary(), ""),
                sanitizer.plainText(d.bodyHtml()),
                String.join("\n", subject.attachmentNames())));
    List<PreCheckResult> results = new ArrayList<>();
    patterns.forEach(
        (term, pattern) -> {
          if (pattern.matcher(haystack).find()) {
            results.add(PreCheckResult.warning(NAME, "Có cụm từ cần xem xét: \"" + term + "\"."));
          }
        });
    if (results.isEmpty()) {
      results.add(PreCheckResult.ok(NAME, "Không có cụm từ trong danh sách cấm."));
    }
    return results;
  }
}
