package org.samskab.gathering;

/** Published when a gathering has been planned, in the transaction that stores it. */
public record GatheringPlanned(long gatheringId, long networkId, long plannedBy) {
}
