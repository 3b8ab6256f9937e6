package org.samskab.member;

/**
 * A member's password was changed on another server of the cluster (docs/adr/0207): this server ends the
 * member's sessions it holds. The remembered sign-ins were dealt with where the password changed.
 */
public record PasswordChangedElsewhere(long memberId) {
}
