package vn.gov.hanoi.comms.vneid;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.hanoi.comms.worklist.UnitTaskList;

/** The task list VNeID adds for units in Tasklist: their requests' open steps. */
@Configuration(proxyBeanMethods = false)
class VneidTaskLists {
  static final String UNIT_REQUESTS = "unit-requests";

  @Bean
  UnitTaskList vneidUnitRequests() {
    return new UnitTaskList(
        UNIT_REQUESTS,
        "Đề nghị của đơn vị",
        "Các đề nghị đăng tin của đơn vị đang ở bước nào, ai xử lý, hạn xử lý; việc chỉnh sửa của đơn vị và thông báo",
        10,
        "#449d44",
        VneidProcess.KEY);
  }
}
