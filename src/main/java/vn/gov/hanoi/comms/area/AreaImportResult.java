package vn.gov.hanoi.comms.area;

/** What an import stored: the new set and how many areas it holds. */
public record AreaImportResult(AreaSet set, int areaCount) {}
