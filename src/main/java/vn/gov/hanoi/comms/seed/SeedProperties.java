package vn.gov.hanoi.comms.seed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code app.seed.dataset}: the demo units and areas an empty database starts with ({@link
 * SeedDataset}); none by default (production: no demo unit, no demo area).
 */
@ConfigurationProperties("app.seed")
public record SeedProperties(@DefaultValue("none") String dataset) {}
