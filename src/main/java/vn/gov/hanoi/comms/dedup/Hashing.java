package vn.gov.hanoi.comms.dedup;

/** 64-bit hashing helpers shared by the shingler, MinHash and the LSH tables. */
final class Hashing {

  private Hashing() {}

  /** FNV-1a over UTF-16 code units; strings here are short folded ASCII syllables. */
  static long fnv1a64(CharSequence text) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      h ^= text.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix64(h);
  }

  /** SplitMix64 finaliser (Steele, Lea, Flood 2014): a bijection with good avalanche. */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
