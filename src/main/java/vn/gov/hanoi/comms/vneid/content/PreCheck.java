package vn.gov.hanoi.comms.vneid.content;

import java.util.List;

/** One automatic pre-check of V-CHECK; returns at least one result (OK when nothing is wrong). */
public interface PreCheck {

  List<PreCheckResult> check(PreCheckSubject subject);
}
