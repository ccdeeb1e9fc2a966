package vn.gov.hanoi.comms.area;

import java.util.List;
import java.util.Map;

/**
 * An area set about to become the one in force, as seen by the parts of the product that keep area
 * codes (organisations' home areas). Listeners run inside the activation's transaction: one that
 * throws refuses the activation, and nothing changes.
 *
 * @param from the tree in force until now; null on a fresh installation
 * @param merges the set's merge mapping (which earlier communes went into which of its communes),
 *     maybe empty
 * @param decisions an administrator's choices where the mapping cannot decide: organisation code →
 *     area code
 */
public record AreaActivation(
    AreaTree from,
    AreaTree to,
    String setId,
    List<AreaMerge> merges,
    Map<String, String> decisions) {

  /** Implemented by whoever keeps area codes of the set in force. */
  public interface Listener {
    void activating(AreaActivation activation);
  }
}
