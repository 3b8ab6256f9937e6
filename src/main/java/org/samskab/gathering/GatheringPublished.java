package org.samskab.gathering;

/** Published when a facilitator has published a closed gathering to its network (docs/adr/0191). */
public record GatheringPublished(long gatheringId, long networkId, long publishedBy) {
}
