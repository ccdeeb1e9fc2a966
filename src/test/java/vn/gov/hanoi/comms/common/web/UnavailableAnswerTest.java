package vn.gov.hanoi.comms.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** A valid request the node cannot answer yet is told to come back, not failed. */
class UnavailableAnswerTest {

  @Test
  @DisplayName(
      "I-DEDUP-5: a duplicate check refused while the index loads answers 503 problem+json with Retry-After")
  void unavailableIsA503WithRetryAfter() {
    var answer =
        new ApiExceptionHandler()
            .unavailable(new UnavailableException("Chỉ mục đang được nạp", Duration.ofSeconds(30)));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("30");
    assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(answer.getBody().getDetail()).isEqualTo("Chỉ mục đang được nạp");
  }
}
