package vn.gov.hanoi.comms.dedup;

/**
 * One fact of a notice: a date, time, figure, phone or document number, code, place or name.
 *
 * @param key normalised value ("12/12", "07:30", "2316", "pho hang bai"): equal keys are the same
 *     fact
 * @param display the text as written (for the resolve form)
 * @param start offset in the analysed text (title, line break, body; NFC)
 * @param local in a contact sentence, or a name of the issuing body: not information of its own
 */
public record Fact(
    FactType type, String key, String display, int start, int end, boolean local, int termHash) {

  public Fact(FactType type, String key, String display, int start, int end, boolean local) {
    this(type, key, display, start, end, local, 0);
  }

  /**
   * 64-bit identity of the fact: the type in the top byte, the key's hash below. Places and names
   * share one identity (a street is written with or without "phố"); their low 32 bits are the hash
   * of the same words among the terms, see {@link NoticeAnalyzer}.
   */
  long id() {
    if (type == FactType.PLACE || type == FactType.NAME) {
      return ((long) FactType.NAME.ordinal() + 1) << 56 | (termHash & 0xffffffffL);
    }
    return ((long) type.ordinal() + 1) << 56 | (Hashing.fnv1a64(key) & 0x00ff_ffff_ffff_ffffL);
  }
}
