package org.samskab.gathering;

/** Published when a facilitator has started a gathering: it is live. */
public record GatheringStarted(long gatheringId, long networkId, long startedBy) {
}
