package vn.gov.hanoi.comms.vneid.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.gov.hanoi.comms.common.ArticleSanitizer;
import vn.gov.hanoi.comms.screening.Screener;

/**
 * Runs the automatic pre-checks on a request for the reviewer (V-STEP-2): V-CHECK-1..3, and the
 * screening that protects residents (personal data, links, event dates) when its reference data is
 * given. Stateless once built; the prohibited terms come from configuration, the screening's
 * reference data from the product's tables.
 */
public class PreCheckRunner {

  private final ClassificationMarkingCheck classificationCheck;
  private final List<PreCheck> checks;
  private final ScreeningCheck screening = new ScreeningCheck();

  public PreCheckRunner(List<String> prohibitedTerms) {
    this(new ArticleSanitizer(), prohibitedTerms);
  }

  public PreCheckRunner(ArticleSanitizer sanitizer, List<String> prohibitedTerms) {
    this.classificationCheck =
        new ClassificationMarkingCheck(new ClassificationMarkingDetector(), sanitizer);
    this.checks =
        List.of(
            new FeaturedImageCheck(),
            classificationCheck,
            new CategoryCheck(),
            new ProhibitedTermsCheck(prohibitedTerms, sanitizer));
  }

  /**
   * @param featuredImage the inspected featured image, or null when there is none
   * @param attachmentNames file names of the attachments; null means none
   */
  public PreCheckReport run(
      ArticleDraft draft, ImageInfo featuredImage, List<String> attachmentNames) {
    return run(draft, featuredImage, attachmentNames, null);
  }

  /**
   * As above, and the screening with this reference data (allowed link hosts, published numbers);
   * null skips it.
   */
  public PreCheckReport run(
      ArticleDraft draft,
      ImageInfo featuredImage,
      List<String> attachmentNames,
      Screener.Rules screeningRules) {
    PreCheckSubject subject =
        new PreCheckSubject(Objects.requireNonNull(draft, "draft"), featuredImage, attachmentNames);
    List<PreCheckResult> results = new ArrayList<>();
    for (PreCheck check : checks) {
      results.addAll(check.check(subject));
    }
    if (screeningRules != null) {
      results.addAll(screening.check(subject, screeningRules));
    }
    return new PreCheckReport(results, classificationCheck.markings(subject));
  }
}
