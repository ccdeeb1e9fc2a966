package vn.gov.hanoi.comms.publication;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Pushes publications to an external gateway (the real VNeID CMS) at {@code
 * app.publication.webhook.url}. Each call carries an {@code Idempotency-Key} header so the gateway
 * can drop repeats; a failure or a non-2xx answer throws, and the engine's job retries (R3/PT5M in
 * the model) take over.
 */
@Component
@Order(10)
@ConditionalOnProperty("app.publication.webhook.url")
public class WebhookPublicationChannel implements PublicationChannel {
  private final RestClient client;
  private final String url;
  private final Duration timeout;

  public WebhookPublicationChannel(
      @Value("${app.publication.webhook.url}") String url,
      @Value("${app.publication.webhook.timeout:PT10S}") Duration timeout) {
    this.url = url;
    this.timeout = timeout;
    HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
    JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
    factory.setReadTimeout(timeout);
    this.client = RestClient.builder().baseUrl(url).requestFactory(factory).build();
  }

  @Override
  public String name() {
    return "vneid-gateway";
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
   * The message becomes the incident's text in Cockpit: say which gateway, which key, and what went
   * wrong.
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
      throw new IllegalStateException(
          "VNeID gateway "
              + url
              + " unreachable or no answer within "
              + timeout
              + " (Idempotency-Key "
              + key
              + "): "
              + e.getMessage(),
          e);
    } catch (RestClientResponseException e) {
      throw new IllegalStateException(
          "VNeID gateway "
              + url
              + " answered "
              + e.getStatusCode().value()
              + " (Idempotency-Key "
              + key
              + "): "
              + e.getMessage(),
          e);
    }
  }
}
