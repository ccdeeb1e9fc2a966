package vn.gov.hanoi.comms.vneid;

/**
 * Who handles a request, as decided by the routing table (dmn/vneid-routing.dmn) and recorded in
 * the request's row: the police that appraise it and the authority that approves it, as Camunda
 * candidate groups, with the names printed on notices.
 */
public record Routing(
    String appraiserGroup,
    String receivingPoliceName,
    String approverGroup,
    String approverTitle) {}
