package org.samskab.network;

/** Published after a member has joined a network and the membership is committed. */
public record MemberJoinedNetwork(long networkId, long memberId, NetworkRole role) {
}
