package vn.gov.hanoi.comms.vneid.api;

import java.util.ArrayList;
import java.util.List;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.common.web.Paging;
import vn.gov.hanoi.comms.common.web.QueryParams;
import vn.gov.hanoi.comms.vneid.VneidRequestFilter;
import vn.gov.hanoi.comms.vneid.VneidStatus;

/**
 * The query string of a unit's list of requests, bound by Spring MVC from the request parameters of
 * the same names (all optional, all read as text so that a bad value is refused by the product's
 * own 400 naming the parameter).
 *
 * @param status one of {@link VneidStatus}
 * @param from ISO-8601 with offset, submission time, inclusive
 * @param to ISO-8601 with offset, submission time, exclusive
 * @param page the page, from 0
 * @param size rows per page (default 100, at most 500)
 */
public record VneidRequestQuery(String status, String from, String to, String page, String size) {

  /** The paging asked for; refuses a bad page or size (400). */
  Paging paging() {
    return Paging.of(page, size);
  }

  /** The filter asked for; refuses (400) with every bad parameter named. */
  VneidRequestFilter filter() {
    List<FieldError> errors = new ArrayList<>();
    VneidRequestFilter filter =
        new VneidRequestFilter(
            QueryParams.oneOf("status", status, VneidStatus.class, errors),
            QueryParams.instant("from", from, null, errors),
            QueryParams.instant("to", to, null, errors));
    QueryParams.refuseIfAny(errors);
    return filter;
  }
}
