package vn.gov.hanoi.comms.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.common.web.NotFoundException;
import vn.gov.hanoi.comms.demo.DemoImages;
import vn.gov.hanoi.comms.files.Upload;
import vn.gov.hanoi.comms.organisation.Organisation;
import vn.gov.hanoi.comms.organisation.OrganisationKind;
import vn.gov.hanoi.comms.organisation.OrganisationService;
import vn.gov.hanoi.comms.security.CurrentUser;
import vn.gov.hanoi.comms.security.CurrentUserResolver;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.vneid.VneidRequestService;
import vn.gov.hanoi.comms.vneid.VneidSubmission;
import vn.gov.hanoi.comms.vneid.content.ArticleDraft;
import vn.gov.hanoi.comms.vneid.content.Category;
import vn.gov.hanoi.comms.vneid.content.Gender;
import vn.gov.hanoi.comms.vneid.content.Scope;

/**
 * The volume benchmark's open work (benchmark profile only; administrators only): {@code count}
 * VNeID requests submitted through the product's own {@link VneidRequestService#submit} (the same
 * validation, storage, pre-checks, process start and routing as the API), spread round-robin over
 * every commune committee, each as that unit's member. Each leaves a real process instance waiting
 * in Task_Appraise for its district police, so Tasklist's lists and forms read real engine rows.
 */
@RestController
@ConditionalOnProperty("app.bench.count-statements")
public class OpenRequestSeeder {
  private final VneidRequestService requests;
  private final OrganisationService organisations;
  private final CurrentUserResolver users;
  private final ProductClock clock;

  public OpenRequestSeeder(
      VneidRequestService requests,
      OrganisationService organisations,
      CurrentUserResolver users,
      ProductClock clock) {
    this.requests = requests;
    this.organisations = organisations;
    this.users = users;
    this.clock = clock;
  }

  @PostMapping("/api/bench/open-requests")
  public Map<String, Object> seed(
      @RequestParam("count") int count,
      @RequestParam(value = "threads", defaultValue = "2") int threads)
      throws Exception {
    if (!users.current().isAdmin()) {
      throw new NotFoundException("Không tìm thấy.");
    }
    List<Organisation> units = organisations.findByKind(OrganisationKind.COMMUNE_COMMITTEE);
    byte[] image = DemoImages.banner("Đề án 06");
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, 8)));
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    Organisation unit = units.get(i % units.size());
                    try {
                      requests.submit(
                          new CurrentUser("bench.seeder", Set.of(Groups.unit(unit.code()))),
                          new VneidSubmission(
                              draft(unit, i), new Upload("anh.png", "image/png", image), null));
                    } catch (RuntimeException e) {
                      failed.incrementAndGet();
                    }
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    return Map.of(
        "submitted",
        count - failed.get(),
        "failed",
        failed.get(),
        "units",
        units.size(),
        "seconds",
        (System.nanoTime() - started) / 1e9);
  }

  private ArticleDraft draft(Organisation unit, int i) {
    Instant now = clock.now();
    return new ArticleDraft(
        unit.code(),
        unit.name() + " hướng dẫn cài đặt VNeID, đợt " + (i + 1),
        "Hướng dẫn người dân cài đặt và kích hoạt ứng dụng VNeID mức độ 2.",
        "<p>Người dân mang căn cước công dân đến trụ sở <b>công an xã</b> để được hỗ trợ.</p>",
        Category.PROJECT_06,
        Scope.COMMUNE,
        List.of(unit.homeAreaCode()),
        16,
        80,
        Gender.ALL,
        now.plus(Duration.ofDays(2)),
        now.plus(Duration.ofDays(9)),
        null,
        null,
        (i + 1) + "/UBND-VP",
        LocalDate.now(ProductClock.HANOI).minusDays(1));
  }
}
