package vn.gov.hanoi.comms.publication;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.common.PublicUrlProperties;
import vn.gov.hanoi.comms.notification.Mailer;

/**
 * Who hears of an item that did not go out (O-FAIL-2, O-FAIL-3): from the first failed attempt, the
 * counter {@code hanoi.publication.failures{channel,flow}} counts every failed attempt, and once
 * per outage the operators ({@code app.operations.alerts.to} and the members of {@code
 * app.operations.alerts.group} with an address) get a mail, and the item's flow tells its own
 * people; when the item finally goes out, both are told again. The engine's retries and incident
 * are unchanged: alerting never hides or replaces the failure (a mail that fails is logged).
 */
@Component
public class PublicationAlerts {
  static final String FAILURES = "hanoi.publication.failures";
  private static final Logger log = LoggerFactory.getLogger(PublicationAlerts.class);
  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

  private final PublicationOutages outages;
  private final Map<String, PublicationSource> sources;
  private final Mailer mailer;
  private final MeterRegistry meters;
  private final ProductClock clock;
  private final Set<String> operatorAddresses;
  private final String operatorGroup;
  private final String publicUrl;

  public PublicationAlerts(
      PublicationOutages outages,
      List<PublicationSource> sources,
      Mailer mailer,
      MeterRegistry meters,
      ProductClock clock,
      AlertProperties alerts,
      PublicUrlProperties publicUrl) {
    this.outages = outages;
    this.sources =
        sources.stream().collect(Collectors.toMap(PublicationSource::source, Function.identity()));
    this.mailer = mailer;
    this.meters = meters;
    this.clock = clock;
    this.operatorAddresses =
        Arrays.stream(alerts.to().split(","))
            .map(String::strip)
            .filter(a -> !a.isEmpty())
            .collect(Collectors.toCollection(LinkedHashSet::new));
    this.operatorGroup = alerts.group();
    this.publicUrl = publicUrl.publicUrl().replaceAll("/+$", "");
  }

  /** How people call an item of a flow ("tin iHanoi số 8 «…»"). */
  public String describe(String source, long sourceId) {
    PublicationSource s = sources.get(source);
    try {
      return s == null ? source + " " + sourceId : s.describe(sourceId);
    } catch (RuntimeException unreadable) {
      // e.g. the job's transaction already broken by the failure (PostgreSQL): say less, not
      // something else
      return source + " " + sourceId;
    }
  }

  /**
   * A channel failed on an item: records the attempt, counts it, alerts if this is the outage's
   * first, and returns the error the job fails with.
   */
  public PublicationFailedException failed(
      PublicationChannel channel,
      String key,
      String source,
      long sourceId,
      String action,
      RuntimeException error) {
    ChannelFault fault = ChannelFault.of(error);
    String item = describe(source, sourceId);
    PublicationFailedException failure = new PublicationFailedException(item, key, action, fault);
    Counter.builder(FAILURES)
        .description(
            "Failed attempts to hand an item to a publication channel, by channel and flow")
        .tag("channel", channel.name())
        .tag("flow", source)
        .register(meters)
        .increment();
    try {
      PublicationOutage outage =
          outages.failed(
              channel.name(),
              key,
              source,
              sourceId,
              action,
              item,
              failure.getMessage(),
              clock.now());
      if (!outage.alerted()) {
        outages.alerted(channel.name(), key);
        tellOperators(outage, failure.getMessage());
        Optional.ofNullable(sources.get(source)).ifPresent(s -> s.notDelivered(outage));
      }
    } catch (RuntimeException alertFailed) {
      log.warn("Could not alert about {} on {}: {}", key, channel.name(), alertFailed.toString());
    }
    return failure;
  }

  /** The channel took the item: ends its outage, if any, and tells whoever was told of it. */
  public void delivered(PublicationChannel channel, String key) {
    outages
        .recovered(channel.name(), key, clock.now())
        .ifPresent(outage -> afterCommit(() -> tellRecovered(outage)));
  }

  private void tellOperators(PublicationOutage o, String error) {
    Set<String> to = operators();
    if (to.isEmpty()) {
      log.warn("No operator address (app.operations.alerts.to) to alert: {}", error);
      return;
    }
    mailer.send(
        to,
        "[Cảnh báo phát hành] Chưa " + verb(o) + " " + o.item() + " qua " + o.channel(),
        "Lần thử đầu tiên thất bại lúc "
            + AT.format(o.firstFailedAt().atZone(ProductClock.HANOI))
            + ".\n\n"
            + error
            + "\n\nHệ thống tự thử lại theo mô hình quy trình (3 lần, cách nhau 5 phút); hết lượt thử, "
            + "việc thành sự cố (incident) trong Cockpit: "
            + publicUrl
            + "/camunda/app/cockpit/ (sửa nguyên nhân rồi bấm Retry).\n"
            + "Thư này gửi một lần cho mỗi lần gián đoạn; khi tin đi được, anh/chị nhận thư báo.\n"
            + "Số lần thử thất bại: chỉ số hanoi_publication_failures_total (/actuator/prometheus).");
  }

  private void tellRecovered(PublicationOutage o) {
    try {
      Set<String> to = operators();
      if (!to.isEmpty()) {
        mailer.send(
            to,
            "[Đã khắc phục] Đã " + verb(o) + " " + o.item() + " qua " + o.channel(),
            "Đã "
                + verb(o)
                + " "
                + o.item()
                + " qua "
                + o.channel()
                + " lúc "
                + AT.format(clock.now().atZone(ProductClock.HANOI))
                + ", sau "
                + o.attempts()
                + " lần thử thất bại (lần đầu lúc "
                + AT.format(o.firstFailedAt().atZone(ProductClock.HANOI))
                + ").\nLỗi cuối cùng: "
                + o.lastError());
      }
      Optional.ofNullable(sources.get(o.source())).ifPresent(s -> s.deliveredAfterOutage(o));
    } catch (RuntimeException e) {
      log.warn(
          "Could not tell that {} went out on {}: {}",
          o.idempotencyKey(),
          o.channel(),
          e.toString());
    }
  }

  private Set<String> operators() {
    Set<String> to = new LinkedHashSet<>(operatorAddresses);
    to.addAll(mailer.membersOf(operatorGroup));
    return to;
  }

  private static String verb(PublicationOutage o) {
    return o.withdrawal() ? "gỡ" : "gửi";
  }

  private static void afterCommit(Runnable r) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              r.run();
            }
          });
    } else {
      r.run();
    }
  }
}
