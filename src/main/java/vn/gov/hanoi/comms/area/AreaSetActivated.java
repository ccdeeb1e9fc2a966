package vn.gov.hanoi.comms.area;

/**
 * Published by {@link AreaService} once an area set has come into force (imported with activation,
 * or activated later), whoever asked for it: those who derive something per area (the police groups
 * per district and commune) follow it.
 */
public record AreaSetActivated(String setId) {}
