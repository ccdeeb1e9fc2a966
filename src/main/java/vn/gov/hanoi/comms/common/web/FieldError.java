package vn.gov.hanoi.comms.common.web;

/**
 * One fault in a submitted form or request body: the JSON field at fault and a message
 * for the user (Vietnamese). A refused request lists every fault at once.
 */
public record FieldError(String field, String message) {
}
