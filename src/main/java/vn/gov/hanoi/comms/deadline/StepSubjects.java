package vn.gov.hanoi.comms.deadline;

import java.util.Set;

/**
 * A flow's answer to "what does this step of this instance work on" (VNeID requests, iHanoi
 * notices).
 */
public interface StepSubjects {
  /** The keys of the processes whose user tasks this flow describes. */
  Set<String> processKeys();

  /**
   * The subject of a user task of a running instance, from the product's tables (bound instance,
   * T-2).
   */
  StepSubject subject(String processInstanceId, String taskKey);
}
