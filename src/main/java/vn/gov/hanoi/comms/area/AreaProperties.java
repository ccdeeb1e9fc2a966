package vn.gov.hanoi.comms.area;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code app.areas.initial-list}: the official area list (reference data shipped in the jar) an
 * empty database starts with; blank: none.
 */
@ConfigurationProperties("app.areas")
public record AreaProperties(@DefaultValue("") String initialList) {}
