package vn.gov.hanoi.comms.common.web;

/**
 * One problem in a request, as shown to the client in a problem+json body.
 *
 * @param field what is at fault, in the client's terms ("title", "line 12", "targetAreas[2]")
 * @param message what is wrong with it, in words an official can act on
 */
public record FieldError(String field, String message) {}
