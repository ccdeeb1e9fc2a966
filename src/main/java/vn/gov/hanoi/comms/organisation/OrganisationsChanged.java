package vn.gov.hanoi.comms.organisation;

import java.util.List;

/**
 * Published after organisations were registered, edited or imported: their Camunda groups follow.
 */
public record OrganisationsChanged(List<Organisation> organisations) {}
