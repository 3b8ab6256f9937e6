package org.samskab.gathering;

/** Published when a facilitator has closed a gathering. */
public record GatheringClosed(long gatheringId, long networkId, long closedBy) {
}
