package vn.gov.hanoi.comms.ihanoi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.gov.hanoi.comms.common.ProductClock;

class CadenceScheduleTest {
  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  @Test
  @DisplayName(
      "I-CADENCE-1: the daily check starts at the next 07:00 Hanoi time, whatever the server's time zone")
  void nextSevenInHanoi() {
    ClockUtil.setCurrentTime(
        Date.from(java.time.Instant.parse("2026-11-20T01:00:00Z"))); // 08:00 in Hanoi
    assertThat(
            new CadenceSchedule(
                    new CadenceProperties(Duration.ofDays(3), LocalTime.of(7, 0), ""),
                    new ProductClock())
                .getCycle())
        .isEqualTo("R/2026-11-21T07:00:00+07:00/P1D");
    ClockUtil.setCurrentTime(
        Date.from(java.time.Instant.parse("2026-11-19T20:00:00Z"))); // 03:00 in Hanoi
    assertThat(
            new CadenceSchedule(
                    new CadenceProperties(Duration.ofDays(3), LocalTime.of(7, 0), ""),
                    new ProductClock())
                .getCycle())
        .isEqualTo("R/2026-11-20T07:00:00+07:00/P1D");
    assertThat(
            new CadenceSchedule(
                    new CadenceProperties(Duration.ofDays(3), LocalTime.of(7, 0), "R/PT1H"),
                    new ProductClock())
                .getCycle())
        .isEqualTo("R/PT1H");
  }
}
