package vn.gov.hanoi.comms.vneid;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code app.vneid.prohibited-terms}: the terms the pre-check flags in an article (V-CHECK), a list
 * or one comma-separated text; none by default.
 */
@ConfigurationProperties("app.vneid")
public record VneidProperties(@DefaultValue List<String> prohibitedTerms) {}
