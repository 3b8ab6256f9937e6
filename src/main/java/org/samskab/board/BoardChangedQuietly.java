package org.samskab.board;

/**
 * Published after a committed change that tells screens nothing (a dot in a secret vote, a private post): only
 * its revision. Servers that follow a board's revisions (docs/adr/0207) hear of it, so they see no hole where it
 * is and do not read the database for one; no screen is told anything.
 */
public record BoardChangedQuietly(long boardId, long revision) {
}
