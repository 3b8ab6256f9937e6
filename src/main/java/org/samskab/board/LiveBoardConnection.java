package org.samskab.board;

/** A screen's link to a live board: tells the others which note this member is editing. */
public interface LiveBoardConnection {

    void startEditing(long noteId);

    void stopEditing(long noteId);
}
