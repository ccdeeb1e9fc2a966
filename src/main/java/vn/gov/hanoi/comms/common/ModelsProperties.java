package vn.gov.hanoi.comms.common;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.models-location} (MODELS_LOCATION): where {@link ModelDeployer} reads the BPMN, DMN
 * and form files ({@code auto}: the checkout's folders when started from one, else the jar).
 */
@Validated
@ConfigurationProperties("app")
public record ModelsProperties(@NotBlank String modelsLocation) {}
