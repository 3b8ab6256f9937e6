package org.samskab.member;

import java.time.Instant;

/** A guest of a live gathering as its facilitators see it: a name and when it came in, no address. */
public record GuestProfile(long id, String displayName, Instant joinedAt) {

    static GuestProfile of(Member member) {
        return new GuestProfile(member.getId(), member.getDisplayName(), member.getCreatedAt());
    }
}
