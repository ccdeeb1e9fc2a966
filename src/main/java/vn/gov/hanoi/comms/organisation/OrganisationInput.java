package vn.gov.hanoi.comms.organisation;

/**
 * An organisation as an administrator types it (API body, admin page, one CSV line): every field a
 * string, so that each mistake can be named rather than failing the JSON binding.
 */
public record OrganisationInput(
    String code,
    String name,
    String kind,
    String homeAreaCode,
    String email,
    String abbreviation) {}
