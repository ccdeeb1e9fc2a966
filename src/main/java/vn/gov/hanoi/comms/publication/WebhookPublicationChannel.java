package vn.gov.hanoi.comms.publication;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Pushes publications to an external gateway (the real VNeID CMS) at {@code app.publication.webhook.url}.
 * Each call carries an {@code Idempotency-Key} header so the gateway can drop repeats; a failure or
 * a non-2xx answer throws, and the engine's job retries (R3/PT5M in the model) take over.
 */
@Component
@Order(10)
@ConditionalOnProperty("app.publication.webhook.url")
public class WebhookPublicationChannel implements PublicationChannel {
  private final RestClient client;

  public WebhookPublicationChannel(@Value("${app.publication.webhook.url}") String url,
      @Value("${app.publication.webhook.timeout:PT10S}") Duration timeout) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
    JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
    factory.setReadTimeout(timeout);
    this.client = RestClient.builder().baseUrl(url).requestFactory(factory).build();
  }

  @Override
  public void publish(Publication p) {
    client.post().contentType(MediaType.APPLICATION_JSON)
        .header("Idempotency-Key", p.idempotencyKey())
        .body(Map.of("action", "publish", "publication", p))
        .retrieve().toBodilessEntity();
  }

  @Override
  public void withdraw(String idempotencyKey) {
    client.post().contentType(MediaType.APPLICATION_JSON)
        .header("Idempotency-Key", idempotencyKey + ":withdraw")
        .body(Map.of("action", "withdraw", "idempotencyKey", idempotencyKey))
        .retrieve().toBodilessEntity();
  }
}
