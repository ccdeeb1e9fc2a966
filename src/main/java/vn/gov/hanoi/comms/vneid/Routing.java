package vn.gov.hanoi.comms.vneid;

/**
 * Who handles a request: the police that appraise it and the authority that approves it, as Camunda
 * candidate groups, with the names used in notices.
 */
public record Routing(String appraiserGroup, String receivingPoliceName, String approverGroup, String approverTitle) {}
