package org.samskab.board;

import org.samskab.board.BoardViews.RoomState;

/** Published after a change to a gathering's room is committed; the live layer tells every screen that follows. */
public record RoomChanged(RoomState room) {
}
