package vn.gov.hanoi.comms.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LshIndexTest {

  private final MinHasher minHasher = new MinHasher();
  private final Random random = new Random(7);

  private long[] randomSet(int size) {
    long[] set = random.longs(size).sorted().distinct().toArray();
    return set;
  }

  @Test
  void identicalSignaturesAreCandidatesAndRemoveForgetsThem() {
    LshIndex index = new LshIndex(32, 4, 4);
    long[] a = minHasher.signature(randomSet(100));
    long[] b = minHasher.signature(randomSet(100));
    index.add(1, a);
    index.add(2, b);
    index.add(3, a);
    assertThat(index.candidates(a)).containsExactlyInAnyOrder(1L, 3L);
    index.remove(1);
    assertThat(index.candidates(a)).containsExactly(3L);
    index.add(3, b); // replace
    assertThat(index.candidates(a)).isEmpty();
    assertThat(index.candidates(b)).containsExactlyInAnyOrder(2L, 3L);
    assertThat(index.size()).isEqualTo(2);
  }

  @Test
  void minHashEstimatesJaccard() {
    long[] base = randomSet(400);
    long[] other = base.clone();
    for (int i = 0; i < 100; i++) {
      other[i] = random.nextLong();
    }
    java.util.Arrays.sort(other);
    double exact = ShingleSets.jaccard(base, other);
    long[] sa = minHasher.signature(base);
    long[] sb = minHasher.signature(other);
    int equal = 0;
    for (int i = 0; i < sa.length; i++) {
      equal += sa[i] == sb[i] ? 1 : 0;
    }
    assertThat((double) equal / sa.length)
        .isCloseTo(exact, org.assertj.core.data.Offset.offset(0.12));
    assertThat(new MinHasher().signature(base)).isEqualTo(sa); // deterministic seeds
  }

  @Test
  void manyAddsAndRemovesStayConsistent() {
    LshIndex index = new LshIndex(16, 2, 8);
    Map<Long, long[]> live = new HashMap<>();
    for (int step = 0; step < 3000; step++) {
      long id = random.nextInt(500);
      if (random.nextInt(3) == 0) {
        index.remove(id);
        live.remove(id);
      } else {
        long[] sig = minHasher.signature(randomSet(20));
        index.add(id, sig);
        live.put(id, sig);
      }
    }
    assertThat(index.size()).isEqualTo(live.size());
    live.forEach((id, sig) -> assertThat(index.candidates(sig)).contains(id));
  }

  @Test
  void concurrentReadersWithAWriter() throws Exception {
    LshIndex index = new LshIndex(32, 4, 16);
    List<long[]> sigs = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      sigs.add(minHasher.signature(randomSet(50)));
      index.add(i, sigs.get(i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> futures = new ArrayList<>();
      futures.add(
          pool.submit(
              () -> {
                for (int i = 200; i < 2000; i++) {
                  index.add(i, minHasher.signature(new long[] {i, i + 1L, i + 2L}));
                  index.remove(i - 1);
                }
              }));
      for (int t = 0; t < 3; t++) {
        futures.add(
            pool.submit(
                () -> {
                  for (int round = 0; round < 20; round++) {
                    for (int i = 0; i < 150; i++) {
                      assertThat(index.candidates(sigs.get(i))).contains((long) i);
                    }
                  }
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void longIntHashMapMatchesHashMap() {
    LongIntHashMap map = new LongIntHashMap(4);
    Map<Long, Integer> reference = new HashMap<>();
    for (int step = 0; step < 50_000; step++) {
      long key = random.nextInt(2000) - 1000L;
      if (random.nextBoolean()) {
        map.put(key, step);
        reference.put(key, step);
      } else {
        map.remove(key);
        reference.remove(key);
      }
    }
    assertThat(map.size()).isEqualTo(reference.size());
    for (long key = -1000; key < 1000; key++) {
      assertThat(map.get(key)).isEqualTo(reference.getOrDefault(key, LongIntHashMap.NO_VALUE));
    }
  }
}
