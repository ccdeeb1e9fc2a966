package vn.gov.hanoi.comms.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.common.PublicUrlProperties;
import vn.gov.hanoi.comms.common.StartupOrder;

/** Tells a newcomer, once the demo is up, where to go and whom to log in as. */
@Component
@Order(StartupOrder.BANNER)
@ConditionalOnProperty("app.demo.enabled")
public class StartupBanner implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

  private final String url;
  private final String password;

  public StartupBanner(PublicUrlProperties publicUrl, DemoProperties demo) {
    this.url = publicUrl.publicUrl();
    this.password = demo.requiredPassword();
  }

  @Override
  public void run(ApplicationArguments args) {
    StringBuilder users = new StringBuilder();
    users.append(String.format("%n    %-22s %s", "demo", "quản trị (Cockpit, Admin)"));
    DemoData.USERS.forEach((id, v) -> users.append(String.format("%n    %-22s %s", id, v[0])));
    IhanoiDemoData.USERS.forEach(
        (id, v) -> users.append(String.format("%n    %-22s %s", id, v[0])));
    log.info(
        """

        ==================================================================
        Ứng dụng đã sẵn sàng / The demo is ready
          Tasklist:  {}/camunda/app/tasklist/
          Cockpit:   {}/camunda/app/cockpit/
          Admin:     {}/camunda/app/admin/
          Dashboard: {}/dashboard/
          API docs:  {}/swagger-ui.html
          Feed:      {}/api/feed?area=00004
          Mailbox:   {}/api/demo/mailbox
        Demo users (password {}):{}
        ==================================================================""",
        url,
        url,
        url,
        url,
        url,
        url,
        url,
        password,
        users);
  }
}
