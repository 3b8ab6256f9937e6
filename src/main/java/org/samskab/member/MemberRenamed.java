package org.samskab.member;

/**
 * A member changed their display name. Whatever holds a name for the session (the signed-in member, who is on a
 * board) takes the new one, so nobody has to sign in again to be shown by it.
 */
public record MemberRenamed(long memberId, String displayName) {
}
