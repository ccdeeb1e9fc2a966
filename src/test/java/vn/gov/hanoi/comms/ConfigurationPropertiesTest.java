package vn.gov.hanoi.comms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.handler.IgnoreTopLevelConverterNotFoundBindHandler;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import vn.gov.hanoi.comms.common.MailProperties;
import vn.gov.hanoi.comms.common.PublicUrlProperties;
import vn.gov.hanoi.comms.ihanoi.CadenceProperties;
import vn.gov.hanoi.comms.ihanoi.DedupProperties;
import vn.gov.hanoi.comms.operations.MetricsProperties;
import vn.gov.hanoi.comms.publication.AlertProperties;
import vn.gov.hanoi.comms.publication.FeedCacheProperties;
import vn.gov.hanoi.comms.publication.WebhookProperties;
import vn.gov.hanoi.comms.quota.QuotaReminderProperties;
import vn.gov.hanoi.comms.reporting.ReportProperties;
import vn.gov.hanoi.comms.security.ApiCredentialsCacheProperties;
import vn.gov.hanoi.comms.security.AuthorizationProperties;

/**
 * Each capability's {@code @ConfigurationProperties} record, bound as Spring Boot binds it at
 * start-up (conversion, defaults, bean validation) without a context: the settings bind to what the
 * {@code @Value} injections gave, absent ones take the same defaults, and a bad value stops the
 * start naming the setting.
 */
@DisplayName(
    "O-FAIL-1, V-STEP-4, V-QUOTA-1, R-1, R-2, I-CADENCE-1: each capability's settings bind, a bad value is refused")
class ConfigurationPropertiesTest {

  /** One properties class: a good setting and what it binds to, and a bad one. */
  record Case(
      String prefix,
      Class<?> type,
      Map<String, String> good,
      Object expected,
      Map<String, String> bad) {

    @Override
    public String toString() {
      return type.getSimpleName();
    }
  }

  static Stream<Arguments> cases() {
    return Stream.of(
            new Case(
                "app.mail",
                MailProperties.class,
                Map.of("app.mail.from", "khong-tra-loi@hanoi.gov.vn"),
                new MailProperties("khong-tra-loi@hanoi.gov.vn"),
                Map.of("app.mail.from", " ")),
            new Case(
                "app",
                PublicUrlProperties.class,
                Map.of("app.public-url", "http://localhost:8080"),
                new PublicUrlProperties("http://localhost:8080"),
                Map.of("app.public-url", "")),
            new Case(
                "app.publication.webhook",
                WebhookProperties.class,
                Map.of("app.publication.webhook.url", "http://gw/publish"),
                new WebhookProperties("http://gw/publish", Duration.ofSeconds(10)),
                Map.of("app.publication.webhook.timeout", "ten seconds")),
            new Case(
                "app.operations.alerts",
                AlertProperties.class,
                Map.of("app.operations.alerts.to", "ops@hanoi.gov.vn"),
                new AlertProperties("ops@hanoi.gov.vn", "camunda-admin"),
                Map.of("app.operations.alerts.group", " ")),
            new Case(
                "app.metrics",
                MetricsProperties.class,
                Map.of("app.metrics.refresh", "PT0S"),
                new MetricsProperties(Duration.ZERO, Duration.ofMinutes(1)),
                Map.of("app.metrics.refresh", "often")),
            new Case(
                "app.quota.reminder",
                QuotaReminderProperties.class,
                Map.of("app.quota.reminder.cycle", ""),
                new QuotaReminderProperties("", 15, LocalTime.of(8, 0)),
                Map.of("app.quota.reminder.time", "25:00")),
            new Case(
                "app.ihanoi.cadence",
                CadenceProperties.class,
                Map.of("app.ihanoi.cadence.time", "07:30"),
                new CadenceProperties(Duration.ofDays(3), LocalTime.of(7, 30), ""),
                Map.of("app.ihanoi.cadence.max-gap", "three days")),
            new Case(
                "app.reports",
                ReportProperties.class,
                Map.of("app.reports.recipients.vneid", "a@hanoi.gov.vn,b@hanoi.gov.vn"),
                new ReportProperties(
                    new ReportProperties.Weekly(DayOfWeek.THURSDAY, LocalTime.of(8, 0), ""),
                    new ReportProperties.Monthly(10, LocalTime.of(8, 0), ""),
                    "",
                    new ReportProperties.Recipients(
                        List.of("a@hanoi.gov.vn", "b@hanoi.gov.vn"), List.of())),
                Map.of("app.reports.weekly.day", "THURSDAYS")),
            new Case(
                "app.security",
                AuthorizationProperties.class,
                Map.of(),
                new AuthorizationProperties(50),
                Map.of("app.security.auth-group-filter-threshold", "-1")),
            new Case(
                "app.security.api-login",
                ApiCredentialsCacheProperties.class,
                Map.of("app.security.api-login.trust-ttl", "10s"),
                new ApiCredentialsCacheProperties(Duration.ofSeconds(10)),
                Map.of("app.security.api-login.trust-ttl", "1h")),
            new Case(
                "app.ihanoi.dedup",
                DedupProperties.class,
                Map.of("app.ihanoi.dedup.look-back", "P7D"),
                new DedupProperties(Duration.ofDays(7), 5000, Duration.ofMinutes(2)),
                Map.of("app.ihanoi.dedup.catch-up-page", "0")),
            new Case(
                "app.feed.cache",
                FeedCacheProperties.class,
                Map.of(),
                new FeedCacheProperties(Duration.ofSeconds(5), 10_000),
                Map.of("app.feed.cache.ttl", "2m")))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @DisplayName("the settings bind to the values the @Value injections had, defaults included")
  void binds(Case c) {
    assertThat(bind(c.prefix(), c.type(), c.good())).isEqualTo(c.expected());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @DisplayName("a bad value stops the start, naming the setting")
  void badValueIsRefused(Case c) {
    assertThatThrownBy(() -> bind(c.prefix(), c.type(), c.bad()))
        .isInstanceOf(BindException.class)
        .hasMessageContaining(c.prefix());
  }

  private static Object bind(String prefix, Class<?> type, Map<String, String> settings) {
    ValidationBindHandler validation =
        new ValidationBindHandler(
            new IgnoreTopLevelConverterNotFoundBindHandler(),
            new SpringValidatorAdapter(Validation.buildDefaultValidatorFactory().getValidator()));
    return new Binder(new MapConfigurationPropertySource(settings))
        .bindOrCreate(prefix, Bindable.of(type), validation);
  }
}
