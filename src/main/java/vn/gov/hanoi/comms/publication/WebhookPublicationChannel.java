package vn.gov.hanoi.comms.publication;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Pushes publications of every flow (VNeID articles, iHanoi notices) to an external publication
 * gateway at {@code app.publication.webhook.url}. Each call carries an {@code Idempotency-Key}
 * header so the gateway can drop repeats; a failure or a non-2xx answer throws, and the engine's
 * job retries (R3/PT5M in the model) take over.
 */
@Component
@Order(10)
@ConditionalOnProperty("app.publication.webhook.url")
public class WebhookPublicationChannel implements PublicationChannel {
  /** The name in publication_delivery and in the failure metric (V93 renamed "vneid-gateway"). */
  public static final String NAME = "webhook-gateway";

  static final String URL_SETTING = "app.publication.webhook.url";
  static final String TIMEOUT_SETTING = "app.publication.webhook.timeout";

  private final RestClient client;
  private final String url;
  private final Duration timeout;

  public WebhookPublicationChannel(WebhookProperties properties) {
    this.url = properties.url();
    this.timeout = properties.timeout();
    HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
    JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
    factory.setReadTimeout(timeout);
    this.client = RestClient.builder().baseUrl(url).requestFactory(factory).build();
  }

  /** The gateway serves every flow: its name says which system, never which flow. */
  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void publish(Publication p) {
    call(p.idempotencyKey(), Map.of("action", "publish", "publication", p));
  }

  @Override
  public void withdraw(String idempotencyKey) {
    call(
        idempotencyKey + ":withdraw",
        Map.of("action", "withdraw", "idempotencyKey", idempotencyKey));
  }

  /**
   * A failure is thrown as a {@link ChannelFault} that says what happened (refused, timeout, status
   * with the start of the answer) and which setting to check; PublicationService adds the flow's
   * item, and the result is the job's error text in Cockpit (O-FAIL-1).
   */
  private void call(String key, Map<String, Object> body) {
    try {
      client
          .post()
          .contentType(MediaType.APPLICATION_JSON)
          .header("Idempotency-Key", key)
          .body(body)
          .retrieve()
          .toBodilessEntity();
    } catch (ResourceAccessException e) {
      throw HttpFaults.ofIo(e, service(), URL_SETTING, TIMEOUT_SETTING, timeout);
    } catch (RestClientResponseException e) {
      throw HttpFaults.ofStatus(
          e.getStatusCode().value(), e.getResponseBodyAsString(), service(), URL_SETTING, e);
    }
  }

  private String service() {
    return "cổng phát hành (webhook) " + HttpFaults.shown(url);
  }
}
