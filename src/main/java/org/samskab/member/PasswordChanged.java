package org.samskab.member;

/**
 * A member changed their password (published in their own request, after commit): every other place they were
 * signed in ends, so a password someone else learned stops working everywhere at once (docs/adr/0203).
 */
public record PasswordChanged(long memberId, String email) {
}
