package vn.gov.hanoi.comms.dedup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;

/**
 * Benchmark of {@link DuplicateDetector} (not a unit test): index build time, heap after build and
 * check latency p50/p99 over 2,000 queries (half duplicates of indexed notices, half new notices)
 * for corpora of 10k, 100k and 1M synthetic notices. Writes a Markdown table.
 *
 * <pre>
 * mvn -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * mvn -q test-compile &amp;&amp; java -Xmx8g -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     vn.gov.hanoi.comms.dedup.DedupBenchmark BENCHMARK-dedup.md [sizes...]
 * </pre>
 */
public final class DedupBenchmark {

  private static final int QUERIES = 2_000;
  private static final int WARM_UP_QUERIES = 500;
  private static final long SEED = 20240705L;

  private DedupBenchmark() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Path output = Path.of(args.length > 0 ? args[0] : "target/dedup-benchmark.md");
    int[] sizes =
        args.length > 1
            ? Arrays.stream(args).skip(1).mapToInt(Integer::parseInt).toArray()
            : new int[] {10_000, 100_000, 1_000_000};
    StringBuilder md = new StringBuilder();
    md.append(
        "| notices | build (s) | heap after build (MB) | heap / notice (bytes) | check p50 (ms) "
            + "| check p99 (ms) | matches reported / query (mean) | duplicates found | new notices flagged |\n");
    md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (int size : sizes) {
      String row = run(size);
      System.out.println(row);
      md.append(row).append('\n');
      Files.writeString(output, header() + md);
    }
    System.out.println("Written to " + output.toAbsolutePath());
  }

  private static final String COMMAND =
      """
            mvn -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
            mvn -q test-compile && java -Xmx8g -cp target/test-classes:target/classes:$(cat target/cp.txt) \\
                vn.gov.hanoi.comms.dedup.DedupBenchmark BENCHMARK-dedup.md [sizes, default 10000 100000 1000000]
            """;

  private static String header() {
    Runtime rt = Runtime.getRuntime();
    return "# Duplicate detection benchmark (I-DEDUP)\n\n```\n"
        + COMMAND
        + "```\n\n"
        + String.format(
            Locale.ROOT,
            "Run %s on %d cores, Java %s, max heap %d MB. Word 3-shingles, %d MinHash positions, "
                + "LSH %d bands x %d rows. %d check queries per size after %d warm-up queries: half are "
                + "variants of an indexed notice (shortened to 60%%, + local sentence, no diacritics, new "
                + "heading, NFD), half are new notices. Heap = used heap after System.gc() minus before.%n%n",
            Instant.now(),
            rt.availableProcessors(),
            System.getProperty("java.version"),
            rt.maxMemory() >> 20,
            DuplicateDetector.NUM_HASHES,
            DuplicateDetector.BANDS,
            DuplicateDetector.ROWS,
            QUERIES,
            WARM_UP_QUERIES);
  }

  private static String run(int size) throws InterruptedException {
    SyntheticNotices corpus = new SyntheticNotices(SEED);
    long heapBefore = usedHeapAfterGc();
    DuplicateDetector detector =
        new DuplicateDetector(DuplicateDetector.BANDS, DuplicateDetector.ROWS, size);
    Instant sent = Instant.parse("2025-01-01T00:00:00Z");
    long start = System.nanoTime();
    LongStream.range(0, size)
        .parallel()
        .forEach(
            i -> {
              SyntheticNotices.Text t = corpus.notice(i);
              detector.index(
                  new StoredNotice(
                      i,
                      i % 10 == 0 ? "CITY" : "DISTRICT",
                      "HN-" + (i % 30),
                      sent,
                      t.title(),
                      t.body()));
            });
    double buildSeconds = (System.nanoTime() - start) / 1e9;
    long heapAfter = usedHeapAfterGc();
    long heapUsed = heapAfter - heapBefore;

    for (int q = 0; q < WARM_UP_QUERIES; q++) {
      SyntheticNotices.Text t = corpus.notice(size + 10_000_000L + q);
      detector.check(t.title(), t.body(), n -> true);
    }
    long[] nanos = new long[QUERIES];
    long candidates = 0;
    int found = 0;
    int falseFlags = 0;
    java.util.Random pick = new java.util.Random(size);
    for (int q = 0; q < QUERIES; q++) {
      boolean duplicate = q % 2 == 0;
      long target = pick.nextInt(size);
      SyntheticNotices.Text t =
          duplicate ? corpus.duplicateOf(target, q / 2) : corpus.notice(size + q);
      long t0 = System.nanoTime();
      List<Match> matches = detector.check(t.title(), t.body(), n -> true);
      nanos[q] = System.nanoTime() - t0;
      candidates += matches.size();
      if (duplicate && matches.stream().anyMatch(m -> m.noticeId() == target && m.duplicate())) {
        found++;
      }
      if (!duplicate && matches.stream().anyMatch(Match::duplicate)) {
        falseFlags++;
      }
    }
    Arrays.sort(nanos);
    return String.format(
        Locale.ROOT,
        "| %,d | %.1f | %,d | %,d | %.2f | %.2f | %.1f | %d / %d | %d / %d |",
        size,
        buildSeconds,
        heapUsed >> 20,
        heapUsed / size,
        nanos[QUERIES / 2] / 1e6,
        nanos[(int) (QUERIES * 0.99)] / 1e6,
        (double) candidates / QUERIES,
        found,
        QUERIES / 2,
        falseFlags,
        QUERIES / 2);
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
