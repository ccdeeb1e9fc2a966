package vn.gov.hanoi.comms.vneid.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs the automatic pre-checks of V-CHECK-1..3 on a request for the reviewer (V-STEP-2).
 * Stateless once built; the prohibited terms come from configuration.
 */
public class PreCheckRunner {

    private final ClassificationMarkingCheck classificationCheck;
    private final List<PreCheck> checks;

    public PreCheckRunner(List<String> prohibitedTerms) {
        this(new ArticleSanitizer(), prohibitedTerms);
    }

    public PreCheckRunner(ArticleSanitizer sanitizer, List<String> prohibitedTerms) {
        this.classificationCheck = new ClassificationMarkingCheck(new ClassificationMarkingDetector(), sanitizer);
        this.checks = List.of(
                new FeaturedImageCheck(),
                classificationCheck,
                new CategoryCheck(),
                new ProhibitedTermsCheck(prohibitedTerms, sanitizer));
    }

    /**
     * @param featuredImage   the inspected featured image, or null when there is none
     * @param attachmentNames file names of the attachments; null means none
     */
    public PreCheckReport run(ArticleDraft draft, ImageInfo featuredImage, List<String> attachmentNames) {
        PreCheckSubject subject = new PreCheckSubject(Objects.requireNonNull(draft, "draft"), featuredImage, attachmentNames);
        List<PreCheckResult> results = new ArrayList<>();
        for (PreCheck check : checks) {
            results.addAll(check.check(subject));
        }
        return new PreCheckReport(results, classificationCheck.markings(subject));
    }
}
