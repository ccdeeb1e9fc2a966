package vn.gov.hanoi.comms.benchmark;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issue 14, the residents' read under load: {@code GET /api/feed?area=} for communes, at open
 * arrival rates stepped up (a call every 1/rate s whether or not the earlier ones have answered, so
 * a slow node shows as latency, not as a lower offered rate). Latency is measured from the moment a
 * call was due, not from when it was sent, so that a driver that falls behind does not hide the
 * wait (coordinated omission). Before the steps, a few VNeID requests are published to the communes
 * read, so that each call returns real items.
 */
final class FeedLoadBenchmark {
  /** The goal for this read. */
  static final double P99_GOAL_MS = 20;

  private final FlowBenchmark b;

  FeedLoadBenchmark(FlowBenchmark b) {
    this.b = b;
  }

  /** One rate's outcome. */
  record Step(
      double rate,
      int sent,
      int ok,
      int failed,
      double achieved,
      double p50,
      double p99,
      double max) {
    boolean sustained() {
      return failed == 0 && achieved >= 0.95 * rate;
    }

    boolean meetsGoal() {
      return sustained() && p99 < P99_GOAL_MS;
    }
  }

  String run(double[] rates, int seconds, int published) throws Exception {
    FlowBenchmark.Unit[] units = {FlowBenchmark.TRUCBACH, FlowBenchmark.HANGBAC};
    for (int i = 0; i < published; i++) {
      b.vneid(units[i % units.length], null);
    }
    String[] areas = Arrays.stream(units).map(FlowBenchmark.Unit::area).toArray(String[]::new);
    String auth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (FlowBenchmark.TRUCBACH.user() + ":" + FlowBenchmark.PASSWORD)
                        .getBytes(StandardCharsets.UTF_8));
    // Warm-up: the node's code paths compiled and its connection pools filled.
    step(areas, auth, Math.min(50, rates[0]), 5);
    List<Step> steps = new ArrayList<>();
    for (double rate : rates) {
      Step s = step(areas, auth, rate, seconds);
      System.out.printf(Locale.ROOT, "feed %.0f/s: %s%n", rate, s);
      steps.add(s);
      if (!s.sustained()) {
        break; // higher rates only queue more
      }
    }
    return table(steps, seconds, published, areas);
  }

  private Step step(String[] areas, String auth, double rate, int seconds) throws Exception {
    int total = (int) Math.round(rate * seconds);
    long periodNanos = (long) (1_000_000_000L / rate);
    ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
    AtomicInteger failed = new AtomicInteger();
    List<CompletableFuture<Void>> calls = new ArrayList<>(total);
    long start = System.nanoTime();
    for (int i = 0; i < total; i++) {
      long due = start + i * periodNanos;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      HttpRequest request =
          HttpRequest.newBuilder(b.uri("/api/feed?area=" + areas[i % areas.length]))
              .header("Authorization", auth)
              .timeout(Duration.ofSeconds(30))
              .GET()
              .build();
      calls.add(
          b.http
              .sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
              .handle(
                  (r, e) -> {
                    if (e != null || r.statusCode() != 200) {
                      failed.incrementAndGet();
                    } else {
                      latencies.add((System.nanoTime() - due) / 1e6);
                    }
                    return null;
                  }));
    }
    CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
    double elapsed = (System.nanoTime() - start) / 1e9;
    double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new Step(
        rate,
        total,
        sorted.length,
        failed.get(),
        sorted.length / elapsed,
        FlowBenchmark.percentile(sorted, 50),
        FlowBenchmark.percentile(sorted, 99),
        sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1]);
  }

  private static String table(List<Step> steps, int seconds, int published, String[] areas)
      throws Exception {
    double best = steps.stream().filter(Step::meetsGoal).mapToDouble(Step::rate).max().orElse(0);
    double sustained =
        steps.stream().filter(Step::sustained).mapToDouble(Step::rate).max().orElse(0);
    StringBuilder md = new StringBuilder();
    md.append(
        String.format(
            Locale.ROOT,
            "### Feed under load: open arrival rates, %d s each (issue 14)%n%n"
                + "`GET /api/feed?area=` for the communes %s in turn, HTTP Basic as a ward account, after %d "
                + "VNeID requests were published there; latency from the moment each call was due. Highest "
                + "rate with p99 < %.0f ms: **%.0f req/s**; highest rate answered in full (no error, ≥ 95 %% of "
                + "the offered rate): %.0f req/s. Load average before: %s.%n%n",
            seconds,
            String.join(", ", areas),
            published,
            P99_GOAL_MS,
            best,
            sustained,
            FlowBenchmark.loadAverage()));
    md.append(
        "| offered (req/s) | sent | ok | failed | answered (req/s) | p50 (ms) | p99 (ms) | max (ms) |\n"
            + "|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Step s : steps) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %.0f | %d | %d | %d | %.0f | %.1f | %.1f | %.1f |%n",
              s.rate(),
              s.sent(),
              s.ok(),
              s.failed(),
              s.achieved(),
              s.p50(),
              s.p99(),
              s.max()));
    }
    return md.toString();
  }
}
