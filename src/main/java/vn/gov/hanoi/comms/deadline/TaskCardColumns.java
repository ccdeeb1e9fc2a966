package vn.gov.hanoi.comms.deadline;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.hanoi.comms.worklist.CardColumns;
import vn.gov.hanoi.comms.worklist.CardColumns.Column;

/** The card variables {@link TaskCard} sets, as Tasklist's lists show them (worklist). */
@Configuration(proxyBeanMethods = false)
class TaskCardColumns {
  @Bean
  CardColumns tasklistCardColumns() {
    return new CardColumns(
        List.of(
            new Column(TaskCard.UNIT, "Đơn vị"),
            new Column(TaskCard.ROUND, "Vòng"),
            new Column(TaskCard.DEADLINE, "Hạn xử lý"),
            new Column(TaskCard.NOTICE, "Thông báo")));
  }
}
