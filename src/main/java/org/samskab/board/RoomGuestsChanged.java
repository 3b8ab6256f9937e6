package org.samskab.board;

/**
 * Published when a guest comes into a gathering or leaves it (removed, or the gathering closed), after commit: the
 * facilitators' consoles read the list of guests again (docs/adr/0187). Apart from the room's state, so that a
 * room of guests joining at once does not wake every participant's screen.
 */
public record RoomGuestsChanged(long gatheringId) {
}
